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
            id: "weights", title: Text.weightsTitle.words(),
            caption: Text.weightsCaption.words([
                "wxh": .fixed(wxhLimit, decimals: 1), "whh": .fixed(whhLimit, decimals: 1), "v": .integer(v), "h": .integer(h),
                "meanAbs": .fixed(meanAbs, decimals: 2), "diagonal": .words(Words { language in
                    NumberFormat.prose(String(format: "%+.2f", diagonal).replacingOccurrences(of: "-", with: "−"), in: language)
                })]),
            source: Text.weightsSource.words(), width: 1000, height: 470
        ) { canvas, area, language in
            let sizes: [String: TextValue] = ["h": .integer(h), "v": .integer(v)]
            let panels = [(Text.wxhPanel(language, sizes), wxh, wxhLimit), (Text.whhPanel(language, sizes), whh, whhLimit)]
            for ((title, weights, limit), rect) in zip(panels, area.columns(weights: [1, 1.1], spacing: 40)) {
                try Panel.titled(title, on: canvas, in: rect) { inner in
                    try Heatmap(matrix(weights), scale: .diverging(limit: limit), colorBarLabel: Text.weight(language))
                        .draw(on: canvas, in: inner.inset(bottom: 6))
                }
            }
        }
    }
}
