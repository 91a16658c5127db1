import NeuralNet
import Tensors
import Plot

/// Figure: the trained Wxh and Whh as diverging heatmaps (white at 0, a numeric colour bar each)
/// — the two matrices of h_t = tanh(Wxh·x_t + Whh·h_{t−1} + bh) (slides 208–209) after the run.
enum WeightsFigure {
    static func figure(_ run: SonnetsRun) throws -> Figure {
        let wxh = try run.model.tensor(.wxh), whh = try run.model.tensor(.whh)
        let h = run.model.hiddenSize, v = run.model.vocabularySize
        func matrix(_ t: Tensor<Double>) throws -> Matrix {
            try Matrix(rows: (0..<t.shape[0]).map { Array(t.scalars[($0 * t.shape[1])..<(($0 + 1) * t.shape[1])]) })
        }
        func limit(_ t: Tensor<Double>) -> Double { (t.scalars.map(abs).max() ?? 1).rounded(.up) }
        let (wxhLimit, whhLimit) = (limit(wxh), limit(whh))
        let diagonal = (0..<h).map { whh.scalars[$0 * h + $0] }.reduce(0, +) / Double(h)
        let meanAbs = whh.scalars.map(abs).reduce(0, +) / Double(h * h)
        return Figure(
            id: "weights", title: "The trained weights: Wxh (input → hidden) and Whh (hidden → hidden)",
            caption: "One square per weight, white at 0, red positive, blue negative (each colour bar gives the values). Wxh "
                + "has a column per character of the Sonnets (V = \(v), in code-point order: line break, space and "
                + "punctuation, then capitals, then small letters): column x is what reading that character adds to "
                + "every unit. Whh (H × H = \(h) × \(h)) mixes the previous state into the new one; its weights are spread "
                + "over both signs with no dominant diagonal (mean |w| = " + String(format: "%.2f", meanAbs)
                + ", mean diagonal " + String(format: "%+.2f", diagonal) + "): the memory is shared across units, not "
                + "held unit by unit.",
            source: "IFT 780, slides 208–209 (Wxh, Whh); beyond the slides: min-char-rnn on the Sonnets, seed 1",
            width: 1000, height: 470
        ) { canvas, area in
            let panels = area.columns(weights: [1, 1.1], spacing: 40)
            try Panel.titled("Wxh (\(h) × \(v)): hidden unit × input character", on: canvas, in: panels[0]) { rect in
                try Heatmap(matrix(wxh), scale: .diverging(limit: wxhLimit), colorBarLabel: "weight")
                    .draw(on: canvas, in: rect.inset(bottom: 6))
            }
            try Panel.titled("Whh (\(h) × \(h)): new unit i × previous unit j", on: canvas, in: panels[1]) { rect in
                try Heatmap(matrix(whh), scale: .diverging(limit: whhLimit), colorBarLabel: "weight")
                    .draw(on: canvas, in: rect.inset(bottom: 6))
            }
        }
    }
}
