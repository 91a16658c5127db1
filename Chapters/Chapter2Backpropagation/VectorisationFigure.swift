import Foundation
import NeuralNet
import Plot

/// Figure 5: time per example of one matrix product per mini-batch against one matrix–vector
/// product per example, as the batch grows.
enum VectorisationFigure {
    static let batches = [1, 2, 4, 8, 16, 32, 64, 128, 256]

    static func make(quick: Bool) throws -> Figure {
        let results = try Vectorisation.measure(batches: batches, repetitions: quick ? 5 : 30)
        let b = results.map { log2(Double($0.batch)) }  // the chart's x axis is linear: plot log₂ B
        let us = 1e6
        let series = [
            Series("forward, one GEMM per batch", x: b, y: results.map { $0.forwardBatched * us }, color: Color.series[0], marker: .circle),
            Series("forward, one product per example", x: b, y: results.map { $0.forwardPerExample * us }, color: Color.series[0],
                   marker: .square, dash: [5, 4]),
            Series("forward + backward, batched", x: b, y: results.map { $0.trainingBatched * us }, color: Color.series[5], marker: .circle),
            Series("forward + backward, per example", x: b, y: results.map { $0.trainingPerExample * us }, color: Color.series[5],
                   marker: .square, dash: [5, 4]),
        ]
        let rows = results.map { r in
            [String(r.batch), Format.number(r.forwardBatched * us), Format.number(r.forwardPerExample * us),
             Format.number(r.forwardPerExample / r.forwardBatched, digits: 2) + "×",
             Format.number(r.trainingBatched * us), Format.number(r.trainingPerExample * us),
             Format.number(r.trainingPerExample / r.trainingBatched, digits: 2) + "×"]
        }
        let at1 = results[0], at32 = results.first { $0.batch == 32 }!
        let n = Vectorisation.layerSize
        let caption = "A dense \(n) → \(n) layer in Float, OpenBLAS underneath, timed on the machine that generated this "
            + "report (best of \(quick ? 5 : 30) runs, so the numbers change a little from one generation to the next). "
            + "Solid: the mini-batch X (B × \(n)) goes through as one matrix product Z = X·Wᵀ + w₀ (and, for training, "
            + "∇W = ΔᵀX and ∂J/∂X = ΔW: three products); dashed: one matrix–vector product per example, and for "
            + "training each example's gradient δxᵀ added into the batch's sum. At B = 1 the forward passes cost the same "
            + "(\(Format.number(at1.forwardBatched * us)) and \(Format.number(at1.forwardPerExample * us)) μs); the one "
            + "product reuses each weight for all B examples while it is in cache, and at B = 32 — the top of IFT 780's "
            + "\"2 to 32\" — it is \(Format.number(at32.forwardPerExample / at32.forwardBatched, digits: 2))× faster forward "
            + "and \(Format.number(at32.trainingPerExample / at32.trainingBatched, digits: 2))× faster for a training step. "
            + "The weights (\(n * n * 4 / 1024) kB) fit in the cache, which keeps the per-example product fast. "
            + "The step at B = 8 is OpenBLAS's own (it remains with one thread)."
        return Figure(
            id: "minibatch-vectorisation", title: "One matrix product per mini-batch against one product per example",
            caption: caption, source: "IFT 780 slides 10–17 (the claim), measured here",
            width: 1000, height: 470
        ) { canvas, rect in
            let (chart, side) = rect.sliceRight(520, spacing: 24)
            try LineChart(series: series, xLabel: "log₂ B  (B = 1, 2, 4, … 256 examples per batch)",
                          yLabel: "time per example (μs)", logY: true, yRange: 0.1...1000,
                          legend: .bottomLeft)
                .draw(on: canvas, in: chart)
            try Table(header: ["B", "fwd GEMM", "fwd per ex.", "gain", "train GEMM", "train per ex.", "gain"],
                      rows: rows, fontSize: FontSize.number).draw(on: canvas, in: side.inset(top: 10))
        }
    }
}
