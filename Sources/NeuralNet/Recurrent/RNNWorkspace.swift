import Foundation
import Tensors

/// The forward pass of a ``VanillaRNN`` over a sequence, unrolled in time (IFT 780 slides
/// 219–227), keeping exactly what backpropagation through time needs: every hidden state and
/// every output distribution.
///
///     h_t = tanh(Wxh·x_t + Whh·h_{t−1} + bh)       t = 0 … T−1, h_{−1} given
///     p_t = softmax(Why·h_t + by)
///     L   = Σ_t −log p_t[target_t]                 (min-char-rnn's loss, in nats)
///
/// Wxh·x_t with a one-hot x_t is the column of Wxh for the symbol, so it is read, not
/// multiplied. The recurrence is sequential (one H×H product per step, through `gemm`); the
/// outputs of all T steps are one T×H by H×V product. The buffers are allocated once, for
/// `capacity` steps: a forward or backward pass allocates nothing.
public final class RNNWorkspace {
    /// V, the number of symbols.
    public let vocabularySize: Int
    /// H, the number of hidden units.
    public let hiddenSize: Int
    /// The longest sequence the buffers hold.
    public let capacity: Int
    /// The number of steps of the last forward pass.
    public private(set) var length = 0

    /// (capacity + 1) × H: row 0 is h_{−1}, row t + 1 is h_t.
    let hidden: UnsafeMutablePointer<Double>
    /// capacity × V: p_t, one row per step.
    let probabilities: UnsafeMutablePointer<Double>
    /// capacity × V: ∂L/∂y_t = p_t − onehot(target_t) during the backward pass.
    let outputGradient: UnsafeMutablePointer<Double>
    /// capacity × H: ∂L/∂h_t from the outputs, then ∂L/∂(pre-activation) of step t.
    let hiddenGradient: UnsafeMutablePointer<Double>
    /// H: ∂L/∂h_t carried back from step t + 1 (min-char-rnn's `dhnext`).
    let carried: UnsafeMutablePointer<Double>
    /// capacity: the input and target indices of the last forward pass.
    let inputs: UnsafeMutablePointer<Int>
    let targets: UnsafeMutablePointer<Int>

    /// Where the first hidden state h_{−1} of a forward pass comes from.
    public enum InitialState: Sendable {
        /// h_{−1} = 0 (the start of the text).
        case zero
        /// The last hidden state of the previous forward pass (min-char-rnn's `hprev`).
        case carried
        /// A given vector of H values.
        case given([Double])
    }

    /// Buffers for sequences of up to `capacity` steps of a V-symbol, H-unit network.
    /// - Throws: ``RNNError/invalidSize(_:value:minimum:)`` when a size is below 1.
    public init(vocabularySize: Int, hiddenSize: Int, capacity: Int) throws {
        for (what, value) in [("the vocabulary size", vocabularySize), ("the number of hidden units", hiddenSize),
                              ("the sequence length", capacity)] where value < 1 {
            throw RNNError.invalidSize(what, value: value, minimum: 1)
        }
        self.vocabularySize = vocabularySize
        self.hiddenSize = hiddenSize
        self.capacity = capacity
        func buffer(_ count: Int) -> UnsafeMutablePointer<Double> {
            let pointer = UnsafeMutablePointer<Double>.allocate(capacity: count)
            pointer.initialize(repeating: 0, count: count)
            return pointer
        }
        hidden = buffer((capacity + 1) * hiddenSize)
        probabilities = buffer(capacity * vocabularySize)
        outputGradient = buffer(capacity * vocabularySize)
        hiddenGradient = buffer(capacity * hiddenSize)
        carried = buffer(hiddenSize)
        inputs = .allocate(capacity: capacity)
        inputs.initialize(repeating: 0, count: capacity)
        targets = .allocate(capacity: capacity)
        targets.initialize(repeating: 0, count: capacity)
    }

    /// Buffers sized for `model`.
    public convenience init(for model: VanillaRNN, capacity: Int) throws {
        try self.init(vocabularySize: model.vocabularySize, hiddenSize: model.hiddenSize, capacity: capacity)
    }

    deinit {
        for pointer in [hidden, probabilities, outputGradient, hiddenGradient, carried] { pointer.deallocate() }
        inputs.deallocate()
        targets.deallocate()
    }

    /// Runs the network over `inputs` from `state` and returns L = Σ_t −log p_t[targets_t].
    /// - Throws: ``RNNError`` when the sequence is empty, longer than `capacity`, holds an
    ///   index outside 0..<V, or the targets do not pair with the inputs; a
    ///   ``TensorError/shapeMismatch(operation:_:_:)`` when `model` is not V×H.
    @discardableResult
    public func forward(_ model: VanillaRNN, inputs: ArraySlice<Int>, targets: ArraySlice<Int>,
                        from state: InitialState) throws -> Double {
        try check(model)
        guard !inputs.isEmpty else { throw RNNError.invalidSize("the sequence length", value: 0, minimum: 1) }
        guard inputs.count <= capacity else { throw RNNError.sequenceBeyondCapacity(length: inputs.count, capacity: capacity) }
        guard targets.count == inputs.count else { throw RNNError.targetCountMismatch(inputs: inputs.count, targets: targets.count) }
        for index in [inputs, targets].joined() where !(0..<vocabularySize).contains(index) {
            throw RNNError.indexOutOfRange(index: index, vocabularySize: vocabularySize)
        }
        try start(from: state)
        for (t, (x, target)) in zip(inputs, targets).enumerated() {
            self.inputs[t] = x
            self.targets[t] = target
        }
        length = inputs.count
        return model.parameters.withUnsafeBufferPointer { theta in propagate(theta.baseAddress!, model: model) }
    }

