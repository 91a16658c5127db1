import Foundation
import Plot

/// Figure 5: time per example of one matrix product per mini-batch against one matrix–vector
/// product per example, as the batch grows — drawn from the measurement `cnnlab bench mlp
/// --record` wrote in Measurements/vectorisation.json, never timed while the report renders.
enum VectorisationFigure {
    static func make() throws -> Figure {
        let record = try Vectorisation.recorded()
        let results = record.measurements
        let b = results.map { Double($0.batch) }
        let us = 1e6
        let series = [
            Series("forward, one GEMM per batch", x: b, y: results.map { $0.forwardBatched * us }, color: Role.series(0).color, marker: .circle),
            Series("forward, one product per example", x: b, y: results.map { $0.forwardPerExample * us }, color: Role.series(0).color,
                   marker: .square, dash: [5, 4]),
            Series("forward + backward, batched", x: b, y: results.map { $0.trainingBatched * us }, color: Role.series(2).color, marker: .circle),
            Series("forward + backward, per example", x: b, y: results.map { $0.trainingPerExample * us }, color: Role.series(2).color,
                   marker: .square, dash: [5, 4]),
        ]
        let rows = results.map { r in
            [String(r.batch), measured(r.forwardBatched * us), measured(r.forwardPerExample * us),
             measured(r.forwardPerExample / r.forwardBatched, digits: 2) + "×",
             measured(r.trainingBatched * us), measured(r.trainingPerExample * us),
             measured(r.trainingPerExample / r.trainingBatched, digits: 2) + "×"]
        }
        let n = record.layerSize
        return Figure(
            id: "minibatch-vectorisation", title: "One matrix product per mini-batch against one product per example",
            caption: caption(record), source: "IFT 780 slides 10–17 (the claim), measured by cnnlab bench mlp",
            width: 1000, height: 470
        ) { canvas, rect in
            let (chart, side) = rect.sliceRight(520, spacing: 24)
            try LineChart(series: series, xLabel: "batch size B (examples per mini-batch, \(n) → \(n) layer)",
                          yLabel: "time per example (μs)", logX: true, logXBase: 2, logY: true,
                          legend: .bottomLeft)
                .draw(on: canvas, in: chart)
            try Table(header: ["B", "fwd GEMM", "fwd per ex.", "gain", "train GEMM", "train per ex.", "gain"],
                      rows: rows, fontSize: FontSize.number).draw(on: canvas, in: side.inset(top: 10))
        }
    }

    /// A measured time or ratio, every digit shown ("2.00", not "2").
    static func measured(_ value: Double, digits: Int = 3) -> String {
        NumberFormat.significant(value, digits: digits, trailingZeros: true)
    }

    /// What was timed, where the numbers come from, and what they show (every number from `record`).
    static func caption(_ record: Vectorisation.Record) -> String {
        let us = 1e6, n = record.layerSize
        let machine = record.machine
        let first = record.measurements[0]
        let top = record.measurements.last { $0.batch <= 32 } ?? first
        let kernel = machine.openblasCoretype.map { "OPENBLAS_CORETYPE=\($0)" } ?? "the kernel OpenBLAS picks"
        return "A dense \(n) → \(n) layer in Float, OpenBLAS underneath. Solid: the mini-batch X (B × \(n)) goes through "
            + "as one matrix product Z = X·Wᵀ + w₀ (and, for training, ∇W = ΔᵀX and ∂J/∂X = ΔW: three products); dashed: "
            + "one matrix–vector product per example, and for training each example's gradient δxᵀ added into the batch's "
            + "sum. At B = \(first.batch) the forward passes take \(measured(first.forwardBatched * us)) and "
            + "\(measured(first.forwardPerExample * us)) μs per example; the one product reuses each weight "
            + "for all B examples while it is in cache, and at B = \(top.batch) — the top of IFT 780's \"2 to 32\" — it is "
            + "\(measured(top.forwardPerExample / top.forwardBatched, digits: 2))× faster forward and "
            + "\(measured(top.trainingPerExample / top.trainingBatched, digits: 2))× faster for a training "
            + "step. The weights (\(n * n * 4 / 1024) kB) fit in the cache, which keeps the per-example product fast. "
            + "Measured by make bench (cnnlab bench mlp, release build) on a \(machine.cores)-core \(machine.processor) "
            + "on \(record.date), OpenBLAS on \(machine.blasThreads) thread\(machine.blasThreads == 1 ? "" : "s") with "
            + "\(kernel), best of \(record.repetitions) runs, and recorded with the chapter's sources, so every "
            + "generation draws the same numbers (cnnlab bench mlp --record measures them again)."
    }
}
