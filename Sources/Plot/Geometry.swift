/// A point in the canvas's coordinates (points, y pointing down).
public struct Point: Sendable, Equatable {
    /// The horizontal coordinate.
    public var x: Double
    /// The vertical coordinate (downwards on the canvas).
    public var y: Double

    /// The point (x, y).
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}

/// A rectangle in the canvas's coordinates (points, origin at the top left, y pointing down).
/// Figures are laid out by cutting their area into panels with `inset`, `split` and `grid`.
public struct Rect: Sendable, Equatable {
    /// The left edge.
    public var x: Double
    /// The top edge.
    public var y: Double
    /// The width in points.
    public var width: Double
    /// The height in points.
    public var height: Double

    /// The rectangle with top-left corner (x, y).
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The left edge.
    public var minX: Double { x }
    /// The top edge.
    public var minY: Double { y }
    /// The right edge.
    public var maxX: Double { x + width }
    /// The bottom edge.
    public var maxY: Double { y + height }
    /// The horizontal centre.
    public var midX: Double { x + width / 2 }
    /// The vertical centre.
    public var midY: Double { y + height / 2 }
    /// The centre point.
    public var center: Point { Point(midX, midY) }

    /// The rectangle shrunk by `amount` on every side.
    public func inset(by amount: Double) -> Rect {
        inset(top: amount, left: amount, bottom: amount, right: amount)
    }

    /// The rectangle shrunk by the given amount on each side (never below zero size).
    public func inset(top: Double = 0, left: Double = 0, bottom: Double = 0, right: Double = 0) -> Rect {
        Rect(x: x + left, y: y + top,
             width: max(0, width - left - right), height: max(0, height - top - bottom))
    }

    /// `count` equal panels side by side, separated by `spacing`.
    public func columns(_ count: Int, spacing: Double = 20) -> [Rect] {
        columns(weights: Array(repeating: 1, count: max(1, count)), spacing: spacing)
    }

    /// Panels side by side whose widths are proportional to `weights`, separated by `spacing`.
    public func columns(weights: [Double], spacing: Double = 20) -> [Rect] {
        Rect.split(width, from: x, weights: weights, spacing: spacing).map {
            Rect(x: $0.start, y: y, width: $0.length, height: height)
        }
    }

    /// `count` equal panels stacked top to bottom, separated by `spacing`.
    public func rows(_ count: Int, spacing: Double = 20) -> [Rect] {
        rows(weights: Array(repeating: 1, count: max(1, count)), spacing: spacing)
    }

    /// Panels stacked top to bottom whose heights are proportional to `weights`.
    public func rows(weights: [Double], spacing: Double = 20) -> [Rect] {
        Rect.split(height, from: y, weights: weights, spacing: spacing).map {
            Rect(x: x, y: $0.start, width: width, height: $0.length)
        }
    }

    /// Cuts `length` (starting at `start`) into pieces proportional to `weights` with `spacing`
    /// between them.
    private static func split(_ length: Double, from start: Double, weights: [Double],
                              spacing: Double) -> [(start: Double, length: Double)] {
        let free = max(0, length - spacing * Double(weights.count - 1))
        let total = weights.reduce(0, +)
        var position = start
        return weights.map { weight in
            let piece = total > 0 ? free * weight / total : 0
            defer { position += piece + spacing }
            return (position, piece)
        }
    }

    /// A grid of `rows` × `columns` equal cells, in reading order (row by row).
    public func grid(rows: Int, columns: Int, spacing: Double = 20) -> [Rect] {
        self.rows(rows, spacing: spacing).flatMap { $0.columns(columns, spacing: spacing) }
    }

    /// Cuts a band of `height` off the top: returns (band, rest), `spacing` between them.
    public func sliceTop(_ height: Double, spacing: Double = 0) -> (top: Rect, rest: Rect) {
        let h = min(height, self.height)
        return (Rect(x: x, y: y, width: width, height: h), inset(top: min(self.height, h + spacing)))
    }

    /// Cuts a band of `width` off the right side: returns (rest, band), `spacing` between them.
    public func sliceRight(_ width: Double, spacing: Double = 0) -> (rest: Rect, right: Rect) {
        let w = min(width, self.width)
        return (inset(right: min(self.width, w + spacing)), Rect(x: maxX - w, y: y, width: w, height: height))
    }

    /// The largest rectangle of the given width/height ratio that fits, centred in this one.
    public func fitted(aspect: Double) -> Rect {
        guard aspect > 0, width > 0, height > 0 else { return self }
        let w = min(width, height * aspect)
        let h = w / aspect
        return Rect(x: midX - w / 2, y: midY - h / 2, width: w, height: h)
    }

    /// A rectangle of the given size centred in this one.
    public func centered(width w: Double, height h: Double) -> Rect {
        Rect(x: midX - w / 2, y: midY - h / 2, width: w, height: h)
    }
}
