/// A matrix drawn as an image (one sharp square per value) with its colour bar: images,
/// activations (sequential scale) and filters or gradients (diverging scale, 0 white).
public struct Heatmap {
    /// The values, one square each.
    public var matrix: Matrix
    /// Value → colour (sequential, or diverging centred on zero for signed values).
    public var scale: ColorScale
    /// What the values measure, beside the colour bar.
    public var colorBarLabel: String
    /// Whether the colour bar is drawn.
    public var showsColorBar = true

    /// A heatmap over `scale`; by default viridis over the matrix's own range.
    public init(_ matrix: Matrix, scale: ColorScale? = nil, colorBarLabel: String = "value") {
        self.matrix = matrix
        self.scale = scale ?? .sequential(fitting: [matrix])
        self.colorBarLabel = colorBarLabel
    }

    /// Draws the image as large as fits with square pixels (the colour bar at its right);
    /// returns the image's frame.
    @discardableResult
    public func draw(on canvas: Canvas, in rect: Rect) throws -> Rect {
        guard matrix.rows > 0, matrix.columns > 0 else {
            throw PlotError.invalidInput("cannot draw an empty \(matrix.rows)×\(matrix.columns) heatmap")
        }
        let barWidth = showsColorBar ? ColorBar.preferredWidth : 0
        let aspect = Double(matrix.columns) / Double(matrix.rows)
        let image = rect.inset(right: barWidth).fitted(aspect: aspect)
        let block = rect.centered(width: image.width + barWidth, height: image.height)
        let shifted = Rect(x: block.x, y: block.y, width: image.width, height: image.height)
        try canvas.pixels(matrix.values.map(scale.color(for:)), columns: matrix.columns, rows: matrix.rows,
                          in: shifted)
        canvas.stroke(shifted, color: .gray, width: 0.75)
        if showsColorBar {
            let bar = Rect(x: shifted.maxX + 10, y: shifted.y, width: barWidth - 10, height: shifted.height)
            try ColorBar(scale: scale, label: colorBarLabel).draw(on: canvas, in: bar)
        }
        return shifted
    }
}
