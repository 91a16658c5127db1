import Foundation
import Tensors

/// An encoder–decoder of two vanilla RNNs (IFT 780 slides 243–248, after Sutskever, Vinyals and
/// Le 2014): the encoder reads the source word one one-hot letter at a time, and its last state
/// starts the decoder, which writes the target word from <BoS> until it writes <EoS>.
///
///     encoder   h_t = tanh(Wxh_e·x_t + Whh_e·h_{t−1} + bh_e)       h_{−1} = 0, t = 0 … S−1
///     decoder   s_t = tanh(Wxh_d·y_{t−1} + Whh_d·s_{t−1} + bh_d)    s_{−1} = h_{S−1}, y_{−1} = <BoS>
///               p_t = softmax(Why_d·s_t + by_d)
///     L = Σ_t −ln p_t[target_t]                                    (targets: the word, then <EoS>)
///
/// In training the decoder reads the true previous letter (teacher forcing); translating, it
/// reads the letter it just chose (greedy decoding: the most probable one). Source and target
/// have their own alphabets and lengths ("pas le même nombre d'entrées que de sorties").
///
/// θ is one vector, the blocks of ``Part`` one after the other (row-major), so that Adagrad and
/// the gradient check see one vector, as for ``VanillaRNN``.
public struct EncoderDecoder: Sendable, Equatable {
    /// The eight blocks of θ, in their order.
    public enum Part: String, CaseIterable, Sendable {
        case encoderWxh = "Wxh_e", encoderWhh = "Whh_e", encoderBh = "bh_e"
        case decoderWxh = "Wxh_d", decoderWhh = "Whh_d", decoderWhy = "Why_d", decoderBh = "bh_d", decoderBy = "by_d"
    }

    /// The sizes of the source and target alphabets and of both hidden states.
    public let sourceSize: Int, targetSize: Int, hiddenSize: Int
    /// θ, every parameter in one vector.
    public var parameters: Tensor<Double>

    /// The shape of a block.
    public func shape(of part: Part) -> [Int] {
        let (s, t, h) = (sourceSize, targetSize, hiddenSize)
        switch part {
        case .encoderWxh: return [h, s]
        case .encoderWhh, .decoderWhh: return [h, h]
        case .encoderBh, .decoderBh: return [h]
        case .decoderWxh: return [h, t]
        case .decoderWhy: return [t, h]
        case .decoderBy: return [t]
        }
    }

    /// Where a block lies in θ.
    public func range(of part: Part) -> Range<Int> {
        var start = 0
        for other in Part.allCases {
            let count = shape(of: other).reduce(1, *)
            if other == part { return start..<(start + count) }
            start += count
        }
        preconditionFailure("every part is in Part.allCases")
    }

    /// Weights N(0, 1)/√(fan-in) drawn from `seed` in θ's order, biases 0.
    /// - Throws: ``RNNError/invalidSize(_:value:minimum:)`` when a size is below 1.
    public init(sourceSize: Int, targetSize: Int, hiddenSize: Int, seed: UInt64) throws {
        for (what, value) in [("the source alphabet", sourceSize), ("the target alphabet", targetSize),
                              ("the number of hidden units", hiddenSize)] where value < 1 {
            throw RNNError.invalidSize(what, value: value, minimum: 1)
        }
        (self.sourceSize, self.targetSize, self.hiddenSize) = (sourceSize, targetSize, hiddenSize)
        parameters = Tensor([])
        var generator = SeededGenerator(seed: seed)
        var theta: [Double] = []
        for part in Part.allCases {
            let shape = shape(of: part)
            let scale = shape.count == 2 ? 1 / Double(shape[1]).squareRoot() : 0
            theta += (0..<shape.reduce(1, *)).map { _ in scale * generator.gaussian() }
        }
        parameters = Tensor(theta)
    }

    /// Everything one pass computed: the states of both networks and the decoder's distributions.
    public struct Pass: Sendable, Equatable {
        /// h_0 … h_{S−1}, one row of H values per source letter.
        public var encoderStates: [[Double]] = []
        /// s_0 … s_{T−1}, one row per decoder step.
        public var decoderStates: [[Double]] = []
        /// p_0 … p_{T−1}, one distribution over the target alphabet per decoder step.
        public var probabilities: [[Double]] = []
        /// The decoder's inputs y_{t−1} (<BoS> first).
        public var decoderInputs: [Int] = []
        /// L = Σ_t −ln p_t[target_t] (0 when decoding without targets).
        public var loss = 0.0
    }

