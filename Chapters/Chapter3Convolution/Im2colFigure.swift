import Chapters
import Plot

/// Figure 6: im2col as IFT 780 slides 147–164 draw it — the symbols Xᵢ, Wₖ, Y_q of the slides
/// in the matrices CNNLab builds, the cells the slides got wrong tinted red, and the products
/// with Xᵢ = i and Wₖ = k.
enum Im2colFigure {
    static func figure() throws -> Figure {
        let single = try Im2colExamples.labels()
        let batch = try Im2colExamples.labels(batch: 2)
        let channels = try Im2colExamples.labels(channels: 2)
        let singleWrong = Set(Im2colExamples.differences(printed: Im2colExamples.slideMatrix, computed: single).map { Cell($0.row, $0.column) })
        let channelWrong = Set(Im2colExamples.differences(printed: Im2colExamples.slideTwoChannelTail, computed: Array(channels.suffix(4)),
                                                          firstRow: 14).map { Cell($0.row, $0.column) })
        let products = (single: try Im2colExamples.products(), batch: try Im2colExamples.products(batch: 2),
                        filters: try Im2colExamples.products(filters: 2), channels: try Im2colExamples.products(channels: 2))
        return Figure(
            id: "im2col",
            title: Text.im2colTitle.words(), caption: Text.im2colCaption.words(), source: Text.im2colSource.words(),
            width: 940, height: 760
        ) { canvas, area, language in
            let (top, bottom) = area.sliceTop(300, spacing: 16)
            let topPanels = top.columns(weights: [1.15, 1.25], spacing: 24)
            try Panel.titled(Text.onePanel(language), on: canvas, in: topPanels[0]) { rect in
                let parts = rect.columns(weights: [1, 1.35], spacing: 12)
                let (inputArea, filterArea) = parts[0].sliceTop(parts[0].height * 0.55, spacing: 8)
                for (area, label) in [(inputArea, Text.input4x4(language)), (filterArea, Text.filter3x3(language))] {
                    canvas.text(label, at: Point(area.midX, area.minY), size: FontSize.number, color: .gray, align: .center, baseline: .top)
                }
                TextGrid(cells: (0..<4).map { r in (0..<4).map { "X\(4 * r + $0)" } }, cellSize: 30)
                    .draw(on: canvas, in: inputArea.inset(top: 16))
                TextGrid(cells: (0..<3).map { r in (0..<3).map { "W\(3 * r + $0)" } }, cellSize: 30)
                    .draw(on: canvas, in: filterArea.inset(top: 16))
                let (matrixArea, result) = parts[1].sliceTop(parts[1].height - 30)
                im2colGrid(single, wrong: singleWrong, weights: { "W\($0)" }, cellSize: 22).draw(on: canvas, in: matrixArea)
                resultLine(products.single, language, on: canvas, in: result)
            }
            try Panel.titled(Text.batchPanel(language), on: canvas, in: topPanels[1]) { rect in
                let (matrixArea, result) = rect.sliceTop(rect.height - 30)
                var grid = im2colGrid(batch, wrong: [], weights: { "W\($0)" }, cellSize: 22)
                let second = batch.indices.flatMap { r in (4..<8).map { Cell(r, $0) } }
                grid.cellColors = Dictionary(uniqueKeysWithValues: second.map { ($0, Role.explained.tint(0.18)) })
                grid.draw(on: canvas, in: matrixArea)
                resultLine(products.batch, language, on: canvas, in: result)
            }
            let bottomPanels = bottom.columns(weights: [1, 1], spacing: 24)
            try Panel.titled(Text.filtersPanel(language), on: canvas, in: bottomPanels[0]) { rect in
                let (matrixArea, result) = rect.sliceTop(rect.height * 0.62)
                im2colGrid(single, wrong: singleWrong, weights: { "W\($0), W\($0 + 9)" }, cellSize: 22).draw(on: canvas, in: matrixArea)
                canvas.text(Text.filtersProduct(language), at: Point(result.midX, result.minY + 12),
                            size: FontSize.label, align: .center, baseline: .middle)
                try NumberGrid(Matrix(rows: products.filters), decimals: 0, rowLabels: [Text.filter1(language), Text.filter2(language)],
                               columnLabels: (0..<4).map { "Y\($0)" }).sized(34).draw(on: canvas, in: result.inset(top: 26))
            }
            try Panel.titled(Text.channelsPanel(language), on: canvas, in: bottomPanels[1]) { rect in
                let (matrixArea, result) = rect.sliceTop(rect.height - 30)
                im2colGrid(channels, wrong: channelWrong, weights: { "W\($0)" }, cellSize: 18.5).draw(on: canvas, in: matrixArea)
                resultLine(products.channels, language, on: canvas, in: result)
            }
        }
    }

