import NeuralNet
import Tensors

/// min-char-rnn's training loop (the lesson's `CharRNNTrainer`, IFT 780 slides 235–240) on the
/// engine's Float window (``FastRNNWindow``): the same windows, the same restarts, the same
/// smoothed loss, the same seed's initial weights — each window's forward pass, BPTT, clipping
/// and Adagrad step in Float at engine speed. The lesson's trainer sets everything up (and
/// checks the text and settings); sampling runs the lesson's network (Double) made from θ.
public final class FastCharRNNTrainer {
    /// The settings, alphabet and encoded text of the run.
    public let settings: CharRNNTrainer.Settings
    public let vocabulary: CharacterVocabulary
    public let data: [Int]
    /// n, the number of windows trained on; p, where the next one starts (before the restart test).
    public private(set) var iteration = 0, position = 0
    /// S, the smoothed loss (nats per window).
    public private(set) var smoothedLoss: SmoothedLoss
    let window: FastRNNWindow

    /// A fresh network for `text` with `settings` (the weights the lesson draws from the seed).
    /// - Throws: ``RNNError`` as `CharRNNTrainer.init(text:settings:)` does.
    public init(text: String, settings: CharRNNTrainer.Settings = CharRNNTrainer.Settings()) throws {
        let lesson = try CharRNNTrainer(text: text, settings: settings)
        self.settings = settings
        vocabulary = lesson.vocabulary
        data = lesson.data
        smoothedLoss = lesson.smoothedLoss
        window = try FastRNNWindow(model: lesson.model, capacity: settings.sequenceLength)
    }

    private var nextWindow: (start: Int, restart: Bool) {
        CharRNNTrainer.window(at: position, iteration: iteration, length: settings.sequenceLength, textLength: data.count)
    }

    /// Trains on one window and returns its loss L (nats, summed over the T characters).
    /// - Throws: ``RNNError/diverged(iteration:loss:)`` when L is not finite.
    @discardableResult
    public func step() throws -> Double {
        let (start, restart) = nextWindow
        let length = settings.sequenceLength
        let loss = try window.forward(inputs: data[start..<(start + length)], targets: data[(start + 1)..<(start + length + 1)],
                                      from: restart ? .zero : .carried)
        guard loss.isFinite else { throw RNNError.diverged(iteration: iteration, loss: loss) }
        try window.backward()
        window.update(learningRate: settings.learningRate)
        smoothedLoss.update(with: loss)
        position = start + length
        iteration += 1
        return loss
    }

    /// θ as trained so far, as a lesson network (Double).
    public func model() throws -> VanillaRNN { try window.model() }

    /// The hidden state the next window starts from (zeros when it starts over).
    public var nextHiddenState: [Double] {
        nextWindow.restart ? [Double](repeating: 0, count: settings.hiddenSize) : window.lastHiddenState
    }

    /// `count` characters at `temperature`, as `CharRNNTrainer.sample(count:temperature:using:)`:
    /// after the next window's first character, from the state it would start with.
    /// - Throws: ``RNNError`` when `count` is negative or the temperature is not positive.
    public func sample(count: Int, temperature: Double = 1, using generator: inout SeededGenerator) throws -> String {
        let symbols = try model().sample(after: data[nextWindow.start], count: count, state: nextHiddenState,
                                         temperature: temperature, using: &generator)
        return try vocabulary.decode(symbols)
    }
}
