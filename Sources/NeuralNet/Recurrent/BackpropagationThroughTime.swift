import Foundation
import Tensors

/// The forward pass of a ``VanillaRNN`` unrolled over a window of T symbols, and
/// backpropagation through time, side by side as min-char-rnn's `lossFun` writes them (IFT 780
/// slides 219–227 unroll the forward pass; slides 235–236 show the listing, as OCR'd):
///
///     forward, t = 0 … T−1, from a given h_{−1}:
///     h_t    = tanh(Wxh·x_t + Whh·h_{t−1} + bh)
///     y_t    = Why·h_t + by
///     p_t    = softmax(y_t)
///     L      = Σ_t −ln p_t[target_t]                    (nats)
///
///     backward, t = T−1 … 0, from dhnext = 0:
///     dy_t   = p_t − onehot(target_t)                   (softmax + cross-entropy)
///     dWhy  += dy_t·h_tᵀ          dby += dy_t
///     dh_t   = Whyᵀ·dy_t + dhnext
///     draw_t = (1 − h_t²) ⊙ dh_t                        (tanh′ = 1 − tanh²)
///     dWxh  += draw_t·x_tᵀ    dWhh += draw_t·h_{t−1}ᵀ    dbh += draw_t
///     dhnext = Whhᵀ·draw_t
///
/// Vectors are columns (n × 1) and every product is `Tensor.matmul`, as the gist's `np.dot`:
/// `Tensor.matmul(dy, h, transposeB: true)` is dy·hᵀ. −ln p_t[target_t] is computed as
/// LSE(y_t) − y_t[target_t] (``Softmax/logSumExp(_:)``), which stays finite when the probability
/// underflows. h_{−1} is a constant: like the gist, the gradient stops at the window's start
/// (truncated BPTT).
extension VanillaRNN {
    /// What the forward pass keeps for the backward pass: min-char-rnn's xs, hs and ps.
    public struct Pass: Sendable, Equatable {
        /// x_0 … x_{T−1} and target_0 … target_{T−1}, as symbol indices.
        public let inputs: [Int], targets: [Int]
        /// h_{−1}, the state the pass started from.
        public let initialHiddenState: [Double]
        /// h_0 … h_{T−1}, one row of H values per step.
        public let hiddenStates: [[Double]]
        /// p_0 … p_{T−1}, one distribution over the V symbols per step.
        public let probabilities: [[Double]]
        /// L = Σ_t −ln p_t[target_t], in nats.
        public let loss: Double

        /// h_{T−1}, the state the next window continues from (min-char-rnn's `hprev`).
        public var lastHiddenState: [Double] { hiddenStates.last ?? initialHiddenState }
    }

    /// One step of the cell from x_t (one-hot) and h_{t−1}: h_t and the scores y_t.
    static func step(_ w: RNNWeights, input x: Tensor<Double>,
                     state previous: Tensor<Double>) throws -> (h: Tensor<Double>, y: Tensor<Double>) {
        let h = try (Tensor.matmul(w.wxh, x) + Tensor.matmul(w.whh, previous) + w.bh).map { tanh($0) }
        let y = try Tensor.matmul(w.why, h) + w.by
        return (h, y)
    }

    /// The window `inputs` → `targets` from the state `state` (zeros when nil).
    /// - Throws: ``RNNError`` when the window is empty, the targets do not pair with the inputs,
    ///   an index is outside 0..<V or `state` does not have H values.
    public func forward(inputs: [Int], targets: [Int], from state: [Double]? = nil) throws -> Pass {
        guard !inputs.isEmpty else { throw RNNError.invalidSize("the sequence length", value: 0, minimum: 1) }
        guard targets.count == inputs.count else { throw RNNError.targetCountMismatch(inputs: inputs.count, targets: targets.count) }
        for index in inputs + targets where !(0..<vocabularySize).contains(index) {
            throw RNNError.indexOutOfRange(index: index, vocabularySize: vocabularySize)
        }
        let start = state ?? [Double](repeating: 0, count: hiddenSize)
        guard start.count == hiddenSize else { throw RNNError.hiddenStateSize(expected: hiddenSize, given: start.count) }
        let w = try RNNWeights(self)
        var h = try RNNWeights.column(start)
        var (hiddenStates, probabilities, loss) = ([[Double]](), [[Double]](), 0.0)
        for (x, target) in zip(inputs, targets) {
            let (next, y) = try Self.step(w, input: RNNWeights.oneHot(x, count: vocabularySize), state: h)
            h = next
            hiddenStates.append(h.scalars)
            probabilities.append(try Softmax.probabilities(Tensor(y.scalars)).scalars)
            loss += Softmax.logSumExp(y.scalars) - y.scalars[target]
        }
        return Pass(inputs: inputs, targets: targets, initialHiddenState: start, hiddenStates: hiddenStates,
                    probabilities: probabilities, loss: loss)
    }

    /// ∂L/∂θ of `pass`, in θ's layout (Wxh, Whh, Why, bh, by; see ``Part``).
    /// - Throws: ``TensorError/shapeMismatch(operation:_:_:)`` when `pass` was not made by a
    ///   network of this one's sizes.
    public func backward(_ pass: Pass) throws -> Tensor<Double> {
        guard pass.initialHiddenState.count == hiddenSize, pass.probabilities.allSatisfy({ $0.count == vocabularySize }) else {
            throw TensorError.shapeMismatch(operation: "BPTT of a vanilla RNN (H, V) on a pass of another network",
                                            [hiddenSize, vocabularySize],
                                            [pass.initialHiddenState.count, pass.probabilities.first?.count ?? 0])
        }
        let w = try RNNWeights(self)
        var (dWxh, dWhh, dWhy) = (try Tensor<Double>(zeros: w.wxh.shape), try Tensor<Double>(zeros: w.whh.shape),
                                  try Tensor<Double>(zeros: w.why.shape))
        var (dbh, dby) = (try Tensor<Double>(zeros: w.bh.shape), try Tensor<Double>(zeros: w.by.shape))
        var dhnext = try Tensor<Double>(zeros: w.bh.shape)
        for t in pass.inputs.indices.reversed() {
            let x = try RNNWeights.oneHot(pass.inputs[t], count: vocabularySize)
            let h = try RNNWeights.column(pass.hiddenStates[t])
            let previous = try RNNWeights.column(t > 0 ? pass.hiddenStates[t - 1] : pass.initialHiddenState)
            var dy = try RNNWeights.column(pass.probabilities[t])
            dy[offset: pass.targets[t]] -= 1
            dWhy = try dWhy + Tensor.matmul(dy, h, transposeB: true)
            dby = try dby + dy
            let dh = try Tensor.matmul(w.why, dy, transposeA: true) + dhnext
            let draw = try h.map { 1 - $0 * $0 } * dh
            dWxh = try dWxh + Tensor.matmul(draw, x, transposeB: true)
            dWhh = try dWhh + Tensor.matmul(draw, previous, transposeB: true)
            dbh = try dbh + draw
            dhnext = try Tensor.matmul(w.whh, draw, transposeA: true)
        }
        return Tensor(dWxh.scalars + dWhh.scalars + dWhy.scalars + dbh.scalars + dby.scalars)
    }
}
