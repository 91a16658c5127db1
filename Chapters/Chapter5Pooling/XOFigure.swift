import NeuralNet
import Plot
import Tensors

/// Figure 2: Rohrer's X/O network end to end — the X's maps with the slides' numbers (top), then
/// four images through the whole network to the vote (bottom, ``XOVotesPanel``).
enum XOFigure {
    /// The images of the bottom panel: the prototypes and what pooling should tolerate.
    static let images: [(name: String, pixels: [[Double]])] = [
        ("X", XOImages.x), ("X moved 1 px right", XOImages.shiftedX), ("deformed X", XOImages.deformedX), ("O", XOImages.o),
    ]

    static func figure() throws -> Figure {
        let x = try XOPipeline.features(of: XOPipeline.image(XOImages.x))
        let traces = try images.map { (name: $0.name, trace: try XOPipeline.run(XOPipeline.image($0.pixels))) }
        let topLeft = Int((9 * x.filtered[0, 0, 0]).rounded())
        return Figure(
            id: "xo-pipeline", title: "Rohrer's X/O network: filter, ReLU, pool, stack, vote",
            caption: "Top: the X (±1) and the three features; each filtered value is the window's sum of products "
                + "divided by 9 — the top-left one with feature \\ is (1 + 3 + 3)/9 = \(topLeft)/9, which the slides print "
                + "truncated, \(SlideTruncation.string(Double(topLeft) / 9)) (as every number here). ReLU sets the negatives to 0; "
                + "2×2 max pooling with stride 2 keeps the partial windows of the last row and column (dashed), 7 → 4; "
                + "the ringed cells win. Bottom: four images through the network. The vote for a class is the cosine "
                + "between the image's 48 stacked pooled values and the class prototype's (the weights are the "
                + "prototypes' pooled maps, normalised): moving the X by a pixel or bending two arm ends lowers its X vote "
                + "but it still wins.",
            source: "Pasco, slides 13–30, after Brandon Rohrer's \"How CNNs work\" (catalogue §9); the vote's weights are CNNLab's",
            width: 1000, height: 1420
        ) { canvas, area in
            let (top, bottom) = area.sliceTop(990, spacing: 24)
            try drawMaps(x, on: canvas, in: top)
            try XOVotesPanel.draw(traces, on: canvas, in: bottom)
        }
    }

    /// The X's image, features, filtered, rectified and pooled maps as number grids.
    static func drawMaps(_ x: XOFeatures, on canvas: Canvas, in area: Rect) throws {
        let (maps, barColumn) = area.sliceRight(ColorBar.preferredWidth, spacing: 12)
        let rows = maps.rows(weights: [1.05, 1, 1, 0.62], spacing: 14)
        let signed = ColorScale.diverging(limit: 1), positive = ColorScale.sequential(0...1)

        try Panel.titled("the image (window of the first filtered value outlined) and the three features", on: canvas, in: rows[0]) { rect in
            let parts = rect.columns(weights: [2.4, 1, 1, 1, 2.2], spacing: 16)
            var image = NumberGrid(try x.image.matrix(), decimals: 0, window: CellRange(row: 0, column: 0, size: 3), heat: signed)
            image.maxCellSize = 20
            image.squareCells = true
            try image.draw(on: canvas, in: parts[0])
            for (index, feature) in XOImages.features.enumerated() {
                let (label, grid) = parts[index + 1].sliceTop(18)
                canvas.text(XOImages.featureNames[index], at: Point(label.midX, label.minY), size: FontSize.number,
                            align: .center, baseline: .top)
                var kernel = NumberGrid(try Matrix(rows: feature), decimals: 0, heat: signed)
                kernel.maxCellSize = 22
                kernel.squareCells = true
                try kernel.draw(on: canvas, in: grid.inset(bottom: grid.height - 70))
            }
            let rowSums = zip(XOImages.x[0..<3], XOImages.features[0]).map { pixels, weights in
                Int(zip(pixels[0..<3], weights).reduce(0) { $0 + $1.0 * $1.1 })
            }
            let text = "Top-left window × feature \\, row by row: \(rowSums.map(String.init).joined(separator: " + ")) = "
                + "\(rowSums.reduce(0, +)); divided by the 9 cells: \(rowSums.reduce(0, +))/9 = 0.777…, printed 0.77."
            _ = canvas.paragraph(text, at: Point(parts[4].minX, parts[4].minY + 20), width: parts[4].width, size: FontSize.number)
        }
        try mapRow("filtered = (image ∗ feature)/9, valid, stride 1 → 7×7", x.filtered, scale: signed,
                   window: CellRange(row: 0, column: 0, size: 1), on: canvas, in: rows[1])
        try mapRow("ReLU: max(0, ·); then 2×2 max pooling windows, stride 2 (dashed: partial edge windows)", x.rectified,
                   scale: positive, cache: x.poolingCache, on: canvas, in: rows[2])
        try mapRow("max-pooled: (7 − 2)/2 + 1 = 3.5 → 4 with partial windows kept", x.pooled, scale: positive,
                   on: canvas, in: rows[3])
        try ColorBar(scale: signed, label: "image, features, filtered").draw(
            on: canvas, in: Rect(x: barColumn.minX, y: rows[0].minY + 30, width: 14, height: rows[1].maxY - rows[0].minY - 30))
        try ColorBar(scale: positive, label: "ReLU, pooled").draw(
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
