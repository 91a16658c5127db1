import Chapters
import NeuralNet
import Plot

/// Figures 3 and 4: the 2D convolution at strides 1, 2, 3 on a 7×7 image (IFT 780 slides
/// 70–80), and the RGB layer with a bias of deck 002.
enum ImageFigures {
    /// Figure 3: a 3×3 filter over a 7×7 image at strides 1, 2 and 3.
    static func strides7x7() throws -> Figure {
        let image = ImageExamples.image7x7, filter = ImageExamples.filter3x3
        let panels = try ImageExamples.strides7x7.map { stride, _ in
            (stride, try OutputSize(input: 7, filter: 3, stride: stride), try? ImageExamples.correlate(image, filter, stride: stride))
        }
        let filterText = filter.map { $0.map { display($0) }.joined(separator: " ") }.joined(separator: " / ")
        return Figure(
            id: "conv2d-7x7-strides",
            title: Text.stridesTitle.words(), caption: Text.stridesCaption.words(["filter": .text(filterText)]),
            source: Text.stridesSource.words(), width: 1120, height: 520
        ) { canvas, area, language in
            let columns = area.columns(weights: [1, 1, 1, 0.62], spacing: 24)
            try Panel.titled(Text.filterW(language), on: canvas, in: columns[3]) { rect in
                let kernel = try Matrix(rows: filter)
                try NumberGrid(kernel, decimals: 0, heat: .diverging(fitting: [kernel]))
                    .sized(34).draw(on: canvas, in: rect.sliceTop(rect.height * 0.52, spacing: 8).top, colorBarLabel: Text.weight(language))
            }
            for ((stride, size, output), panel) in zip(panels, columns) {
                try Panel.titled(Text.stridePanel(language, ["s": .integer(stride)]), on: canvas, in: panel) { rect in
                    let (top, rest) = rect.sliceTop(rect.height * 0.52, spacing: 8)
                    let layout = try NumberGrid(Matrix(rows: image), decimals: 0, window: CellRange(row: 0, column: 0, size: 3))
                        .sized(34).draw(on: canvas, in: top)
                    if stride + 3 <= 7 {
                        canvas.stroke(layout.rect(of: CellRange(row: 0, column: stride, size: 3)).inset(by: 2),
                                      color: Role.explained.color, width: 2, dash: [4, 3])
                    }
                    let (formula, bottom) = rest.sliceTop(22)
                    canvas.text(size.description + (size.isValid ? "" : "  " + Text.invalid(language)), at: Point(formula.midX, formula.midY),
                                size: FontSize.label, style: .bold, color: size.isValid ? .black : Role.invalid.color,
                                align: .center, baseline: .middle)
                    if let output {
                        try NumberGrid(Matrix(rows: output), decimals: 0, marked: [Cell(0, 0)]).sized(34).draw(on: canvas, in: bottom)
                    } else {
                        canvas.paragraph(Text.invalidStride(language),
                                         at: Point(bottom.minX + 10, bottom.minY + 20), width: bottom.width - 20,
                                         size: FontSize.label, color: Role.invalid.color)
                    }
                }
            }
        }
    }

    /// Figure 4: the RGB example — three channels with their zero padding, three kernels, the
    /// partial sums at (0, 0), the bias, and the output's determined 4×4 block.
    static func rgb() throws -> Figure {
        let maps = try (0..<3).map { try RGBExample.channelMap($0) }
        let output = try RGBExample.output()
        let names = ["R", "G", "B"]
        return Figure(
            id: "rgb-channels-bias",
            title: Text.rgbTitle.words(), caption: Text.rgbCaption.words(), source: Text.rgbSource.words(),
            width: 940, height: 700
        ) { canvas, area, language in
            let (top, bottom) = area.sliceTop(area.height * 0.62, spacing: 12)
            for (c, column) in top.columns(3, spacing: 22).enumerated() {
                try Panel.titled(Text.channelPanel(language, ["c": .text(names[c])]), on: canvas, in: column) { rect in
                    let (inputArea, rest) = rect.sliceTop(rect.height * 0.58, spacing: 6)
                    let padded = paddedRows(RGBExample.channels[c])
                    let border = (0..<7).flatMap { i in (0..<7).map { Cell(i, $0) } }.filter { [0, 6].contains($0.row) || [0, 6].contains($0.column) }
                    try NumberGrid(Matrix(rows: padded), decimals: 0, window: CellRange(row: 0, column: 0, size: 3),
                                   cellColors: Dictionary(uniqueKeysWithValues: border.map { ($0, Color.white.mixed(with: .lightGray, 0.7)) }))
                        .sized(34).draw(on: canvas, in: inputArea)
                    let parts = rest.columns(weights: [1, 1.35], spacing: 12)
                    for (part, label) in zip(parts, [Text.kernelLabel, .channelTimesKernel].map { $0(language, ["c": .text(names[c])]) }) {
                        canvas.text(label, at: Point(part.midX, part.minY + 2), size: FontSize.number, color: .gray,
                                    align: .center, baseline: .top)
                    }
                    try NumberGrid(Matrix(rows: RGBExample.kernels[c]), decimals: 0).sized(26).draw(on: canvas, in: parts[0].inset(top: 18))
                    try NumberGrid(Matrix(rows: maps[c]), decimals: 0, marked: [Cell(0, 0)]).sized(30)
                        .draw(on: canvas, in: parts[1].inset(top: 18))
                }
            }
            let parts = bottom.columns(weights: [1.4, 1], spacing: 20)
            let terms = (maps.map { $0[0][0] } + [RGBExample.bias]).map { $0 < 0 ? "(\(display($0)))" : display($0) }
            canvas.paragraph(Text.outputSum(language), at: Point(parts[0].minX, parts[0].minY + 30), width: parts[0].width,
                             size: FontSize.title, style: .bold)
            canvas.paragraph("= " + terms.joined(separator: " + ") + " = \(display(output[0][0]))",
                             at: Point(parts[0].minX, parts[0].minY + 60), width: parts[0].width, size: FontSize.title)
            canvas.paragraph(Text.rgbParameters(language), at: Point(parts[0].minX, parts[0].minY + 100),
                             width: parts[0].width - 20, size: FontSize.label, color: .gray)
            let undetermined = (0..<5).flatMap { i in (0..<5).map { Cell(i, $0) } }.filter { $0.row == 4 || $0.column == 4 }
            try Panel.titled(Text.outputMap(language), on: canvas, in: parts[1]) { rect in
                try NumberGrid(Matrix(rows: output), decimals: 0, marked: [Cell(0, 0)],
                               cellColors: Dictionary(uniqueKeysWithValues: undetermined.map { ($0, Color.lightGray) }))
                    .sized(40).draw(on: canvas, in: rect)
            }
        }
    }

    /// A 5×5 channel with one row/column of zeros on every side, as the slide draws it.
    static func paddedRows(_ rows: [[Double]]) -> [[Double]] {
        let zero = [Double](repeating: 0, count: rows[0].count + 2)
        return [zero] + rows.map { [0] + $0 + [0] } + [zero]
    }
}
