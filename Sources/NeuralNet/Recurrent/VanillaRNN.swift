import Tensors

/// A vanilla recurrent network over one-hot symbols (IFT 780 slides 207–209, 220; Karpathy's
/// min-char-rnn, slides 235–236):
///
///     h_t = tanh(Wxh·x_t + Whh·h_{t−1} + bh)
///     y_t = Why·h_t + by
///     p_t = softmax(y_t)
///
/// with V symbols and H hidden units: Wxh is H×V, Whh H×H, Why V×H, bh has H values and by V.
/// (The slides' h_i = tanh(Wxh·x_i + Whh·h_{i−1}) leaves the biases out; the gist has them.)
///
/// The parameters θ are one vector — Wxh, Whh, Why, bh, by one after the other, each row-major —
/// so that gradient clipping, Adagrad and the gradient check treat them as the single vector
/// they are; ``Part`` names the pieces. The scalars are `Double`: min-char-rnn computes in
/// float64, the gradient check needs it, and at H = 100 the products are so small that the
/// cost is in the sequential recurrence, not in the width of the numbers.
public struct VanillaRNN: Sendable, Equatable {
    /// The five parameter blocks, in their order in θ.
    public enum Part: String, CaseIterable, Sendable {
        case wxh = "Wxh", whh = "Whh", why = "Why", bh = "bh", by = "by"
    }

    /// V, the number of symbols.
    public let vocabularySize: Int
    /// H, the number of hidden units.
    public let hiddenSize: Int
    /// θ, every parameter in one vector (see ``Part`` and ``range(of:)``).
    public var parameters: Tensor<Double>

    /// The number of parameters: H·V + H·H + V·H + H + V.
    public static func parameterCount(vocabularySize v: Int, hiddenSize h: Int) -> Int {
        h * v + h * h + v * h + h + v
    }

    /// The shape of a block: [H, V], [H, H], [V, H], [H] or [V].
    public func shape(of part: Part) -> [Int] {
        let (v, h) = (vocabularySize, hiddenSize)
        switch part {
        case .wxh: return [h, v]
        case .whh: return [h, h]
        case .why: return [v, h]
        case .bh: return [h]
        case .by: return [v]
        }
    }

    /// Where a block lies in θ.
    public func range(of part: Part) -> Range<Int> {
        let (v, h) = (vocabularySize, hiddenSize)
        let start: Int
        switch part {
        case .wxh: start = 0
        case .whh: start = h * v
        case .why: start = h * v + h * h
        case .bh: start = 2 * h * v + h * h
        case .by: start = 2 * h * v + h * h + h
        }
        return start..<(start + shape(of: part).reduce(1, *))
    }

    /// A copy of one block with its shape.
    public func tensor(_ part: Part) throws -> Tensor<Double> {
        try Tensor(shape: shape(of: part), scalars: Array(parameters.scalars[range(of: part)]))
    }

    /// min-char-rnn's start: weights 0.01·N(0, 1), biases 0 (IFT 780 slide 235), drawn from
    /// `seed` in the order Wxh, Whh, Why.
    /// - Throws: ``RNNError/invalidSize(_:value:minimum:)`` when V or H is below 1.
    public init(vocabularySize: Int, hiddenSize: Int, seed: UInt64) throws {
        guard vocabularySize >= 1 else { throw RNNError.invalidSize("the vocabulary size", value: vocabularySize, minimum: 1) }
        guard hiddenSize >= 1 else { throw RNNError.invalidSize("the number of hidden units", value: hiddenSize, minimum: 1) }
        self.vocabularySize = vocabularySize
        self.hiddenSize = hiddenSize
        var generator = SeededGenerator(seed: seed)
        let count = Self.parameterCount(vocabularySize: vocabularySize, hiddenSize: hiddenSize)
        let weights = 2 * hiddenSize * vocabularySize + hiddenSize * hiddenSize
        var theta = [Double](repeating: 0, count: count)
        for i in 0..<weights { theta[i] = 0.01 * generator.gaussian() }
        parameters = Tensor(theta)
    }

    /// A network with the given blocks (Wxh H×V, Whh H×H, Why V×H, bh H, by V).
    /// - Throws: ``TensorError/shapeMismatch(operation:_:_:)`` naming the block that does not fit.
    public init(wxh: Tensor<Double>, whh: Tensor<Double>, why: Tensor<Double>, bh: Tensor<Double>, by: Tensor<Double>) throws {
        guard wxh.rank == 2, wxh.shape[0] >= 1, wxh.shape[1] >= 1 else {
            throw TensorError.shapeMismatch(operation: "Wxh of a vanilla RNN (H, V)", [1, 1], wxh.shape)
        }
        hiddenSize = wxh.shape[0]
        vocabularySize = wxh.shape[1]
        parameters = Tensor([])
        for (part, block) in zip(Part.allCases, [wxh, whh, why, bh, by]) where block.shape != shape(of: part) {
            throw TensorError.shapeMismatch(operation: "\(part.rawValue) of a vanilla RNN", shape(of: part), block.shape)
        }
        parameters = Tensor(wxh.scalars + whh.scalars + why.scalars + bh.scalars + by.scalars)
    }
}
