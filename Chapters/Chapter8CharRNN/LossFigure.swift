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
        let series = { (language: Language) in [
            Series(Text.everyWindow(language, ["stride": .integer(stride)]), points: raw, color: Color.lightGray, dash: [], lineWidth: 0.6),
            Series(Text.smoothedCNNLab(language), x: run.history.map { Double($0.iteration) }, y: run.history.map(\.loss),
                   color: Role.series(0).color),
            Series(Text.smoothedNumPy(language), x: numpyCurve.map { $0[0] }, y: numpyCurve.map { $0[1] },
                   color: Role.series(1).color, dash: [5, 3]),
            Series(Text.uniform(language, ["v": .integer(v), "start": .fixed(start, decimals: 2)]), x: [0, Double(run.iterations)],
                   y: [start, start], color: .gray, dash: [2, 3]),
        ] }
        return Figure(
            id: "sonnets-loss", title: Text.lossTitle.words(),
            caption: Text.lossCaption.words([
                "stride": .integer(stride), "start": .fixed(start, decimals: 2), "v": .integer(v), "iterations": .count(run.iterations),
                "passes": .fixed(Double(run.iterations * t) / Double(run.trainer.data.count), decimals: 1),
                "last": .fixed(last, decimals: 1), "lastPerCharacter": .fixed(last / Double(t), decimals: 2),
                "numpy": .fixed(numpyLast, decimals: 1), "numpyPerCharacter": .fixed(numpyLast / Double(t), decimals: 2)]),
            source: Text.lossSource.words(["date": .text(numpy.date)]), width: 900, height: 440
        ) { canvas, area, language in
            try LineChart(series: series(language), xLabel: Text.iterationAxis(language),
                          yLabel: Text.lossAxis(language), yRange: 0...(start * 1.15).rounded(.up),
                          legend: .topRight).draw(on: canvas, in: area)
        }
    }
}
