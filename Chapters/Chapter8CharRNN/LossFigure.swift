import Foundation
import NeuralNet
import Plot

/// Figure 3: the loss while min-char-rnn reads the Sonnets — every window's loss L and the
/// smoothed S the gist prints, in nats per window (min-char-rnn's unit), from 25·ln V (uniform
/// guessing) down; beside it the NumPy loop's S with the same settings (a recorded run).
enum LossFigure {
    /// One window in `stride` of the raw losses is drawn (30,000 points would only blacken the band).
    static let stride = 10

    static func figure(_ run: SonnetsRun) throws -> Figure {
        let v = run.trainer.vocabulary.count, t = run.trainer.settings.sequenceLength
        let start = SmoothedLoss(vocabularySize: v, sequenceLength: t).value
        let last = run.history.last?.loss ?? start
        let numpy = try NumPyLossRecord.recorded()
        let numpyCurve = numpy.smoothLoss.filter { $0[0] < Double(run.iterations) }
        let numpyLast = numpyCurve.last?[1] ?? start
        let raw = Swift.stride(from: 0, to: run.windowLosses.count, by: stride).map { Point(Double($0), run.windowLosses[$0]) }
        let series = [
            Series("L, the loss of each window (one in \(stride))", points: raw, color: Color.lightGray, dash: [], lineWidth: 0.6),
            Series("S, CNNLab (engine, Float)", x: run.history.map { Double($0.iteration) }, y: run.history.map(\.loss),
                   color: Role.series(0).color),
            Series("S, NumPy min-char-rnn (float64, recorded)", x: numpyCurve.map { $0[0] }, y: numpyCurve.map { $0[1] },
                   color: Role.series(1).color, dash: [5, 3]),
            Series(String(format: "25·ln %d = %.2f: uniform guessing", v, start), x: [0, Double(run.iterations)],
                   y: [start, start], color: .gray, dash: [2, 3]),
        ]
        return Figure(
            id: "sonnets-loss", title: "Loss of min-char-rnn on the Sonnets, window by window: CNNLab and the NumPy loop",
            caption: String(format: "The loss of a window is L = Σ −ln p_t[target] over its 25 characters, in nats per window "
                + "(divide by 25 for nats per character); grey: L of every %dth window, which swings with the text the window "
                + "reads. The curves are min-char-rnn's running average S ← 0.999·S + 0.001·L, from 25·ln V = %.2f for the "
                + "Sonnets' V = %d characters. After %@ windows (about %.1f passes over the text) CNNLab's S = %.1f nats "
                + "(%.2f per character); Karpathy's NumPy loop with the same settings and seed 1 (its own random weights) "
                + "is at %.1f (%.2f). S lags L by about 1,000 windows.",
                stride, start, v, NumberFormat.grouped(run.iterations) as NSString,
                Double(run.iterations * t) / Double(run.trainer.data.count), last, last / Double(t), numpyLast, numpyLast / Double(t)),
            source: "IFT 780, slides 235–237 (min-char-rnn, H = 100, T = 25, μ = 0.1, seed 1); NumPy curve recorded "
                + "\(numpy.date) by the peer benchmark",
            width: 900, height: 440
        ) { canvas, area in
            try LineChart(series: series, xLabel: "iteration (windows of 25 characters)",
                          yLabel: "loss (nats per window)", yRange: 0...(start * 1.15).rounded(.up),
                          legend: .topRight).draw(on: canvas, in: area)
        }
    }
}
