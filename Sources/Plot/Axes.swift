import Foundation

/// A chart's coordinate frame: the plot area inside a rect (room left for tick labels and axis
/// labels), the data ranges on each axis, and the mapping from data to canvas points.
/// Line charts and contour plots both draw on it.
public struct Axes {
    /// How one axis maps data to position.
    public enum Scale: Sendable {
        case linear(ClosedRange<Double>)
        case logarithmic(ClosedRange<Double>)
    }

    /// The area inside the axes, in canvas points.
    public let plot: Rect
    public let xTicks: Ticks
    public let yTicks: Ticks
    public let xLabel: String
    public let yLabel: String
    let xIsLog: Bool
    let yIsLog: Bool
    let xBounds: ClosedRange<Double>
    let yBounds: ClosedRange<Double>

    /// Axes fitted in `rect`; linear axes are extended to the nice ticks around the range.
    /// With `exactRanges` the axes span exactly the ranges given (ticks inside them).
    public init(x: Scale, y: Scale, xLabel: String, yLabel: String, in rect: Rect, on canvas: Canvas,
                exactRanges: Bool = false) {
        (xTicks, xBounds, xIsLog) = Axes.resolve(x, exact: exactRanges)
        let (yTicks, yBounds, yIsLog) = Axes.resolve(y, exact: exactRanges)
        (self.yTicks, self.yBounds, self.yIsLog) = (yTicks, yBounds, yIsLog)
        self.xLabel = xLabel
        self.yLabel = yLabel
        let tickWidth = Axes.tickLabelWidth(yTicks, log: yIsLog, on: canvas)
        let left = tickWidth + 8 + (yLabel.isEmpty ? 0 : FontSize.label + 10)
        let bottom = FontSize.number + 10 + (xLabel.isEmpty ? 0 : FontSize.label + 10)
        plot = rect.inset(top: 8, left: left, bottom: bottom, right: 14)
    }

    private static func resolve(_ scale: Scale, exact: Bool) -> (Ticks, ClosedRange<Double>, Bool) {
        switch scale {
        case .linear(let range):
            let ticks = exact ? Ticks.inside(range) : Ticks.linear(range)
            let bounds = exact && range.upperBound > range.lowerBound
                ? range : ticks.values.first!...ticks.values.last!
            return (ticks, bounds, false)
        case .logarithmic(let range):
            let ticks = Ticks.logarithmic(range)
            let bounds = exact ? range : ticks.values.first!...ticks.values.last!
            return (ticks, bounds, true)
        }
    }

    /// A tick's text: decimals for linear axes; on log axes plain decimals when every tick is
    /// between 0.001 and 10 000, powers of ten ("10⁻⁵") otherwise.
    static func label(_ value: Double, ticks: Ticks, log: Bool) -> String {
        guard log else { return NumberFormat.tick(value, step: ticks.step) }
        if ticks.values.allSatisfy({ $0 >= 1e-3 && $0 <= 1e4 }) { return NumberFormat.tick(value, step: value) }
        return "10" + NumberFormat.superscript(Int(log10(value).rounded()))
    }

    private static func tickLabelWidth(_ ticks: Ticks, log: Bool, on canvas: Canvas) -> Double {
        ticks.values.map { canvas.textWidth(label($0, ticks: ticks, log: log), size: FontSize.number) }.max() ?? 0
    }

    private static func fraction(_ v: Double, in bounds: ClosedRange<Double>, log: Bool) -> Double {
        if log { return (log10(v) - log10(bounds.lowerBound)) / (log10(bounds.upperBound) - log10(bounds.lowerBound)) }
        return (v - bounds.lowerBound) / (bounds.upperBound - bounds.lowerBound)
    }

    /// The canvas point of a data point.
    public func point(for p: Point) -> Point {
        Point(plot.minX + Axes.fraction(p.x, in: xBounds, log: xIsLog) * plot.width,
              plot.maxY - Axes.fraction(p.y, in: yBounds, log: yIsLog) * plot.height)
    }

    /// Grid lines, the frame, ticks with their labels, and the two axis labels.
    public func drawFrame(on canvas: Canvas) {
        let grid = Color(hex: 0xe6e6e6)
        for v in xTicks.values where xBounds.contains(v) {
            let x = point(for: Point(v, yBounds.lowerBound)).x
            canvas.line(from: Point(x, plot.minY), to: Point(x, plot.maxY), color: grid, width: 0.75)
            canvas.line(from: Point(x, plot.maxY), to: Point(x, plot.maxY + 4), color: .gray)
            canvas.text(Axes.label(v, ticks: xTicks, log: xIsLog), at: Point(x, plot.maxY + 6),
                        size: FontSize.number, color: .black, align: .center, baseline: .top)
        }
        for v in yTicks.values where yBounds.contains(v) {
            let y = point(for: Point(xBounds.lowerBound, v)).y
            canvas.line(from: Point(plot.minX, y), to: Point(plot.maxX, y), color: grid, width: 0.75)
            canvas.line(from: Point(plot.minX - 4, y), to: Point(plot.minX, y), color: .gray)
            canvas.text(Axes.label(v, ticks: yTicks, log: yIsLog), at: Point(plot.minX - 6, y),
                        size: FontSize.number, align: .right, baseline: .middle)
        }
        canvas.stroke(plot, color: .gray, width: 1)
        canvas.text(xLabel, at: Point(plot.midX, plot.maxY + FontSize.number + 14), size: FontSize.label,
                    align: .center, baseline: .top)
        let tickWidth = Axes.tickLabelWidth(yTicks, log: yIsLog, on: canvas)
        canvas.text(yLabel, at: Point(plot.minX - tickWidth - 12, plot.midY), size: FontSize.label,
                    align: .center, baseline: .bottom, rotation: -Double.pi / 2)
    }
}
