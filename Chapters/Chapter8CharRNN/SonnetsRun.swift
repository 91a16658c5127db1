import Engine
import NeuralNet
import Tensors

/// The chapter's training run: min-char-rnn with the slides' settings (H = 100, T = 25,
/// μ = 0.1, IFT 780 slide 235) on the Sonnets (slides 236–237), recording the smoothed loss and
/// drawing a sample at a few iterations, as the gist prints them while it trains. The figures
/// of the loss, the samples, the hidden states and the probabilities all read this one run.
/// Training runs on the engine (`FastCharRNNTrainer`, Float); reading and sampling on the
/// lesson's network made from its weights.
struct SonnetsRun {
    /// Windows trained on: 30,000 (≈ 8 passes over the 95,728 characters, ≈ 3 s in release),
    /// or 1,000 in quick mode.
    let iterations: Int
    /// The smoothed loss after each recorded window (every 100, and the last).
    let history: [(iteration: Int, loss: Double)]
    /// The loss L of every window (nats per window), not smoothed.
    let windowLosses: [Double]
    /// Samples drawn before the windows numbered here (0: the untrained network), and after the last.
    let samples: [(iteration: Int, text: String)]
    /// The trainer (settings, alphabet, text, where it stands) and the trained network.
    let trainer: FastCharRNNTrainer
    let model: VanillaRNN

    /// The characters each sample has.
    static let sampleLength = 240
    /// The seed of every sample, so that two samples differ only by the network's training.
    static let sampleSeed: UInt64 = 1

    /// Trains on `text` (the Sonnets) with the slides' settings and seed 1.
    init(text: String, quick: Bool) throws {
        iterations = quick ? 1_000 : 30_000
        let trainer = try FastCharRNNTrainer(text: text, settings: CharRNNExamples.slideSettings)
        let checkpoints: Set<Int> = quick ? [0, 100, 300] : [0, 300, 1_000, 3_000, 10_000]
        var history: [(iteration: Int, loss: Double)] = []
        var samples: [(iteration: Int, text: String)] = []
        var windowLosses: [Double] = []
        windowLosses.reserveCapacity(iterations)
        func draw(_ n: Int) throws {
            var generator = SeededGenerator(seed: Self.sampleSeed)
            samples.append((n, try trainer.sample(count: Self.sampleLength, using: &generator)))
        }
        for n in 0..<iterations {
            if checkpoints.contains(n) { try draw(n) }
            windowLosses.append(try trainer.step())
            if n % 100 == 0 || n == iterations - 1 { history.append((n, trainer.smoothedLoss.value)) }
        }
        try draw(iterations)
        self.history = history
        self.windowLosses = windowLosses
        model = try trainer.model()
        self.samples = samples
        self.trainer = trainer
    }

    /// The first line of the Sonnets proper (slide 236's first verse), the line the hidden-state
    /// and probability figures read.
    static let line = "From fairest creatures we desire increase,\n"

    /// The network read along `line` from h = 0: its hidden states (one row per character) and
    /// its next-character distributions.
    func read(_ line: String) throws -> (hidden: [[Double]], probabilities: [[Double]]) {
        let symbols = try trainer.vocabulary.encode(line)
        let pass = try model.forward(inputs: Array(symbols.dropLast()), targets: Array(symbols.dropFirst()))
        return (pass.hiddenStates, pass.probabilities)
    }

    /// The temperatures of the temperature figure, and its samples' length.
    static let temperatures = [0.5, 1, 1.5]

    /// Samples of the trained network at each of ``temperatures``, each with the same seed.
    func temperatureSamples() throws -> [(temperature: Double, text: String)] {
        try Self.temperatures.map { temperature in
            var generator = SeededGenerator(seed: Self.sampleSeed)
            return (temperature, try trainer.sample(count: Self.sampleLength, temperature: temperature, using: &generator))
        }
    }
}
