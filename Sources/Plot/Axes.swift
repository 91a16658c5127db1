import Foundation

/// A chart's coordinate frame: the plot area inside a rect (room left for tick labels and axis
/// labels), the data ranges on each axis, and the mapping from data to canvas points.
/// Line charts and contour plots both draw on it.
public struct Axes {
    /// How one axis maps data to position.
    public enum Scale: Sendable {
        case linear(ClosedRange<Double>)
        /// Ticks at the powers of `base` (10, or 2 for sizes that double); the range must be positive.
        case logarithmic(ClosedRange<Double>, base: Int = 10)
    }

    /// The area inside the axes, in canvas points.
    public let plot: Rect
    public let xTicks: Ticks
    public let yTicks: Ticks
    public let xLabel: String
    public let yLabel: String
    /// The base of a logarithmic axis, nil for a linear one.
    let xLogBase: Int?
    let yLogBase: Int?
    let xBounds: ClosedRange<Double>
    let yBounds: ClosedRange<Double>

    /// Axes fitted in `rect`; linear axes are extended to the nice ticks around the range.
    /// With `exactRanges` the axes span exactly the ranges given (ticks inside them).
    public init(x: Scale, y: Scale, xLabel: String, yLabel: String, in rect: Rect, on canvas: Canvas,
                exactRanges: Bool = false) {
        (xTicks, xBounds, xLogBase) = Axes.resolve(x, exact: exactRanges)
        let (yTicks, yBounds, yLogBase) = Axes.resolve(y, exact: exactRanges)
        (self.yTicks, self.yBounds, self.yLogBase) = (yTicks, yBounds, yLogBase)
        self.xLabel = xLabel
        self.yLabel = yLabel
        let tickWidth = Axes.tickLabelWidth(yTicks, logBase: yLogBase, on: canvas)
        let left = tickWidth + 8 + (yLabel.isEmpty ? 0 : FontSize.label + 10)
        let bottom = FontSize.number + 10 + (xLabel.isEmpty ? 0 : FontSize.label + 10)
        plot = rect.inset(top: 8, left: left, bottom: bottom, right: 14)
    }

    private static func resolve(_ scale: Scale, exact: Bool) -> (Ticks, ClosedRange<Double>, Int?) {
        switch scale {
        case .linear(let range):
            let ticks = exact ? Ticks.inside(range) : Ticks.linear(range)
            let bounds = exact && range.upperBound > range.lowerBound
                ? range : ticks.values.first!...ticks.values.last!
            return (ticks, bounds, nil)
        case .logarithmic(let range, let base):
            let ticks = Ticks.logarithmic(range, base: base)
            let bounds = exact ? range : ticks.values.first!...ticks.values.last!
            return (ticks, bounds, max(base, 2))
        }
    }

    /// A tick's text: decimals for linear axes; on log axes plain numbers when every tick is
    /// between 0.001 and 10 000 (0.25, 1, 256), powers of the base ("10⁻⁵", "2¹⁶") otherwise.
    static func label(_ value: Double, ticks: Ticks, logBase: Int?) -> String {
        guard let base = logBase else { return NumberFormat.tick(value, step: ticks.step) }
        if ticks.values.allSatisfy({ $0 >= 1e-3 && $0 <= 1e4 }) { return NumberFormat.significant(value, digits: 6) }
        return "\(base)" + NumberFormat.superscript(Int((log(value) / log(Double(base))).rounded()))
    }

    private static func tickLabelWidth(_ ticks: Ticks, logBase: Int?, on canvas: Canvas) -> Double {
        ticks.values.map { canvas.textWidth(label($0, ticks: ticks, logBase: logBase), size: FontSize.number) }.max() ?? 0
    }

    private static func fraction(_ v: Double, in bounds: ClosedRange<Double>, log: Bool) -> Double {
        if log { return (log10(v) - log10(bounds.lowerBound)) / (log10(bounds.upperBound) - log10(bounds.lowerBound)) }
        return (v - bounds.lowerBound) / (bounds.upperBound - bounds.lowerBound)
    }

    /// The canvas point of a data point.
    public func point(for p: Point) -> Point {
        Point(plot.minX + Axes.fraction(p.x, in: xBounds, log: xLogBase != nil) * plot.width,
              plot.maxY - Axes.fraction(p.y, in: yBounds, log: yLogBase != nil) * plot.height)
    }

    /// Grid lines, the frame, ticks with their labels, and the two axis labels. `numericX: false`
    /// leaves out the x grid lines, ticks and numbers, for a chart that names its x positions itself
    /// (a bar per layer).
    public func drawFrame(on canvas: Canvas, numericX: Bool = true) {
        let grid = Color(hex: 0xe6e6e6)
        for v in xTicks.values where numericX && xBounds.contains(v) {
            let x = point(for: Point(v, yBounds.lowerBound)).x
            canvas.line(from: Point(x, plot.minY), to: Point(x, plot.maxY), color: grid, width: 0.75)
            canvas.line(from: Point(x, plot.maxY), to: Point(x, plot.maxY + 4), color: .gray)
            canvas.text(Axes.label(v, ticks: xTicks, logBase: xLogBase), at: Point(x, plot.maxY + 6),
                        size: FontSize.number, color: .black, align: .center, baseline: .top)
        }
        for v in yTicks.values where yBounds.contains(v) {
            let y = point(for: Point(xBounds.lowerBound, v)).y
            canvas.line(from: Point(plot.minX, y), to: Point(plot.maxX, y), color: grid, width: 0.75)
            canvas.line(from: Point(plot.minX - 4, y), to: Point(plot.minX, y), color: .gray)
            canvas.text(Axes.label(v, ticks: yTicks, logBase: yLogBase), at: Point(plot.minX - 6, y),
                        size: FontSize.number, align: .right, baseline: .middle)
        }
        canvas.stroke(plot, color: .gray, width: 1)
        canvas.text(xLabel, at: Point(plot.midX, plot.maxY + FontSize.number + 14), size: FontSize.label,
                    align: .center, baseline: .top)
        let tickWidth = Axes.tickLabelWidth(yTicks, logBase: yLogBase, on: canvas)
        canvas.text(yLabel, at: Point(plot.minX - tickWidth - 12, plot.midY), size: FontSize.label,
                    align: .center, baseline: .bottom, rotation: -Double.pi / 2)
    }
}
