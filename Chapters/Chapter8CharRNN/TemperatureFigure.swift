import Foundation
import NeuralNet
import Plot

/// Figure: the trained network's text at temperatures 0.5, 1 and 1.5 — p_τ = softmax(y/τ), the
/// knob every char-RNN demo turns (Karpathy's char-rnn `-temperature`; slides 228–233 draw from p).
enum TemperatureFigure {
    static func figure(_ run: SonnetsRun) throws -> Figure {
        let samples = try run.temperatureSamples()
        let blocks = samples.map { sample -> (title: Words, text: String) in
            let note: Text = sample.temperature < 1 ? .sharper : sample.temperature > 1 ? .flatter : .ownDistribution
            let tau = String(format: "%g", sample.temperature)
            return (title: Words { "τ = " + NumberFormat.prose(tau, in: $0) + " — " + note($0) }, text: sample.text)
        }
        return SamplesFigure.figure(
            id: "temperature", title: Text.temperatureTitle.words(),
            caption: Text.temperatureCaption.words(["length": .integer(SonnetsRun.sampleLength), "iterations": .count(run.iterations)]),
            source: Text.temperatureSource.words(), blocks: blocks)
    }
}
