import Chapters
import NeuralNet
import Plot

/// Figure 4: output size against input size for 'valid', 'same' and 'full' at strides 1, 2, 3.
enum SizeFigure {
    /// The kernel of the chart.
    static let kernel = 5
    /// The input sizes D of the chart.
    static let sizes = Array(1...32)

    /// O for each D of ``sizes``, `nil` where the D-F-S combination is invalid (the stride does
    /// not tile, or the filter does not fit): O = (D − F + P₁ + P₂)/S + 1 with the amounts of `padding`.
    static func outputs(_ padding: Padding, stride: Int) -> [Int?] {
        sizes.map { size in
            guard let width = try? padding.widths(size: [size], kernel: [kernel], stride: [stride])[0] else { return nil }
            let unread = padding.unreadCells(size: [size], kernel: [kernel], stride: [stride])[0]
            return try? OutputSize(input: size - unread, filter: kernel, stride: stride, padding: width).value
        }
    }

    static func figure() throws -> Figure {
        let strides = [1, 2, 3]
        let rules: [(String, Padding, MarkerShape)] = [("valid", .valid, .circle), ("same", .same, .square), ("full", .full, .triangle)]
        return Figure(
            id: "output-sizes", title: "Output size against input size, \(kernel)-wide filter: valid, same, full",
            caption: "O = (D − F + P₁ + P₂)/S + 1 with F = \(kernel). 'valid' adds nothing (O = D − \(kernel - 1) at S = 1), "
                + "'full' adds F − 1 = \(kernel - 1) on each side (O = D + \(kernel - 1)), 'same' gives ⌈D/S⌉ with TensorFlow's "
                + "split. Markers are valid D-F-S combinations only: at S = 2 and 3, 'valid' and 'full' skip the sizes "
                + "the stride does not tile (\"combinaison D-F-S invalide\"); 'same' never refuses a stride: it pads so that "
                + "the windows tile, and when the stride is larger than the filter the last cells that no window reaches "
                + "are simply not read (as TensorFlow does).",
            source: "IFT 780, slides 59–60 and 81; Ranvier, \"Calculer la taille de l'output\"; FIDLE padding/strides",
            width: 940, height: 360
        ) { canvas, area in
            for (stride, panel) in zip(strides, area.columns(strides.count, spacing: 24)) {
                try Panel.titled("stride S = \(stride)", on: canvas, in: panel) { rect in
                    let series = rules.enumerated().map { index, rule in
                        let points = zip(sizes, outputs(rule.1, stride: stride)).compactMap { d, o in o.map { Point(Double(d), Double($0)) } }
                        return Series(rule.0, points: points, color: Role.series(index).color, marker: rule.2,
                                      dash: stride == 1 ? [] : [3, 3], lineWidth: 1.2)
                    }
                    try LineChart(series: series, xLabel: "input size D", yLabel: "output size O",
                                  xRange: 0...32, yRange: 0...36, legend: .topLeft).draw(on: canvas, in: rect)
                }
            }
        }
    }
}

/// Figure 5: the chapter's slides against the computation.
enum ErrataFigure {
    static func figure() -> Figure {
        let examples = PaddingExamples.oneDimensional.filter { !$0.printed.isEmpty }.map(\.example)
            + [PaddingExamples.Ranvier.example]
        let table = WorkedExample.table(examples)
        let notes = WorkedExample.errataNotes(examples)
            + ["Slide 62 adds that one option is \"by far the most used\"; the OCR places the remark under reflection, "
                + "but the arrow's target is only in the picture — zero padding is the usual default of the libraries."]
        return Figure(
            id: "errata", title: "Errata: the padding slides against the computation",
            caption: "The reflection example is a slide erratum (vermilion row): the tests assert 6. The grey rows are OCR "
                + "damage that the catalogue recovered; CNNLab reproduces every recovered value.",
            source: "IFT 780, slides 61–62; Ranvier, \"Le padding\" (catalogue §5, §6, §15)", width: 940, height: 270
        ) { canvas, area in
            let frame = try table.draw(on: canvas, in: area)
            var top = frame.maxY + 18
            for note in notes {
                top += canvas.paragraph("• " + note, at: Point(area.minX, top), width: area.width, size: FontSize.number) + 6
            }
        }
    }
}
