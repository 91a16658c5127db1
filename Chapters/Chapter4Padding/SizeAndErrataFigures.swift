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
            id: "output-sizes", title: Text.sizesTitle.words(["kernel": .integer(kernel)]),
            caption: Text.sizesCaption.words(["kernel": .integer(kernel), "less": .integer(kernel - 1)]),
            source: Text.sizesSource.words(), width: 940, height: 360
        ) { canvas, area, language in
            for (stride, panel) in zip(strides, area.columns(strides.count, spacing: 24)) {
                try Panel.titled(Text.stridePanel(language, ["s": .integer(stride)]), on: canvas, in: panel) { rect in
                    let series = rules.enumerated().map { index, rule in
                        let points = zip(sizes, outputs(rule.1, stride: stride)).compactMap { d, o in o.map { Point(Double(d), Double($0)) } }
                        return Series(rule.0, points: points, color: Role.series(index).color, marker: rule.2,
                                      dash: stride == 1 ? [] : [3, 3], lineWidth: 1.2)
                    }
                    try LineChart(series: series, xLabel: Text.inputSize(language), yLabel: Text.outputSize(language),
                                  xRange: 0...32, yRange: 0...36, legend: .topLeft).draw(on: canvas, in: rect)
                }
            }
        }
    }
}

/// Figure 5: the chapter's slides against the computation.
enum ErrataFigure {
    static func figure() -> Figure {
        let examples = Chapter4Padding.errataExamples
        return Figure(
            id: "errata", title: Text.errataTitle.words(), caption: Text.errataCaption.words(),
            source: Text.errataSource.words(), width: 1000, height: 270
        ) { canvas, area, language in
            let table = WorkedExample.table(examples, language: language, french: Text.examples)
            let notes = WorkedExample.errataNotes(examples, language: language, french: Text.examples) + [Text.errataRemark(language)]
            let frame = try table.draw(on: canvas, in: area)
            var top = frame.maxY + 18
            for note in notes {
                top += canvas.paragraph("• " + note, at: Point(area.minX, top), width: area.width, size: FontSize.number) + 6
            }
        }
    }
}

extension Chapter4Padding {
    /// The examples of the errata page: the three printed 1D outputs and Ranvier's map.
    static var errataExamples: [WorkedExample] {
        PaddingExamples.oneDimensional.filter { !$0.printed.isEmpty }.map(\.example) + [PaddingExamples.Ranvier.example]
    }
}
