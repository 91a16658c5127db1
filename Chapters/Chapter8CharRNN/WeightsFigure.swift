import Foundation
import NeuralNet
import Plot
import Tensors

/// Figure: the trained Wxh and Whh as diverging heatmaps (white at 0, a numeric colour bar each)
/// — the two matrices of h_t = tanh(Wxh·x_t + Whh·h_{t−1} + bh) (slides 208–209) after the run.
enum WeightsFigure {
    static func figure(_ run: SonnetsRun) throws -> Figure {
        let wxh = try run.model.tensor(.wxh), whh = try run.model.tensor(.whh)
        let h = run.model.hiddenSize, v = run.model.vocabularySize
        func matrix(_ t: Tensor<Double>) throws -> Matrix {
            try Matrix(rows: (0..<t.shape[0]).map { Array(t.scalars[($0 * t.shape[1])..<(($0 + 1) * t.shape[1])]) })
        }
        /// The colour scale's half-range: the 99th percentile of |w|, rounded up to 0.1 (the
        /// largest 1% saturate — with the maximum, most squares would be nearly white).
        func limit(_ t: Tensor<Double>) -> Double {
            let sorted = t.scalars.map(abs).sorted()
            return max(0.1, (sorted[Int(Double(sorted.count - 1) * 0.99)] * 10).rounded(.up) / 10)
        }
        let (wxhLimit, whhLimit) = (limit(wxh), limit(whh))
        let diagonal = (0..<h).map { whh.scalars[$0 * h + $0] }.reduce(0, +) / Double(h)
        let meanAbs = whh.scalars.map(abs).reduce(0, +) / Double(h * h)
        return Figure(
            id: "weights", title: "The trained weights: Wxh (input → hidden) and Whh (hidden → hidden)",
            caption: "One square per weight, white at 0, red positive, blue negative; each colour bar spans ± the 99th "
                + "percentile of |w| (" + String(format: "%.1f", wxhLimit) + " for Wxh, " + String(format: "%.1f", whhLimit)
                + " for Whh), the largest 1% saturate. Wxh "
                + "has a column per character of the Sonnets (V = \(v), in code-point order: line break, space and "
                + "punctuation, then capitals, then small letters): column x is what reading that character adds to "
                + "every unit. Whh (H × H = \(h) × \(h)) mixes the previous state into the new one; its weights are spread "
                + "over both signs with no dominant diagonal (mean |w| = " + String(format: "%.2f", meanAbs)
                + ", mean diagonal " + String(format: "%+.2f", diagonal).replacingOccurrences(of: "-", with: "−")
                + "): the memory is shared across units, not held unit by unit.",
            source: "IFT 780, slides 208–209 (Wxh, Whh); beyond the slides: min-char-rnn on the Sonnets, seed 1",
            width: 1000, height: 470
        ) { canvas, area in
            let panels = [("Wxh (\(h) × \(v)): hidden unit × input character", wxh, wxhLimit),
                          ("Whh (\(h) × \(h)): new unit i × previous unit j", whh, whhLimit)]
            for ((title, weights, limit), rect) in zip(panels, area.columns(weights: [1, 1.1], spacing: 40)) {
                try Panel.titled(title, on: canvas, in: rect) { inner in
                    try Heatmap(matrix(weights), scale: .diverging(limit: limit), colorBarLabel: "weight")
                        .draw(on: canvas, in: inner.inset(bottom: 6))
                }
            }
        }
    }
}
