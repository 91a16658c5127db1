import NeuralNet
import Tensors

/// The translation of IFT 780 slides 243–248: an encoder–decoder (``EncoderDecoder``) learns
/// 'assez' → 'enough' with the slides' two alphabets, fr [<BoS>, a, e, s, z, <EoS>] and
/// en [<BoS>, e, g, h, n, o, u, <EoS>]. Trained with teacher forcing and Adagrad from a fixed
/// seed until greedy decoding writes 'enough' and the loss is below ``targetLoss``; one pair,
/// so the network learns that pair — the slides' point is the shape of the computation (5
/// letters in, 6 out, the encoder's last state as the decoder's first), not generalisation.
public struct AssezEnough: Sendable {
    /// The slides' pair.
    public static let source = "assez", target = "enough"
    /// Hidden units of both networks, seed, Adagrad's rate, the loss (nats per word) to reach
    /// and the most windows to try.
    public static let hiddenSize = 8, seed: UInt64 = 1, learningRate = 0.1, targetLoss = 0.1, maximumIterations = 5_000

    /// The two alphabets.
    public let french: CharacterVocabulary, english: CharacterVocabulary
    /// The trained network.
    public let model: EncoderDecoder
    /// The loss L of every iteration (nats, summed over the 7 decoder steps).
    public let losses: [Double]

    /// Iterations trained.
    public var iterations: Int { losses.count }
    /// The last iteration's loss.
    public var loss: Double { losses.last ?? .nan }

    /// <BoS> and <EoS> in the English alphabet.
    public var begin: Int { english.index(of: "<BoS>") ?? 0 }
    public var end: Int { english.index(of: "<EoS>") ?? english.count - 1 }

    /// Trains the pair.
    /// - Throws: ``RNNError/diverged(iteration:loss:)`` if it has not learnt within the limit.
    public static func train() throws -> AssezEnough {
        let french = try CharacterVocabulary(symbols: CharRNNExamples.frenchAlphabet)
        let english = try CharacterVocabulary(symbols: CharRNNExamples.englishAlphabet)
        let begin = english.index(of: "<BoS>") ?? 0, end = english.index(of: "<EoS>") ?? english.count - 1
        let source = try french.encode(Self.source), targets = try english.encode(Self.target) + [end]
        var model = try EncoderDecoder(sourceSize: french.count, targetSize: english.count, hiddenSize: hiddenSize, seed: seed)
        var optimizer = Adagrad<Double>(learningRate: learningRate)
        var losses: [Double] = []
        while losses.count < maximumIterations {
            var (pass, gradient) = try model.gradient(source: source, begin: begin, targets: targets)
            losses.append(pass.loss)
            if pass.loss < targetLoss, try model.translate(source, begin: begin, end: end).output == targets.dropLast() { break }
            GradientClipping.clip(&gradient)
            try optimizer.update(&model.parameters, gradient: gradient, name: "parameters")
        }
        guard try model.translate(source, begin: begin, end: end).output == targets.dropLast() else {
            throw RNNError.diverged(iteration: losses.count, loss: losses.last ?? .nan)
        }
        return AssezEnough(french: french, english: english, model: model, losses: losses)
    }

    /// Greedy translation of a word of the French alphabet's letters.
    /// - Throws: ``RNNError/unknownCharacter(_:position:)`` for a letter outside the alphabet.
    public func translate(_ word: String) throws -> (output: String, pass: EncoderDecoder.Pass) {
        let (output, pass) = try model.translate(try french.encode(word), begin: begin, end: end)
        return (try english.decode(output), pass)
    }
}
