import Tensors

/// min-char-rnn's training loop (IFT 780 slides 235–240; the gist Karpathy's listing comes from,
/// which the slides OCR'd wrongly — see chapter 8's errata): the text is read in consecutive
/// windows of T characters, each one a forward pass, backpropagation through time, clipping
/// to [−5, 5] and an Adagrad step; the hidden state is carried from one window to the next.
///
///     if p + T + 1 ≥ len(data) or n = 0:  h ← 0, p ← 0      (back to the start of the text)
///     inputs = data[p ..< p+T], targets = data[p+1 ..< p+T+1]
///     L, ∇θ, h = lossFun(inputs, targets, h);  clip ∇θ;  θ ← Adagrad(θ, ∇θ)
///     S ← 0.999·S + 0.001·L;  p ← p + T;  n ← n + 1
///
/// The restart test is the gist's own (it skips a last window that would just fit). A loss
/// that stops being finite throws ``RNNError/diverged(iteration:loss:)`` instead of training on.
public final class CharRNNTrainer {
    /// The hyper-parameters; the defaults are the slides' (hidden_size 100, seq_length 25,
    /// learning_rate 1e-1).
    public struct Settings: Sendable, Equatable {
        /// H, the number of hidden units.
        public var hiddenSize = 100
        /// T, the number of steps the network is unrolled for.
        public var sequenceLength = 25
        /// Adagrad's μ.
        public var learningRate = 0.1
        /// The seed of the weights (0.01·N(0, 1)).
        public var seed: UInt64 = 1

        /// The slides' settings, with `seed`.
        public init(hiddenSize: Int = 100, sequenceLength: Int = 25, learningRate: Double = 0.1, seed: UInt64 = 1) {
            self.hiddenSize = hiddenSize
            self.sequenceLength = sequenceLength
            self.learningRate = learningRate
            self.seed = seed
        }
    }

    /// The settings the run uses.
    public let settings: Settings
    /// The text's alphabet.
    public let vocabulary: CharacterVocabulary
    /// The text as symbol indices.
    public let data: [Int]
    /// θ as trained so far.
    public private(set) var model: VanillaRNN
    /// n, the number of windows trained on.
    public private(set) var iteration = 0
    /// p, where the next window starts (before the restart test).
    public private(set) var position = 0
    /// S, the smoothed loss.
    public private(set) var smoothedLoss: SmoothedLoss
    var optimizer: Adagrad<Double>
    /// h_{T−1} of the last window (min-char-rnn's `hprev`): where the next one starts unless it
    /// starts over.
    var lastHiddenState: [Double]

    /// A fresh network for `text` with `settings`.
    /// - Throws: ``RNNError`` for an empty text, a size below 1, a learning rate that is not a
    ///   positive number, or a window longer than the text allows (T + 1 characters are needed).
    public init(text: String, settings: Settings = Settings()) throws {
        let vocabulary = try CharacterVocabulary(text: text)
        let data = try vocabulary.encode(text)
        guard settings.sequenceLength >= 1 else {
            throw RNNError.invalidSize("the sequence length", value: settings.sequenceLength, minimum: 1)
        }
        guard settings.sequenceLength + 1 <= data.count else {
            throw RNNError.sequenceTooLong(length: settings.sequenceLength, textLength: data.count)
        }
        guard settings.learningRate > 0, settings.learningRate.isFinite else {
            throw RNNError.invalidLearningRate(settings.learningRate)
        }
        model = try VanillaRNN(vocabularySize: vocabulary.count, hiddenSize: settings.hiddenSize, seed: settings.seed)
        lastHiddenState = [Double](repeating: 0, count: settings.hiddenSize)
        optimizer = Adagrad(learningRate: settings.learningRate)
        smoothedLoss = SmoothedLoss(vocabularySize: vocabulary.count, sequenceLength: settings.sequenceLength)
        self.settings = settings
        self.vocabulary = vocabulary
        self.data = data
    }

    /// Where the next window starts, and whether it starts over from h = 0.
    var nextWindow: (start: Int, restart: Bool) {
        Self.window(at: position, iteration: iteration, length: settings.sequenceLength, textLength: data.count)
    }

    /// The gist's rule for window n: it starts at p, unless it is the first or the text has no
    /// T + 1 characters left after p — then it starts over at 0 from h = 0.
    public static func window(at position: Int, iteration: Int, length: Int, textLength: Int) -> (start: Int, restart: Bool) {
        let restart = position + length + 1 >= textLength || iteration == 0
        return (restart ? 0 : position, restart)
    }

    /// The hidden state the next window starts from (zeros when it starts over).
    public var nextHiddenState: [Double] {
        nextWindow.restart ? [Double](repeating: 0, count: settings.hiddenSize) : lastHiddenState
    }

    /// Trains on one window and returns its loss L (nats, summed over the T characters).
    /// - Throws: ``RNNError/diverged(iteration:loss:)`` when L is not finite.
    @discardableResult
    public func step() throws -> Double {
        let (start, length) = (nextWindow.start, settings.sequenceLength)
        let pass = try model.forward(inputs: Array(data[start..<(start + length)]),
                                     targets: Array(data[(start + 1)..<(start + length + 1)]), from: nextHiddenState)
        let loss = pass.loss
        guard loss.isFinite else { throw RNNError.diverged(iteration: iteration, loss: loss) }
        var gradient = try model.backward(pass)
        GradientClipping.clip(&gradient)
        smoothedLoss.update(with: loss)
        try optimizer.update(&model.parameters, gradient: gradient, name: "parameters")
        lastHiddenState = pass.lastHiddenState
        position = start + length
        iteration += 1
        return loss
    }

    /// `count` characters generated from where training stands, as the gist's progress samples
    /// are: after the next window's first character, from the hidden state it would start with,
    /// drawn at `temperature` (see ``VanillaRNN/sample(after:count:state:choice:temperature:using:)``).
    /// - Throws: ``RNNError`` when `count` is negative or the temperature is not positive.
    public func sample(count: Int, temperature: Double = 1, using generator: inout SeededGenerator) throws -> String {
        let symbols = try model.sample(after: data[nextWindow.start], count: count, state: nextHiddenState,
                                       temperature: temperature, using: &generator)
        return try vocabulary.decode(symbols)
    }
}
