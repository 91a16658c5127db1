import Foundation

/// A colour bar: the scale's colours as a strip with ticks and a label, so every coloured map
/// says what its colours mean. Vertical bars sit right of a map, horizontal ones under it.
public struct ColorBar {
    /// Which way the strip runs.
    public enum Orientation: Sendable {
        case vertical, horizontal
    }

    /// The colours and the value range the bar shows.
    public var scale: ColorScale
    /// What the values measure, written beside the bar.
    public var label: String
    /// Upright beside a plot, or lying under it.
    public var orientation: Orientation
    /// Tick positions and texts; nil chooses nice ticks inside the range.
    public var ticks: [(value: Double, text: String)]?
    /// Thickness of the colour strip in points.
    public var thickness = 12.0

    /// A bar for `scale` titled `label`; `ticks` overrides the automatic nice ticks.
    public init(scale: ColorScale, label: String, orientation: Orientation = .vertical,
                ticks: [(value: Double, text: String)]? = nil) {
        self.scale = scale
        self.label = label
        self.orientation = orientation
        self.ticks = ticks
    }

    /// The width a vertical bar needs beside a map (strip, tick labels, rotated label).
    public static let preferredWidth = 78.0
    /// The height a horizontal bar needs under a map.
    public static let preferredHeight = 50.0

    /// The ticks drawn: the given ones, or nice values inside the range with their texts (the
    /// powers of ten inside it, written 10ⁿ, on a logarithmic scale).
    var resolvedTicks: [(value: Double, text: String)] {
        if let ticks { return ticks }
        if scale.logarithmic {
            let tolerance = 1e-9
            let powers = Ticks.logarithmic(scale.lower...scale.upper).values.filter {
                $0 >= scale.lower * (1 - tolerance) && $0 <= scale.upper * (1 + tolerance)
            }
            guard powers.count >= 2 else {  // less than a decade: its ends, written out
                return [scale.lower, scale.upper].map { ($0, NumberFormat.significant($0, digits: 2)) }
            }
            return powers.map { ($0, "10" + NumberFormat.superscript(Int(log10($0).rounded()))) }
        }
        let nice = Ticks.inside(scale.lower...scale.upper, count: 5)
        return nice.values.map { ($0, NumberFormat.tick($0, step: nice.step)) }
    }

    /// Draws the bar in `rect`: vertical bars use the rect's full height and its left part,
    /// horizontal ones its full width and its top part.
    public func draw(on canvas: Canvas, in rect: Rect) throws {
        let steps = 256
        let colors = (0..<steps).map { scale.colormap.color(at: Double($0) / Double(steps - 1)) }
        switch orientation {
        case .vertical:
            let strip = Rect(x: rect.x, y: rect.y, width: thickness, height: rect.height)
            try canvas.pixels(colors.reversed(), columns: 1, rows: steps, in: strip)
            canvas.stroke(strip, color: .gray, width: 0.75)
            var widest = 0.0
            for (value, text) in resolvedTicks {
                let y = strip.maxY - scale.position(of: value) * strip.height
                canvas.line(from: Point(strip.maxX, y), to: Point(strip.maxX + 4, y), color: .gray)
                canvas.text(text, at: Point(strip.maxX + 6, y), size: FontSize.number, align: .left, baseline: .middle)
                widest = max(widest, canvas.textWidth(text, size: FontSize.number))
            }
            canvas.text(label, at: Point(strip.maxX + 6 + widest + 6, rect.midY), size: FontSize.label, align: .center,
                        baseline: .top, rotation: -Double.pi / 2)
        case .horizontal:
            let strip = Rect(x: rect.x, y: rect.y, width: rect.width, height: thickness)
            try canvas.pixels(colors, columns: steps, rows: 1, in: strip)
            canvas.stroke(strip, color: .gray, width: 0.75)
            for (value, text) in resolvedTicks {
                let x = strip.minX + scale.position(of: value) * strip.width
                canvas.line(from: Point(x, strip.maxY), to: Point(x, strip.maxY + 4), color: .gray)
                canvas.text(text, at: Point(x, strip.maxY + 6), size: FontSize.number, align: .center, baseline: .top)
            }
            canvas.text(label, at: Point(rect.midX, strip.maxY + 22), size: FontSize.label, align: .center,
                        baseline: .top)
        }
        try canvas.check()
    }
}
