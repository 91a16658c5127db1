import NeuralNet
import Plot

/// Figure 1: the "masse" example unrolled in time, as slides 219–227 draw it: the one-hots x_t
/// of m, a, s, s, the hidden states h_t, and the next-letter probabilities p_t — first with the
/// constructed weights the tests check (h₄ = 0.1842, a uniform output), then after training.
enum MasseFigure {
    /// The unrolled pass over m, a, s, s (targets a, s, s, e) from h = 0.
    struct Unrolled {
        let hidden: [[Double]]
        let probabilities: [[Double]]
    }

    static let inputs = [2, 0, 3, 3], targets = [0, 3, 3, 1]

    static func unrolled(_ model: VanillaRNN) throws -> Unrolled {
        let pass = try model.forward(inputs: inputs, targets: targets)
        return Unrolled(hidden: pass.hiddenStates, probabilities: pass.probabilities)
    }

    /// min-char-rnn on the word with slide 220's three hidden units: 300 windows, seed 1.
    static func trainedMasse() throws -> VanillaRNN {
        let corpus = try CharRNNCorpus(named: CharRNNExamples.masse)
        let trainer = try CharRNNTrainer(text: corpus.text, settings: corpus.defaultSettings)
        for _ in 0..<300 { try trainer.step() }
        return trainer.model
    }

    static func figure() throws -> Figure {
        let constructed = try unrolled(CharRNNExamples.constructedNetwork())
        let trained = try unrolled(trainedMasse())
        return Figure(
            id: "masse-unrolled", title: Text.masseTitle.words(), caption: Text.masseCaption.words(),
            source: Text.masseSource.words(), width: 1000, height: 560
        ) { canvas, area, language in
            let rows = area.rows(2, spacing: 26)
            try Panel.titled(Text.constructedPanel(language), on: canvas, in: rows[0]) { rect in
                try drawRow(constructed, language: language, on: canvas, in: rect)
            }
            try Panel.titled(Text.trainedPanel(language), on: canvas, in: rows[1]) { rect in
                try drawRow(trained, language: language, on: canvas, in: rect)
            }
        }
    }

    static func drawRow(_ pass: Unrolled, language: Language, on canvas: Canvas, in rect: Rect) throws {
        let letters = CharRNNExamples.masseAlphabet
        let columns = rect.columns(weights: [1, 1.15, 1], spacing: 60)
        let labelHeight = FontSize.label * 1.8
        func heading(_ text: String, _ column: Rect) {
            canvas.text(text, at: Point(column.midX, column.minY), size: FontSize.label, align: .center, baseline: .top)
        }
        // x_t: the one-hot columns, the 1s in the accent colour.
        heading(Text.oneHot(language), columns[0])
        let oneHots = try Matrix(rows: (0..<4).map { row in inputs.map { $0 == row ? 1.0 : 0.0 } })
        var cells: [Cell: Color] = [:]
        for (t, x) in inputs.enumerated() { cells[Cell(x, t)] = Role.explained.color.withAlpha(0.45) }
        let xGrid = NumberGrid(oneHots, decimals: 0, cellColors: cells, rowLabels: letters,
                               columnLabels: inputs.map { letters[$0] })
        let x = try xGrid.draw(on: canvas, in: columns[0].inset(top: labelHeight))
        // h_t: signed, diverging around zero.
        heading("h_t = tanh(Wxh·x_t + Whh·h_{t−1} + bh)", columns[1])
        let hidden = try Matrix(rows: (0..<pass.hidden[0].count).map { unit in pass.hidden.map { $0[unit] } })
        let h = try NumberGrid(hidden, decimals: 4, heat: .diverging(limit: 1),
                               rowLabels: (1...hidden.rows).map { Text.unit(language, ["n": .integer($0)]) },
                               columnLabels: (1...4).map { "h\($0)" }).draw(on: canvas, in: columns[1].inset(top: labelHeight))
        // p_t: probabilities, the target ringed.
        heading("p_t = softmax(Why·h_t + by)", columns[2])
        let probabilities = try Matrix(rows: (0..<4).map { row in pass.probabilities.map { $0[row] } })
        let marked = Set(targets.enumerated().map { Cell($1, $0) })
        let p = try NumberGrid(probabilities, decimals: 2, marked: marked, heat: .sequential(0...1), rowLabels: letters,
                               columnLabels: targets.map { "→ " + letters[$0] }).draw(on: canvas, in: columns[2].inset(top: labelHeight))
        canvas.arrow(from: Point(x.frame.maxX + 8, x.frame.midY), to: Point(h.frame.minX - 52, h.frame.midY), color: .gray)
        canvas.text("Wxh", at: Point((x.frame.maxX + h.frame.minX - 44) / 2, x.frame.midY - 6), size: FontSize.number,
                    align: .center, baseline: .bottom)
        canvas.arrow(from: Point(h.frame.maxX + 8, h.frame.midY), to: Point(p.frame.minX - 36, p.frame.midY), color: .gray)
        canvas.text("Why", at: Point((h.frame.maxX + p.frame.minX - 28) / 2, h.frame.midY - 6), size: FontSize.number,
                    align: .center, baseline: .bottom)
        canvas.text(Text.whhCarries(language), at: Point(h.frame.midX, h.frame.maxY + 8),
                    size: FontSize.number, color: .gray, align: .center, baseline: .top)
    }
}
