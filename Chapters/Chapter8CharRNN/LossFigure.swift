import Foundation
import NeuralNet
import Plot

/// Figure 3: the smoothed loss while min-char-rnn reads the Sonnets (the number the gist prints
/// every 100 iterations), from 25·ln V — what uniform guessing costs — downwards.
enum LossFigure {
    static func figure(_ run: SonnetsRun) -> Figure {
        let v = run.trainer.vocabulary.count, t = run.trainer.settings.sequenceLength
        let start = SmoothedLoss(vocabularySize: v, sequenceLength: t).value
        let last = run.history.last?.loss ?? start
        let xs = run.history.map { Double($0.iteration) }
        let loss = Series("smoothed loss S", x: xs, y: run.history.map(\.loss), color: Role.series(0).color)
        let uniform = Series(String(format: "25·ln %d = %.2f nats: uniform guessing", v, start),
                             x: [0, Double(run.iterations)], y: [start, start], color: .gray, dash: [6, 4])
        return Figure(
            id: "sonnets-loss", title: "Smoothed loss of min-char-rnn on the Sonnets, window by window",
            caption: String(format: "The loss of a window is Σ −ln p_t[target] over its 25 characters (nats); the curve "
                + "is min-char-rnn's running average S ← 0.999·S + 0.001·L, which starts at 25·ln V = %.2f for the "
                + "Sonnets' V = %d characters (104.36 for Karpathy's V = 65). After %@ windows (about %.1f passes over "
                + "the text) S = %.1f nats, %.2f nats per character. The average lags the window loss by ~1,000 windows.",
                start, v, NumberFormat.grouped(run.iterations) as NSString,
                Double(run.iterations * t) / Double(run.trainer.data.count), last, last / Double(t)),
            source: "IFT 780, slides 235–237 (min-char-rnn, H = 100, T = 25, μ = 0.1, seed 1)",
            width: 900, height: 420
        ) { canvas, area in
            try LineChart(series: [loss, uniform], xLabel: "iteration (windows of 25 characters)",
                          yLabel: "smoothed loss (nats per window)", yRange: 0...(start * 1.1).rounded(.up),
                          legend: .topRight).draw(on: canvas, in: area)
        }
    }
}
