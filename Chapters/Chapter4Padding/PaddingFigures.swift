import Chapters
import NeuralNet
import Plot

/// Figures 1 and 2: the slides' examples under every mode, drawn as the slides' number grids
/// with each mode's border tinted in its colour.
enum PaddingFigures {
    /// Figure 1: the 1D signal of IFT 780 slides 61–62 padded by each mode, the last window, the
    /// outputs, and what the slide prints.
    static func oneDimensional() throws -> Figure {
        let examples = PaddingExamples.oneDimensional
        let rows = try examples.map { example in (example, try example.paddedSignal(), try example.outputs()) }
        let signal = PaddingExamples.signal.map { NumberFormat.string($0, decimals: 0) }.joined(separator: " ")
        let filter = PaddingExamples.filter.map { NumberFormat.string($0, decimals: 1) }.joined(separator: ", ")
        return Figure(
            id: "padding-1d", title: Text.oneTitle.words(["signal": .text(signal), "filter": .text(filter)]),
            caption: Text.oneCaption.words(), source: Text.oneSource.words(), width: 940, height: 430
        ) { canvas, area, language in
            let (header, body) = area.sliceTop(22)
            let bands = body.rows(rows.count, spacing: 14)
            let weights = [1.7, 3.3, 2.4, 2.4]
            for (column, text) in ([""] + [Text.paddedSignal, .computedOutputs, .slidePrints].map { $0(language) }).enumerated() {
                let box = header.columns(weights: weights)[column]
                canvas.text(text, at: Point(box.midX, box.midY), size: FontSize.label, style: .bold, color: .gray,
                            align: .center, baseline: .middle)
            }
            for ((example, padded, outputs), band) in zip(rows, bands) {
                let cells = band.columns(weights: weights)
                canvas.text(example.mode.slideName(language), at: Point(cells[0].minX, cells[0].midY - 8), size: FontSize.label,
                            style: .bold, baseline: .middle)
                canvas.text(example.example.id, at: Point(cells[0].minX, cells[0].midY + 9), size: FontSize.number,
                            color: .gray, baseline: .middle)
                let (gridArea, formulaArea) = cells[1].sliceTop(cells[1].height - 20)
                let last = padded.count - PaddingExamples.filter.count
                let border = [0, padded.count - 1].map { (Cell(0, $0), example.mode.borderTint) }
                let grid = try NumberGrid(Matrix(row: padded), decimals: 0,
                                          window: CellRange(rows: 0..<1, columns: last..<padded.count),
                                          cellColors: Dictionary(uniqueKeysWithValues: border))
                    .draw(on: canvas, in: gridArea)
                let terms = zip(PaddingExamples.filter, padded[last...]).map { w, x in
                    NumberFormat.string(w, decimals: 1) + "·" + (x < 0 ? "(\(NumberFormat.string(x, decimals: 0)))" : NumberFormat.string(x, decimals: 0))
                }
                canvas.text(terms.joined(separator: " + ") + " = " + NumberFormat.string(outputs[outputs.count - 1], decimals: 0),
                            at: Point(formulaArea.midX, formulaArea.minY + 4), size: FontSize.number, color: .gray,
                            align: .center, baseline: .top)
                let output = try NumberGrid(Matrix(row: outputs), decimals: 0, marked: [Cell(0, outputs.count - 1)])
                    .draw(on: canvas, in: gridArea.offsetX(to: cells[2]))
                canvas.arrow(from: Point(grid.frame.maxX + 8, grid.frame.midY), to: Point(output.frame.minX - 8, output.frame.midY),
                             color: .gray)
                if example.printed.isEmpty {
                    canvas.text(Text.notOnSlides(language), at: Point(cells[3].midX, gridArea.midY), size: FontSize.label,
                                color: .gray, align: .center, baseline: .middle)
                } else {
                    let wrong = example.printed.indices.filter { abs(example.printed[$0] - outputs[$0]) > 1e-9 }
                    try NumberGrid(Matrix(row: example.printed), decimals: 0,
                                   cellColors: Dictionary(uniqueKeysWithValues: wrong.map { (Cell(0, $0), Role.erratum.tint()) }))
                        .draw(on: canvas, in: gridArea.offsetX(to: cells[3]))
                }
            }
        }
    }

    /// Figure 2: Ranvier's 5×5 input padded by one cell in each mode, the 3×3 filter's first
    /// window, and the 5×5 feature maps; cells that differ from the zero-padded map are ringed.
    static func twoDimensional() throws -> Figure {
        let modes = PaddingMode.allCases
        let padded = try modes.map { try PaddingExamples.Ranvier.padded($0) }
        let maps = try modes.map { try PaddingExamples.Ranvier.computedMap($0) }
        let filter = PaddingExamples.Ranvier.filter.map { $0.map { NumberFormat.string($0, decimals: 0) }.joined(separator: " ") }
            .joined(separator: " / ")
        return Figure(
            id: "padding-2d", title: Text.twoTitle.words(), caption: Text.twoCaption.words(["filter": .text(filter)]),
            source: Text.twoSource.words(), width: 1100, height: 520
        ) { canvas, area, language in
            let columns = area.columns(weights: [1, 1, 1, 1, 0.7], spacing: 18)
            try Panel.titled(Text.filterW(language), on: canvas, in: columns[modes.count]) { rect in
                let kernel = try Matrix(rows: PaddingExamples.Ranvier.filter)
                try NumberGrid(kernel, decimals: 0, heat: .diverging(fitting: [kernel]))
                    .draw(on: canvas, in: rect.sliceTop(rect.height * 0.56, spacing: 10).top.inset(top: FontSize.number * 1.8),
                          colorBarLabel: Text.weight(language))
            }
            for (index, panel) in columns.prefix(modes.count).enumerated() {
                try Panel.titled(modes[index].slideName(language), on: canvas, in: panel) { rect in
                    let (top, bottom) = rect.sliceTop(rect.height * 0.56, spacing: 10)
                    let labelled = { (text: String, area: Rect) -> Rect in
                        canvas.text(text, at: Point(area.midX, area.minY), size: FontSize.number, color: .gray,
                                    align: .center, baseline: .top)
                        return area.inset(top: FontSize.number * 1.8)
                    }
                    let size = padded[index].count
                    let ring = (0..<size).flatMap { i in (0..<size).map { Cell(i, $0) } }
                        .filter { [0, size - 1].contains($0.row) || [0, size - 1].contains($0.column) }
                    try NumberGrid(Matrix(rows: padded[index]), decimals: 0, window: CellRange(row: 0, column: 0, size: 3),
                                   cellColors: Dictionary(uniqueKeysWithValues: ring.map { ($0, modes[index].borderTint) }))
                        .draw(on: canvas, in: labelled(Text.paddedInput(language), top))
                    let changed = (0..<5).flatMap { i in (0..<5).map { Cell(i, $0) } }
                        .filter { maps[index][$0.row][$0.column] != maps[0][$0.row][$0.column] }
                    try NumberGrid(Matrix(rows: maps[index]), decimals: 0, marked: Set(changed))
                        .draw(on: canvas, in: labelled(Text.featureMap(language), bottom))
                }
            }
        }
    }
}

extension Rect {
    /// This rectangle moved horizontally into `column` (same top and height, `column`'s width).
    func offsetX(to column: Rect) -> Rect {
        Rect(x: column.x, y: y, width: column.width, height: height)
    }
}
