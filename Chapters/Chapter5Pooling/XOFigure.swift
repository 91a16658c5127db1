import NeuralNet
import Plot
import Tensors

/// Figure 2: Rohrer's X/O network end to end — the X's maps with the slides' numbers (top), then
/// four images through the whole network to the vote (bottom, ``XOVotesPanel``).
enum XOFigure {
    /// The images of the bottom panel: the prototypes and what pooling should tolerate.
    static let images: [(name: Text, pixels: [[Double]])] = [
        (.xImage, XOImages.x), (.shiftedX, XOImages.shiftedX), (.deformedX, XOImages.deformedX), (.oImage, XOImages.o),
    ]

    static func figure() throws -> Figure {
        let x = try XOPipeline.features(of: XOPipeline.image(XOImages.x))
        let traces = try images.map { (name: $0.name, trace: try XOPipeline.run(XOPipeline.image($0.pixels))) }
        let topLeft = Int((9 * x.filtered[0, 0, 0]).rounded())
        return Figure(
            id: "xo-pipeline", title: Text.xoTitle.words(),
            caption: Text.xoCaption.words([
                "sum": .integer(topLeft),
                "truncated": .words(Words { NumberFormat.prose(SlideTruncation.string(Double(topLeft) / 9), in: $0) }),
            ]),
            source: Text.xoSource.words(), width: 1000, height: 1420
        ) { canvas, area, language in
            let (top, bottom) = area.sliceTop(990, spacing: 24)
            try drawMaps(x, language, on: canvas, in: top)
            try XOVotesPanel.draw(traces.map { ($0.name(language), $0.trace) }, language, on: canvas, in: bottom)
        }
    }

    /// The X's image, features, filtered, rectified and pooled maps as number grids.
    static func drawMaps(_ x: XOFeatures, _ language: Language, on canvas: Canvas, in area: Rect) throws {
        let (maps, barColumn) = area.sliceRight(ColorBar.preferredWidth, spacing: 12)
        let rows = maps.rows(weights: [1.05, 1, 1, 0.62], spacing: 14)
        let signed = ColorScale.diverging(limit: 1), positive = ColorScale.sequential(0...1)

        try Panel.titled(Text.imagePanel(language), on: canvas, in: rows[0]) { rect in
            let parts = rect.columns(weights: [2.4, 1, 1, 1, 2.2], spacing: 16)
            var image = NumberGrid(try x.image.matrix(), decimals: 0, window: CellRange(row: 0, column: 0, size: 3), heat: signed)
            image.maxCellSize = 20
            image.squareCells = true
            try image.draw(on: canvas, in: parts[0])
            for (index, feature) in XOImages.features.enumerated() {
                let (label, grid) = parts[index + 1].sliceTop(18)
                canvas.text([Text.diagonalBack, .cross, .diagonalForward][index](language), at: Point(label.midX, label.minY), size: FontSize.number,
                            align: .center, baseline: .top)
                var kernel = NumberGrid(try Matrix(rows: feature), decimals: 0, heat: signed)
                kernel.maxCellSize = 22
                kernel.squareCells = true
                try kernel.draw(on: canvas, in: grid.inset(bottom: grid.height - 70))
            }
            let rowSums = zip(XOImages.x[0..<3], XOImages.features[0]).map { pixels, weights in
                Int(zip(pixels[0..<3], weights).reduce(0) { $0 + $1.0 * $1.1 })
            }
            let text = Text.topLeftSum(language, ["terms": .text(rowSums.map(String.init).joined(separator: " + ")),
                                                  "sum": .integer(rowSums.reduce(0, +))])
            _ = canvas.paragraph(text, at: Point(parts[4].minX, parts[4].minY + 20), width: parts[4].width, size: FontSize.number)
        }
        try mapRow(Text.filteredRow(language), x.filtered, scale: signed,
                   window: CellRange(row: 0, column: 0, size: 1), on: canvas, in: rows[1])
        try mapRow(Text.reluRow(language), x.rectified,
                   scale: positive, cache: x.poolingCache, on: canvas, in: rows[2])
        try mapRow(Text.pooledRow(language), x.pooled, scale: positive,
                   on: canvas, in: rows[3])
        try ColorBar(scale: signed, label: Text.signedBar(language)).draw(
            on: canvas, in: Rect(x: barColumn.minX, y: rows[0].minY + 30, width: 14, height: rows[1].maxY - rows[0].minY - 30))
        try ColorBar(scale: positive, label: Text.positiveBar(language)).draw(
            on: canvas, in: Rect(x: barColumn.minX, y: rows[2].minY + 30, width: 14, height: rows[3].maxY - rows[2].minY - 30))
    }

    /// One stage's three maps side by side, values truncated as on the slides; with a pooling
    /// cache, the pooling's windows and winners drawn over them.
    static func mapRow(_ title: String, _ maps: Tensor<Double>, scale: ColorScale, window: CellRange? = nil,
                       cache: PoolingCache? = nil, on canvas: Canvas, in rect: Rect) throws {
        try Panel.titled(title, on: canvas, in: rect) { body in
            for (plane, part) in body.columns(3, spacing: 24).enumerated() {
                var grid = NumberGrid(try maps.matrix(plane: plane, SlideTruncation.truncated), decimals: 2,
                                      window: plane == 0 ? window : nil, heat: scale)
                grid.maxCellSize = 34
                grid.fontSize = 9
                grid.squareCells = true
                if let cache { grid.marked = PoolingOverlay.winners(cache, plane: plane) }
                let layout = try grid.draw(on: canvas, in: part)
                if cache != nil {
                    let windows = try PoolingOverlay.windows(XOPipeline.pooling, height: maps.shape[1], width: maps.shape[2])
                    PoolingOverlay.outline(windows, on: canvas, layout: layout)
                }
            }
        }
    }
}
