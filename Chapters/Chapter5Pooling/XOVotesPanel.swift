import Plot
import Tensors

/// The bottom of figure 2: images through the whole X/O network, one per row — image, filtered
/// maps, ReLU, pooled maps, the 48 stacked values, and the two votes.
enum XOVotesPanel {
    static func columnTitles(_ language: Language) -> [String] {
        [""] + [Text.image, .filtered].map { $0(language) } + ["ReLU"] + [Text.pooled4x4, .stacked, .votes].map { $0(language) }
    }
    static let columnWeights: [Double] = [1.25, 0.8, 2.1, 2.1, 2.1, 0.9, 2.0]

    static func draw(_ traces: [(name: String, trace: XOTrace)], _ language: Language, on canvas: Canvas, in area: Rect) throws {
        let (header, body) = area.sliceTop(22, spacing: 6)
        for (title, cell) in zip(columnTitles(language), header.columns(weights: columnWeights, spacing: 10)) {
            canvas.text(title, at: Point(cell.midX, cell.minY), size: FontSize.label, style: .bold, align: .center, baseline: .top)
        }
        for (row, rect) in zip(traces, body.rows(traces.count, spacing: 10)) {
            let cells = rect.columns(weights: columnWeights, spacing: 10)
            canvas.text(row.name, at: Point(cells[0].maxX, cells[0].midY), size: FontSize.label, align: .right, baseline: .middle)
            let features = row.trace.features
            try heatmap(features.image.matrix(), .diverging(limit: 1), in: cells[1], on: canvas)
            for (stage, cell, scale) in [(features.filtered, cells[2], ColorScale.diverging(limit: 1)),
                                         (features.rectified, cells[3], .sequential(0...1)),
                                         (features.pooled, cells[4], .sequential(0...1))] {
                for (plane, part) in cell.columns(3, spacing: 5).enumerated() {
                    try heatmap(stage.matrix(plane: plane), scale, in: part, on: canvas)
                }
            }
            // The stacked vector: the three pooled maps' 16 values, one map per row.
            try heatmap(Matrix(rows: 3, columns: 16, values: features.stacked), .sequential(0...1), in: cells[5], on: canvas)
            drawVotes(row.trace, on: canvas, in: cells[6])
        }
    }

    /// A map as square pixels, without its own colour bar (the figure's bars above apply).
    static func heatmap(_ matrix: Matrix, _ scale: ColorScale, in rect: Rect, on canvas: Canvas) throws {
        var map = Heatmap(matrix, scale: scale)
        map.showsColorBar = false
        try map.draw(on: canvas, in: rect.inset(top: 4, bottom: 4))
    }

    /// One bar per class, as long as its vote; the winner in the colour of the part being explained.
    static func drawVotes(_ trace: XOTrace, on canvas: Canvas, in rect: Rect) {
        let barHeight = 16.0, labelWidth = 22.0, valueWidth = 40.0
        let top = rect.midY - barHeight - 3
        for (index, (label, vote)) in zip(trace.labels, trace.votes).enumerated() {
            let y = top + Double(index) * (barHeight + 6)
            let full = rect.width - labelWidth - valueWidth
            let wins = trace.decision == label
            canvas.text(label, at: Point(rect.minX, y + barHeight / 2), size: FontSize.label, style: wins ? .bold : .regular,
                        baseline: .middle)
            canvas.fill(Rect(x: rect.minX + labelWidth, y: y, width: full * vote, height: barHeight),
                        color: wins ? Role.explained.color : .lightGray)
            canvas.stroke(Rect(x: rect.minX + labelWidth, y: y, width: full, height: barHeight), color: .gray, width: 0.5)
            canvas.text(NumberFormat.string(vote, decimals: 2), at: Point(rect.maxX, y + barHeight / 2),
                        size: FontSize.number, style: wins ? .bold : .regular, align: .right, baseline: .middle)
        }
    }
}