    /// h_t for t = 0 … T−1 of the last forward pass (T rows of H values).
    public var hiddenStates: [[Double]] { (0..<length).map { row(hidden + ($0 + 1) * hiddenSize, hiddenSize) } }
    /// h_{−1}, the state the last forward pass started from.
    public var initialHiddenState: [Double] { row(hidden, hiddenSize) }
    /// h_{T−1}, the state the next pass continues from.
    public var lastHiddenState: [Double] { row(hidden + length * hiddenSize, hiddenSize) }
    /// p_t for t = 0 … T−1 of the last forward pass (T rows of V probabilities).
    public var outputProbabilities: [[Double]] { (0..<length).map { row(probabilities + $0 * vocabularySize, vocabularySize) } }

    /// Sets h_{−1} (row 0) and forgets the rest of the previous pass.
    func start(from state: InitialState) throws {
        switch state {
        case .zero:
            hidden.update(repeating: 0, count: hiddenSize)
        case .carried:
            if length > 0 { hidden.update(from: hidden + length * hiddenSize, count: hiddenSize) }
        case let .given(vector):
            guard vector.count == hiddenSize else { throw RNNError.hiddenStateSize(expected: hiddenSize, given: vector.count) }
            hidden.update(from: vector, count: hiddenSize)
        }
        length = 0
    }

    /// One step on from the current state (h_{−1} ← the last hidden state) with input `input`;
    /// returns p_0, valid until the next pass. Sampling's loop: nothing is allocated.
    func advance(_ theta: UnsafePointer<Double>, model: VanillaRNN, input: Int) -> UnsafePointer<Double> {
        if length > 0 { hidden.update(from: hidden + length * hiddenSize, count: hiddenSize) }
        inputs[0] = input
        targets[0] = input  // any valid index: the loss is not wanted
        length = 1
        _ = propagate(theta, model: model)
        return UnsafePointer(probabilities)
    }

    /// The hidden states and output distributions of the `length` steps whose inputs are set;
    /// returns Σ_t −log p_t[target_t], computed as LSE(y_t) − y_t[target_t] so that it stays
    /// finite when a probability underflows.
    func propagate(_ theta: UnsafePointer<Double>, model: VanillaRNN) -> Double {
        let (v, h, steps) = (vocabularySize, hiddenSize, length)
        let wxh = theta, whh = theta + model.range(of: .whh).lowerBound, why = theta + model.range(of: .why).lowerBound
        let bh = theta + model.range(of: .bh).lowerBound, by = theta + model.range(of: .by).lowerBound
        for t in 0..<steps {
            let previous = hidden + t &* h, current = hidden + (t &+ 1) &* h
            gemm(transposeA: false, transposeB: false, m: h, n: 1, k: h, a: whh, lda: h,
                 b: previous, ldb: 1, c: current, ldc: 1, accumulate: false)
            let x = inputs[t]
            for i in 0..<h { current[i] = tanh(current[i] + wxh[i &* v &+ x] + bh[i]) }
        }
        // y_t = Why·h_t for every t at once: (T × H)·(V × H)ᵀ.
        gemm(transposeA: false, transposeB: true, m: steps, n: v, k: h, a: hidden + h, lda: h,
             b: why, ldb: h, c: probabilities, ldc: v, accumulate: false)
        var loss = 0.0
        for t in 0..<steps {
            let p = probabilities + t &* v
            var largest = -Double.infinity
            for j in 0..<v {
                p[j] += by[j]
                largest = max(largest, p[j])
            }
            let targetScore = p[targets[t]] - largest
            var total = 0.0
            for j in 0..<v {
                p[j] = exp(p[j] - largest)
                total += p[j]
            }
            loss += log(total) - targetScore
            let scale = 1 / total
            for j in 0..<v { p[j] *= scale }
        }
        return loss
    }

    func check(_ model: VanillaRNN) throws {
        guard model.vocabularySize == vocabularySize, model.hiddenSize == hiddenSize else {
            throw TensorError.shapeMismatch(operation: "an RNN workspace (V, H) and its network",
                                            [vocabularySize, hiddenSize], [model.vocabularySize, model.hiddenSize])
        }
    }

    private func row(_ start: UnsafePointer<Double>, _ count: Int) -> [Double] {
        Array(UnsafeBufferPointer(start: start, count: count))
    }
}
