import Foundation
import NeuralNet
import Plot

/// Figure: the encoder–decoder 'assez' → 'enough' unrolled (IFT 780 slides 243–248), drawn like
/// figure 1: the encoder's one-hot inputs and hidden states h_t, then the decoder's inputs (the
/// letter it wrote last, from <BoS>), its states s_t and its distributions p_t, whose most
/// probable letter (ringed) is the next input — greedy decoding until <EoS>.
enum TranslationFigure {
    static func figure() throws -> Figure {
        let toy = try AssezEnough.train()
        let (output, pass) = try toy.translate(AssezEnough.source)
        let french = toy.french.symbols, english = toy.english.symbols
        let source = try toy.french.encode(AssezEnough.source)
        let choices = pass.probabilities.map { p in p.indices.max { p[$0] < p[$1] } ?? 0 }
        func oneHots(_ indices: [Int], size: Int) throws -> Matrix {
            try Matrix(rows: (0..<size).map { row in indices.map { $0 == row ? 1.0 : 0.0 } })
        }
        func columns(_ states: [[Double]]) throws -> Matrix {
            try Matrix(rows: (0..<states[0].count).map { unit in states.map { $0[unit] } })
        }
        func highlighted(_ indices: [Int]) -> [Cell: Color] {
            Dictionary(uniqueKeysWithValues: indices.enumerated().map { (Cell($1, $0), Role.explained.color.withAlpha(0.45)) })
        }
        func units(_ language: Language) -> [String] { (1...AssezEnough.hiddenSize).map { Text.unit(language, ["n": .integer($0)]) } }
        return Figure(
            id: "assez-enough", title: Text.translationTitle.words(["output": .text(output)]),
            caption: Text.translationCaption.words([
                "units": .integer(AssezEnough.hiddenSize), "seed": .text("\(AssezEnough.seed)"), "iterations": .integer(toy.iterations),
                "loss": .fixed(toy.loss, decimals: 3)]),
            source: Text.translationSource.words(), width: 1200, height: 720
        ) { canvas, area, language in
            let rows = area.rows(weights: [0.42, 0.58], spacing: 28)
            let labelHeight = FontSize.label * 1.8
            func heading(_ text: String, _ column: Rect) {
                canvas.text(text, at: Point(column.midX, column.minY), size: FontSize.label, align: .center, baseline: .top)
            }
            var encoderState = Rect(x: 0, y: 0, width: 0, height: 0)
            // Panel titles at the left: the arrow h₅ → s₀ crosses the middle of the figure.
            func titled(_ title: String, _ rect: Rect, _ body: (Rect) throws -> Void) rethrows {
                canvas.text(title, at: Point(rect.minX, rect.minY), size: FontSize.label, style: .bold, baseline: .top)
                try body(rect.inset(top: Panel.titleHeight))
            }
            try titled(Text.encoderPanel(language), rows[0]) { rect in
                let parts = rect.inset(left: 120, right: 200).columns(weights: [1, 1], spacing: 110)
                heading(Text.frenchOneHot(language), parts[0])
                let x = try NumberGrid(oneHots(source, size: french.count), decimals: 0, cellColors: highlighted(source),
                                       rowLabels: french, columnLabels: source.map { french[$0] })
                    .draw(on: canvas, in: parts[0].inset(top: labelHeight))
                heading("h_t", parts[1])
                let h = try NumberGrid(columns(pass.encoderStates), decimals: 2, heat: .diverging(limit: 1), rowLabels: units(language),
                                       columnLabels: (1...source.count).map { "h\($0)" })
                    .draw(on: canvas, in: parts[1].inset(top: labelHeight))
                canvas.arrow(from: Point(x.frame.maxX + 8, x.frame.midY), to: Point(h.frame.minX - 52, h.frame.midY), color: .gray)
                canvas.text("Wxh_e, Whh_e", at: Point((x.frame.maxX + h.frame.minX - 44) / 2, x.frame.midY - 6),
                            size: FontSize.number, align: .center, baseline: .bottom)
                encoderState = h.rect(of: Cell(AssezEnough.hiddenSize - 1, source.count - 1))
            }
            try titled(Text.decoderPanel(language), rows[1]) { rect in
                let parts = rect.columns(weights: [1, 1, 1], spacing: 70)
                heading(Text.decoderInput(language), parts[0])
                let y = try NumberGrid(oneHots(pass.decoderInputs, size: english.count), decimals: 0,
                                       cellColors: highlighted(pass.decoderInputs), rowLabels: english,
                                       columnLabels: pass.decoderInputs.map { english[$0] == "<BoS>" ? "BoS" : english[$0] })
                    .draw(on: canvas, in: parts[0].inset(top: labelHeight))
                heading(Text.decoderState(language), parts[1])
                let s = try NumberGrid(columns(pass.decoderStates), decimals: 2, heat: .diverging(limit: 1), rowLabels: units(language),
                                       columnLabels: (1...pass.decoderStates.count).map { "s\($0)" })
                    .draw(on: canvas, in: parts[1].inset(top: labelHeight))
                heading(Text.nextLetter(language), parts[2])
                let marked = Set(choices.enumerated().map { Cell($1, $0) })
                let p = try NumberGrid(columns(pass.probabilities), decimals: 2, marked: marked, heat: .sequential(0...1),
                                       rowLabels: english, columnLabels: choices.map { english[$0] == "<EoS>" ? "EoS" : english[$0] })
                    .draw(on: canvas, in: parts[2].inset(top: labelHeight))
                canvas.arrow(from: Point(y.frame.maxX + 6, y.frame.midY), to: Point(s.frame.minX - 52, s.frame.midY), color: .gray)
                canvas.arrow(from: Point(s.frame.maxX + 6, s.frame.midY), to: Point(p.frame.minX - 40, p.frame.midY), color: .gray)
                let first = s.rect(of: Cell(0, 0))
                let target = Point(first.midX, s.frame.minY - 20)
                canvas.arrow(from: Point(encoderState.midX, encoderState.maxY + 4), to: target, color: Role.explained.color)
                canvas.text(Text.startsDecoder(language), at: Point((encoderState.midX + target.x) / 2 + 14, (encoderState.maxY + target.y) / 2),
                            size: FontSize.number, color: Role.explained.color, align: .left, baseline: .middle)
            }
        }
    }
}
