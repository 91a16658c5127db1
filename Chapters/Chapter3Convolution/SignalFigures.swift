import Chapters
import NeuralNet
import Plot

/// Figures 1 and 2: the 1D convolution of IFT 780 slides 39–59 and 129–133, step by step, then
/// for every filter width and stride the slides try.
enum SignalFigures {
    /// The side of a number cell in these figures.
    static let cell = 34.0

    /// Figure 1: the filter [.2, −.3, .4] slides along the signal; each step's window, its sum,
    /// and the outputs so far.
    static func slidingWindow() throws -> Figure {
        let signal = SignalExamples.signal, filter = SignalExamples.filter(width: 3)
        let outputs = cleaned(try SignalExamples.outputs(filter: filter))
        let steps = outputs.count
        return Figure(
            id: "conv1d-sliding-window",
            title: Text.slidingTitle.words(),
            caption: Text.slidingCaption.words([
                "d": .integer(signal.count), "f": .integer(filter.count),
                "size": .text(try OutputSize(input: signal.count, filter: filter.count).description),
                // The slides' own row of numbers, quoted as they print it.
                "outputs": .text(SignalExamples.slideText(outputs)),
            ]),
            source: Text.slidingSource.words(), width: 940, height: 40 + Double(steps) * 44
        ) { canvas, area, language in
            let (header, body) = area.sliceTop(26)
            let columns = header.columns(weights: [3.4, 3.3, 2.9], spacing: 16)
            for (box, text) in zip(columns, [Text.signalHeader, .sumHeader, .outputsHeader].map { $0(language) }) {
                canvas.text(text, at: Point(box.minX, box.midY), size: FontSize.label, style: .bold, color: .gray,
                            baseline: .middle)
            }
            for (v, band) in body.rows(steps, spacing: 8).enumerated() {
                let parts = band.columns(weights: [3.4, 3.3, 2.9], spacing: 16)
                let gridArea = Rect(x: parts[0].minX, y: band.minY, width: cell * Double(signal.count), height: band.height)
                try NumberGrid(Matrix(row: signal), decimals: 0, window: CellRange(rows: 0..<1, columns: v..<(v + 3)))
                    .sized(cell).draw(on: canvas, in: gridArea)
                let terms = SignalExamples.terms(filter: filter, window: v)
                let sum = (0..<3).map { u in "\(display(signal[v + u]))·\(signed(filter[u]))" }.joined(separator: " + ")
                canvas.text("\(sum) = \(display(terms.reduce(0, +)))", at: Point(parts[1].minX, band.midY),
                            size: FontSize.number, baseline: .middle)
                let done = Array(outputs.prefix(v + 1))
                let outputArea = Rect(x: parts[2].minX, y: band.minY, width: cell * Double(done.count), height: band.height)
                try NumberGrid(Matrix(row: done), decimals: 2, marked: [Cell(0, v)]).sized(cell).draw(on: canvas, in: outputArea)
            }
        }
    }

    /// Figure 2: the outputs for F = 3, 5, 7, 9 at stride 1, for F = 5 at strides 1, 2, 3 (the
    /// last invalid), and the flipped filter — the mathematical convolution — for comparison.
    static func sizesAndStrides() throws -> Figure {
        struct Line {
            let label: Words, size: OutputSize, outputs: [Double], fits: [Double], note: Words
        }
        let signal = SignalExamples.signal
        var lines: [Line] = []
        for (f, s) in [(3, 1), (5, 1), (7, 1), (9, 1), (5, 2), (5, 3)] {
            let run = SignalExamples.Run(filterWidth: f, stride: s, expected: nil)
            let size = try run.size
            let valid = size.isValid
            let filter = SignalExamples.filter(width: f).map { display($0, decimals: 1) }.joined(separator: ", ")
            let note = f == 9 ? Text.erratumNote.words() : valid ? .same("W = [\(filter)]") : Text.invalidNote.words()
            lines.append(Line(label: .same("F = \(f), S = \(s)"), size: size, outputs: valid ? cleaned(try run.outputs()) : [],
                              fits: valid ? [] : cleaned(try run.fittingOutputs()), note: note))
        }
        let flipped = cleaned(try SignalExamples.outputs(filter: SignalExamples.filter(width: 3), flipped: true))
        let flippedSize = try OutputSize(input: signal.count, filter: 3)
        lines.append(Line(label: Text.flippedLabel.words(), size: flippedSize, outputs: flipped, fits: [],
                          note: Text.flippedNote.words()))
        return Figure(
            id: "conv1d-sizes-strides",
            title: Text.sizesTitle.words(), caption: Text.sizesCaption.words(), source: Text.sizesSource.words(),
            width: 940, height: 40 + Double(lines.count) * 46
        ) { canvas, area, language in
            let (header, body) = area.sliceTop(26)
            let weights = [1.3, 2.2, 3.5, 3.6]
            for (box, text) in zip(header.columns(weights: weights, spacing: 14), ["", "(D − F)/S + 1", Text.outputs(language), ""]) {
                canvas.text(text, at: Point(box.minX, box.midY), size: FontSize.label, style: .bold, color: .gray, baseline: .middle)
            }
            for (line, band) in zip(lines, body.rows(lines.count, spacing: 10)) {
                let parts = band.columns(weights: weights, spacing: 14)
                let invalid = !line.size.isValid
                canvas.text(line.label(language), at: Point(parts[0].minX, band.midY), size: FontSize.label, style: .bold, baseline: .middle)
                canvas.text(line.size.description + (invalid ? "  " + Text.invalid(language) : ""), at: Point(parts[1].minX, band.midY),
                            size: FontSize.label, color: invalid ? Role.invalid.color : .black, baseline: .middle)
                let values = invalid ? line.fits : line.outputs
                let gridArea = Rect(x: parts[2].minX, y: band.minY, width: cell * Double(values.count), height: band.height)
                var grid = NumberGrid(Matrix(row: values), decimals: 2)
                if invalid { grid.cellColors = Dictionary(uniqueKeysWithValues: values.indices.map { (Cell(0, $0), Color.lightGray) }) }
                try grid.sized(cell).draw(on: canvas, in: gridArea)
                let note = line.note(language)
                let lines = Double(canvas.wrap(note, width: parts[3].width, size: FontSize.number).count)
                canvas.paragraph(note, at: Point(parts[3].minX, band.midY - lines * FontSize.number * 1.35 / 2 + 1),
                                 width: parts[3].width, size: FontSize.number, color: invalid ? Role.invalid.color : .gray)
            }
        }
    }

    /// A filter weight in a product: "0.2", "(−0.3)".
    static func signed(_ w: Double) -> String {
        w < 0 ? "(\(display(w, decimals: 1)))" : display(w, decimals: 1)
    }
}

extension NumberGrid {
    /// The grid with cells of at most `side` points.
    func sized(_ side: Double) -> NumberGrid {
        var grid = self
        grid.maxCellSize = side
        return grid
    }
}
