import Foundation
import NeuralNet
import Plot

/// Figure: the trained network's text at temperatures 0.5, 1 and 1.5 — p_τ = softmax(y/τ), the
/// knob every char-RNN demo turns (Karpathy's char-rnn `-temperature`; slides 228–233 draw from p).
enum TemperatureFigure {
    static func figure(_ run: SonnetsRun) throws -> Figure {
        let samples = try run.temperatureSamples()
        let blocks = samples.map { sample -> (title: String, text: String) in
            let note = sample.temperature < 1 ? "sharper: the likely characters likelier"
                : sample.temperature > 1 ? "flatter: rare characters more often" : "the model's own distribution"
            return (title: "τ = " + String(format: "%g", sample.temperature) + " — " + note, text: sample.text)
        }
        return SamplesFigure.figure(
            id: "temperature", title: "Sampling temperature: the same network and seed at τ = 0.5, 1 and 1.5",
            caption: "Each sample is \(SonnetsRun.sampleLength) characters after \(NumberFormat.grouped(run.iterations)) "
                + "windows, drawn from p_τ = softmax(y_t/τ) = p_t^(1/τ)/Σ p_t^(1/τ) with the same seed. At τ = 0.5 the text "
                + "keeps to frequent words (the, thou, all) in long lines; at τ = 1 it is what the network learnt; at τ = 1.5 rare "
                + "characters, capitals and broken words come in.",
            source: "IFT 780, slides 228–233 (sampling, one character at a time); beyond the slides: the temperature",
            blocks: blocks)
    }
}
