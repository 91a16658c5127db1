import Foundation

/// Maps values to colours: a colormap stretched over a value range. Sequential scales span
/// min…max; diverging ones span −limit…+limit so that 0 is always the white centre; logarithmic
/// ones spread log₁₀ of the value (loss levels from 10⁻³ to 10²).
public struct ColorScale: Sendable {
    /// The colours, from the lowest value to the highest.
    public let colormap: Colormap
    /// The value drawn in the colormap's first colour (−limit for a diverging scale).
    public let lower: Double
    /// The value drawn in the colormap's last colour.
    public let upper: Double
    /// Whether colours are spread over log₁₀ of the value (its colour bar is ticked at powers of ten).
    public let logarithmic: Bool

    /// A scale from `lower` to `upper` (if they are equal, the range is widened by ±0.5 so a
    /// constant map still gets a colour).
    public init(colormap: Colormap, lower: Double, upper: Double) {
        self.colormap = colormap
        logarithmic = false
        if upper > lower {
            (self.lower, self.upper) = (lower, upper)
        } else {
            (self.lower, self.upper) = (lower - 0.5, lower + 0.5)
        }
    }

    /// Viridis over log₁₀ of `range`, which must be positive (a non-positive or empty range is
    /// widened to a decade around its upper end).
    public static func logarithmic(_ range: ClosedRange<Double>) -> ColorScale {
        let upper = range.upperBound > 0 && range.upperBound.isFinite ? range.upperBound : 1
        let lower = range.lowerBound > 0 && range.lowerBound < upper ? range.lowerBound : upper / 10
        return ColorScale(colormap: .viridis, logLower: lower, upper: upper)
    }

    private init(colormap: Colormap, logLower lower: Double, upper: Double) {
        self.colormap = colormap
        self.lower = lower
        self.upper = upper
        logarithmic = true
    }

    /// Viridis over `range`.
    public static func sequential(_ range: ClosedRange<Double>) -> ColorScale {
        ColorScale(colormap: .viridis, lower: range.lowerBound, upper: range.upperBound)
    }

    /// Viridis over the finite values of `matrices`.
    public static func sequential(fitting matrices: [Matrix]) -> ColorScale {
        let ranges = matrices.map(\.finiteRange)
        return sequential((ranges.map(\.lowerBound).min() ?? 0)...(ranges.map(\.upperBound).max() ?? 0))
    }

    /// Blue–white–red over −limit…+limit: 0 is white, whatever the data.
    public static func diverging(limit: Double) -> ColorScale {
        let l = limit > 0 && limit.isFinite ? limit : 1
        return ColorScale(colormap: .diverging, lower: -l, upper: l)
    }

    /// Blue–white–red over ± the largest absolute value of `matrices`.
    public static func diverging(fitting matrices: [Matrix]) -> ColorScale {
        diverging(limit: matrices.map(\.maxAbs).max() ?? 1)
    }

    /// Where `value` falls in the range, 0…1 (unclamped; on a logarithmic scale a value ≤ 0 has no
    /// position, NaN).
    public func position(of value: Double) -> Double {
        guard logarithmic else { return (value - lower) / (upper - lower) }
        return value > 0 ? log10(value / lower) / log10(upper / lower) : .nan
    }

    /// The colour of `value` (clamped to the range; NaN is light grey).
    public func color(for value: Double) -> Color {
        colormap.color(at: position(of: value))
    }
}