    /// An im2col matrix of X-indices with its row labels (the weight each row meets) and its
    /// output columns Y0, Y1, ….
    static func im2colGrid(_ labels: [[Int]], wrong: Set<Cell>, weights: (Int) -> String, cellSize: Double) -> TextGrid {
        TextGrid(cells: labels.map { $0.map { "X\($0)" } }, cellSize: cellSize,
                 rowLabels: labels.indices.map(weights), columnLabels: (0..<(labels.first?.count ?? 0)).map { "Y\($0)" },
                 cellColors: Dictionary(uniqueKeysWithValues: wrong.map { ($0, Role.erratum.tint(0.35)) }))
    }

    /// "Y = 258 294 402 438 (Xᵢ = i, Wₖ = k)".
    static func resultLine(_ rows: [[Double]], _ language: Language, on canvas: Canvas, in rect: Rect) {
        let values = rows.map { $0.map { display($0) }.joined(separator: "  ") }.joined(separator: " / ")
        canvas.text(Text.resultLine(language, ["values": .text(values)]), at: Point(rect.midX, rect.midY), size: FontSize.label,
                    style: .bold, align: .center, baseline: .middle)
    }
}

/// A grid of short texts (the slides' symbols X5, W3, …), with optional row and column labels
/// and tinted cells: what ``NumberGrid`` is for numbers.
struct TextGrid {
    var cells: [[String]]
    var cellSize: Double
    var rowLabels: [String] = []
    var columnLabels: [String] = []
    var cellColors: [Cell: Color] = [:]

    /// Draws the grid centred in `rect`, cells at most `cellSize` high and as wide as their texts.
    func draw(on canvas: Canvas, in rect: Rect) {
        let size = FontSize.number
        let rows = cells.count, columns = cells.first?.count ?? 0
        guard rows > 0, columns > 0 else { return }
        let widest = cells.flatMap { $0 }.map { canvas.textWidth($0, size: size) }.max() ?? 0
        let labelWidth = rowLabels.isEmpty ? 0 : (rowLabels.map { canvas.textWidth($0, size: size) }.max() ?? 0) + 8
        let labelHeight = columnLabels.isEmpty ? 0 : size * 1.6
        let height = min(cellSize, (rect.height - labelHeight) / Double(rows))
        let width = max(height, widest + 8)
        let frame = rect.centered(width: labelWidth + width * Double(columns), height: labelHeight + height * Double(rows))
        let origin = Point(frame.minX + labelWidth, frame.minY + labelHeight)
        for r in 0..<rows {
            for c in 0..<columns {
                let box = Rect(x: origin.x + Double(c) * width, y: origin.y + Double(r) * height, width: width, height: height)
                canvas.box(box, fill: cellColors[Cell(r, c)] ?? .white, stroke: .gray, width: 0.6)
                canvas.text(cells[r][c], at: Point(box.midX, box.midY), size: size, align: .center, baseline: .middle)
            }
            if r < rowLabels.count {
                canvas.text(rowLabels[r], at: Point(origin.x - 6, origin.y + (Double(r) + 0.5) * height), size: size,
                            color: .gray, align: .right, baseline: .middle)
            }
        }
        for (c, label) in columnLabels.enumerated() {
            canvas.text(label, at: Point(origin.x + (Double(c) + 0.5) * width, origin.y - 4), size: size, style: .bold,
                        color: .gray, align: .center, baseline: .bottom)
        }
    }
}
