import Foundation
import NeuralNet
import Plot

/// Figure 5: what the trained network expects next, letter by letter along the Sonnets' first
/// verse: its five most probable next characters at each step (slide 229's softmax, slide 230's
/// "most probable character"), and the probability it gave the character that really came.
enum ProbabilityFigure {
    static let ranks = 5

    static func figure(_ run: SonnetsRun) throws -> Figure {
        let probabilities = try run.read(SonnetsRun.line).probabilities
        let line = Array(SonnetsRun.line)
        let vocabulary = run.trainer.vocabulary
        let targets = try vocabulary.encode(String(line.dropFirst()))
        let top = probabilities.map { p in p.indices.sorted { p[$0] > p[$1] || (p[$0] == p[$1] && $0 < $1) }.prefix(ranks) }
        let hits = zip(top, targets).filter { $0.0.first == $0.1 }.count
        let meanLoss = zip(probabilities, targets).map { -log($0[$1]) }.reduce(0, +) / Double(targets.count)
        func shown(_ symbol: String) -> String { symbol == " " ? "␣" : symbol == "\n" ? "↵" : symbol }
        return Figure(
            id: "next-character", title: Text.probabilityTitle.words(),
            caption: Text.probabilityCaption.words(["hits": .integer(hits), "steps": .integer(targets.count),
                                                    "window": .fixed(25 * meanLoss, decimals: 1),
                                                    "character": .fixed(meanLoss, decimals: 2)]),
            source: Text.probabilitySource.words(), width: 1000, height: 290
        ) { canvas, area, language in
            let scale = ColorScale.sequential(0...1)
            let labelWidth = 118.0
            let grid = Rect(x: area.minX + labelWidth, y: area.minY + 26, width: area.width - labelWidth - ColorBar.preferredWidth - 10,
                            height: area.height - 26 - 40)
            let columnWidth = grid.width / Double(targets.count)
            let rowHeight = grid.height / Double(ranks + 1)
            for t in 0..<targets.count {
                let x = grid.minX + Double(t) * columnWidth
                canvas.text(shown(String(line[t])), at: Point(x + columnWidth / 2, grid.minY - 8), size: FontSize.label,
                            style: .bold, align: .center, baseline: .bottom)
                for (rank, symbol) in top[t].enumerated() {
                    let p = probabilities[t][symbol]
                    let cell = Rect(x: x, y: grid.minY + Double(rank) * rowHeight, width: columnWidth, height: rowHeight)
                    let color = scale.color(for: p)
                    canvas.fill(cell, color: color)
                    canvas.stroke(cell, color: .white, width: 0.5)
                    canvas.text(shown(vocabulary.symbols[symbol]), at: cell.center, size: FontSize.label, style: .monospaced,
                                color: color.contrastingText, align: .center, baseline: .middle)
                    if symbol == targets[t] { canvas.stroke(cell.inset(by: 1.5), color: Role.explained.color, width: 2.5) }
                }
                let actual = Rect(x: x, y: grid.minY + Double(ranks) * rowHeight + 4, width: columnWidth, height: rowHeight)
                canvas.text(String(Int((probabilities[t][targets[t]] * 100).rounded())), at: actual.center, size: FontSize.number,
                            align: .center, baseline: .middle)
            }
            for rank in 0..<ranks {
                canvas.text(rank == 0 ? Text.mostProbable(language) : Text.rank(language, ["n": .integer(rank + 1)]),
                            at: Point(grid.minX - 8, grid.minY + (Double(rank) + 0.5) * rowHeight), size: FontSize.number,
                            color: .gray, align: .right, baseline: .middle)
            }
            canvas.text(Text.read(language), at: Point(grid.minX - 8, grid.minY - 8), size: FontSize.number, color: .gray, align: .right, baseline: .bottom)
            canvas.text(Text.actualNext(language), at: Point(grid.minX - 8, grid.minY + (Double(ranks) + 0.5) * rowHeight + 4),
                        size: FontSize.number, color: .gray, align: .right, baseline: .middle)
            try ColorBar(scale: scale, label: "p_t").draw(
                on: canvas, in: Rect(x: grid.maxX + 10, y: grid.minY, width: ColorBar.preferredWidth, height: Double(ranks) * rowHeight))
        }
    }
}