    /// w·v + Σ for a block `part` read as a matrix, times `vector`, plus nothing else.
    func times(_ part: Part, _ vector: [Double]) -> [Double] {
        let (rows, cols) = (shape(of: part)[0], shape(of: part)[1]), start = range(of: part).lowerBound
        return (0..<rows).map { i in (0..<cols).reduce(0.0) { $0 + parameters.scalars[start + i * cols + $1] * vector[$1] } }
    }

    /// tanh(Wxh·onehot(x) + Whh·h + bh) for one of the two networks.
    func cell(_ wxh: Part, _ whh: Part, _ bh: Part, input x: Int, state h: [Double]) -> [Double] {
        let columns = shape(of: wxh)[1], (wx, b) = (range(of: wxh).lowerBound, range(of: bh).lowerBound)
        return zip(times(whh, h), 0..<hiddenSize).map { recurrent, i in
            tanh(parameters.scalars[wx + i * columns + x] + recurrent + parameters.scalars[b + i])
        }
    }

    /// softmax(Why_d·s + by_d).
    func output(_ s: [Double]) -> [Double] {
        let by = range(of: .decoderBy).lowerBound
        let scores = times(.decoderWhy, s).enumerated().map { $1 + parameters.scalars[by + $0] }
        let top = scores.max() ?? 0
        let exps = scores.map { exp($0 - top) }
        let total = exps.reduce(0, +)
        return exps.map { $0 / total }
    }

    /// The encoder over `source` (indices into the source alphabet): h_0 … h_{S−1}.
    public func encode(_ source: [Int]) throws -> [[Double]] {
        guard !source.isEmpty else { throw RNNError.invalidSize("the source word", value: 0, minimum: 1) }
        for x in source where !(0..<sourceSize).contains(x) { throw RNNError.indexOutOfRange(index: x, vocabularySize: sourceSize) }
        var states: [[Double]] = []
        var h = [Double](repeating: 0, count: hiddenSize)
        for x in source {
            h = cell(.encoderWxh, .encoderWhh, .encoderBh, input: x, state: h)
            states.append(h)
        }
        return states
    }

    /// Teacher forcing: the decoder reads `begin` then `targets` without its last, and is scored
    /// on `targets` (which end with <EoS>).
    /// - Throws: ``RNNError`` for an empty word or an index outside an alphabet.
    public func forward(source: [Int], begin: Int, targets: [Int]) throws -> Pass {
        guard !targets.isEmpty else { throw RNNError.invalidSize("the target word", value: 0, minimum: 1) }
        for y in targets + [begin] where !(0..<targetSize).contains(y) {
            throw RNNError.indexOutOfRange(index: y, vocabularySize: targetSize)
        }
        var pass = Pass()
        pass.encoderStates = try encode(source)
        pass.decoderInputs = [begin] + targets.dropLast()
        var s = pass.encoderStates[pass.encoderStates.count - 1]
        for (input, target) in zip(pass.decoderInputs, targets) {
            s = cell(.decoderWxh, .decoderWhh, .decoderBh, input: input, state: s)
            let p = output(s)
            pass.decoderStates.append(s)
            pass.probabilities.append(p)
            pass.loss -= log(p[target])
        }
        return pass
    }

    /// Greedy decoding: from <BoS>, feed back the most probable letter until `end` or
    /// `maxLength` letters; returns the letters (without `end`) and the pass.
    /// - Throws: ``RNNError`` for an empty word or an index outside an alphabet.
    public func translate(_ source: [Int], begin: Int, end: Int, maxLength: Int = 20) throws -> (output: [Int], pass: Pass) {
        for y in [begin, end] where !(0..<targetSize).contains(y) { throw RNNError.indexOutOfRange(index: y, vocabularySize: targetSize) }
        var pass = Pass()
        pass.encoderStates = try encode(source)
        var s = pass.encoderStates[pass.encoderStates.count - 1]
        var input = begin, output: [Int] = []
        for _ in 0..<maxLength {
            pass.decoderInputs.append(input)
            s = cell(.decoderWxh, .decoderWhh, .decoderBh, input: input, state: s)
            let p = self.output(s)
            pass.decoderStates.append(s)
            pass.probabilities.append(p)
            let choice = p.indices.max { p[$0] < p[$1] } ?? 0
            if choice == end { break }
            output.append(choice)
            input = choice
        }
        return (output, pass)
    }
}
