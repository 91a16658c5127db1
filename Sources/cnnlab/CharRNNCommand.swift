import ArgumentParser
import Chapter8CharRNN
import Engine
import Foundation
import NeuralNet
import Tensors

/// `cnnlab charrnn`: min-char-rnn (IFT 780 slides 218–240) on "masse", a Shakespeare text or a
/// file: prints the smoothed loss every `--every` windows, as the gist does, then a sample; with
/// `--json`, one JSON object on the last line. Training runs on the engine's Float window
/// (`FastCharRNNTrainer`), sampling on the lesson's network.
struct CharRNNCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "charrnn",
        abstract: "Train a character-level vanilla RNN (min-char-rnn) and sample text from it (chapter 8).",
        discussion: """
            The corpus is the slides' word masse (3 hidden units, windows of the whole word), the name of a \
            Shakespeare text of the cache (sonnets, hamlet, …; `make data` fetches them), or a UTF-8 file. \
            Each iteration trains on the next window of --seq characters: backpropagation through time, \
            gradients clipped to [−5, 5], Adagrad. The loss printed is the smoothed loss in nats per window, \
            starting at seq·ln V. Training computes in Float (the engine); the sample is drawn at --temperature τ \
            (softmax of the scores divided by τ: below 1 safer, above 1 wilder).
            """)

    @Option(name: .long, help: "masse, a Shakespeare text name (sonnets, hamlet, …), or a UTF-8 text file.")
    var corpus: String

    @Option(name: .long, help: "Windows to train on (default 300 for masse, 2000 otherwise).")
    var iterations: Int?

    @Option(name: .long, help: "Hidden units H (default 3 for masse, 100 otherwise).")
    var hidden: Int?

    @Option(name: .long, help: "Window length T in characters, 1 to 1000000 (default 4 for masse, 25 otherwise).")
    var seq: Int?

    @Option(name: .long, help: "Adagrad's learning rate μ.")
    var lr: Double = 0.1

    @Option(name: .long, help: "Seed of the weights and of the sample.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Characters to sample at the end.")
    var sample: Int = 200

    @Option(name: .long, help: "Print the smoothed loss every K windows.")
    var every: Int = 100

    @Option(name: .long, help: "Sampling temperature τ > 0 (1: the model's own distribution).")
    var temperature: Double = 1

    @Flag(name: .long, help: "End with one JSON object on one line: corpus, vocabulary_size, iterations, hidden, seq, seed, smooth_loss, chars_per_s, sample.")
    var json = false

    func execute() throws {
        try checkRanges()
        let text = try CharRNNCorpus(named: corpus)
        var settings = text.defaultSettings
        settings.seed = seed
        settings.learningRate = lr
        if let hidden { settings.hiddenSize = hidden }
        if let seq { settings.sequenceLength = seq }
        try Self.checkMemory(text.text, settings)
        let trainer = try FastCharRNNTrainer(text: text.text, settings: settings)
        let count = iterations ?? (corpus == CharRNNExamples.masse ? 300 : 2000)
        print("\(corpus): \(trainer.data.count) characters, \(trainer.vocabulary.count) distinct; H = \(settings.hiddenSize), "
            + "T = \(settings.sequenceLength), μ = \(settings.learningRate), seed \(seed); smoothed loss starts at "
            + String(format: "%.3f", trainer.smoothedLoss.value))
        let started = Date()
        for n in 0..<count {
            try trainer.step()
            if n % every == 0 || n == count - 1 {
                print(String(format: "iter %d, loss: %f", n, trainer.smoothedLoss.value))
            }
        }
        let seconds = Date().timeIntervalSince(started)
        let charsPerSecond = Double(count * settings.sequenceLength) / max(seconds, 1e-9)
        print(String(format: "%d iterations in %.2f s (%.0f per second, %.0f characters per second)",
                     count, seconds, Double(count) / max(seconds, 1e-9), charsPerSecond))
        var generator = SeededGenerator(seed: seed)
        let sampled = try trainer.sample(count: sample, temperature: temperature, using: &generator)
        print("----\n" + sampled + "\n----")
        if json {
            print(JSONLine([("corpus", .text(corpus)), ("vocabulary_size", .int(trainer.vocabulary.count)),
                            ("iterations", .int(count)), ("hidden", .int(settings.hiddenSize)), ("seq", .int(settings.sequenceLength)),
                            ("seed", .int(Int(seed))), ("smooth_loss", .number(trainer.smoothedLoss.value)),
                            ("chars_per_s", .number(charsPerSecond.rounded())), ("sample", .text(sampled))]).rendered)
        }
    }

    /// The numbers the library does not bound (it checks sizes ≥ 1 and T + 1 ≤ the text's length).
    private func checkRanges() throws {
        if let iterations, !(1...10_000_000).contains(iterations) {
            throw CommandError("--iterations must be from 1 to 10000000, got \(iterations)")
        }
        if let hidden, !(1...1024).contains(hidden) {
            throw CommandError("--hidden must be from 1 to 1024 units, got \(hidden)")
        }
        if let seq, !(1...1_000_000).contains(seq) { throw CommandError("--seq must be from 1 to 1000000 characters, got \(seq)") }
        guard (0...1_000_000).contains(sample) else { throw CommandError("--sample must be from 0 to 1000000 characters, got \(sample)") }
        guard every >= 1 else { throw CommandError("--every must be a positive number of iterations, got \(every)") }
        guard lr > 0, lr.isFinite else { throw CommandError("--lr must be a positive number, got \(lr)") }
        guard temperature > 0, temperature.isFinite else {
            throw CommandError("--temperature must be a positive number, got \(temperature)")
        }
    }

    /// Refuses a run whose memory does not fit: V = the text's distinct Unicode scalars (the
    /// alphabet, no normalisation), P = 2HV + H² + H + V parameters held four times (weights,
    /// gradient, Adagrad's memory, a spare for the clipped step), T steps of 3V + 2H values for
    /// backpropagation through time, and the text as indices — all Double.
    private static func checkMemory(_ text: String, _ settings: CharRNNTrainer.Settings) throws {
        let vocabulary = Set(text.unicodeScalars).count, (hidden, steps) = (settings.hiddenSize, settings.sequenceLength)
        let parameters = MemoryEstimate.sum([MemoryEstimate.product([2, hidden, vocabulary]), MemoryEstimate.product([hidden, hidden]),
                                             hidden, vocabulary])
        var estimate = MemoryEstimate()
        estimate.add("parameters, gradients and Adagrad memory for \(vocabulary) characters", shape: [4, parameters], bytesPerValue: 8)
        estimate.add("the unrolled window", shape: [steps, MemoryEstimate.sum([3 * vocabulary, 2 * hidden])], bytesPerValue: 8)
        estimate.add("the text", shape: [text.unicodeScalars.count], bytesPerValue: 8)
        try estimate.check("charrnn")
    }
}
