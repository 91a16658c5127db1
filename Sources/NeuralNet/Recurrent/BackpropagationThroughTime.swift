import Tensors

/// Backpropagation through time: the gradient of L = Σ_t −log p_t[target_t] with respect to
/// every parameter, walking the unrolled network of the last forward pass backwards
/// (min-char-rnn's `lossFun`; IFT 780 slides 235–236 show the forward half, as OCR'd):
///
///     dy_t   = p_t − onehot(target_t)                   (softmax + cross-entropy)
///     dWhy   = Σ_t dy_t·h_tᵀ          dby = Σ_t dy_t
///     dh_t   = Whyᵀ·dy_t + dhnext                       (dhnext = 0 after the last step)
///     draw_t = (1 − h_t²) ⊙ dh_t                        (tanh′ = 1 − tanh²)
///     dWxh  += draw_t·x_tᵀ    dWhh += draw_t·h_{t−1}ᵀ    dbh += draw_t
///     dhnext = Whhᵀ·draw_t
///
/// Only the dhnext line is sequential; the sums over t are products of the stacked rows
/// (dWhy = dYᵀ·H, dWhh = dRawᵀ·H₋₁, the Whyᵀ·dy_t of every step = dY·Why), each one `gemm`.
/// The state h_{−1} the pass started from is a constant: like the gist, the gradient stops at
/// the window's start (truncated BPTT).
extension RNNWorkspace {
    /// Writes ∂L/∂θ of the last forward pass into `gradient` (θ's layout, see ``VanillaRNN``).
    /// - Throws: ``TensorError/shapeMismatch(operation:_:_:)`` when `model` is not the one this
    ///   workspace's sizes describe or `gradient` does not have θ's size; ``RNNError`` when no
    ///   forward pass ran.
    public func backward(_ model: VanillaRNN, into gradient: inout Tensor<Double>) throws {
        try check(model)
        guard length > 0 else { throw RNNError.invalidSize("the forward pass before backward (steps)", value: 0, minimum: 1) }
        guard gradient.shape == model.parameters.shape else {
            throw TensorError.shapeMismatch(operation: "the gradient of an RNN's parameters", model.parameters.shape, gradient.shape)
        }
        model.parameters.withUnsafeBufferPointer { theta in
            gradient.withUnsafeMutableBufferPointer { g in
                propagateBack(theta.baseAddress!, model: model, into: g.baseAddress!)
            }
        }
    }

    /// The backward pass over raw buffers: θ in, ∂L/∂θ out (overwritten).
    func propagateBack(_ theta: UnsafePointer<Double>, model: VanillaRNN, into g: UnsafeMutablePointer<Double>) {
        let (v, h, steps) = (vocabularySize, hiddenSize, length)
        let whh = model.range(of: .whh).lowerBound, why = model.range(of: .why).lowerBound
        let bh = model.range(of: .bh).lowerBound, by = model.range(of: .by).lowerBound
        g.update(repeating: 0, count: model.parameters.count)
        // dy_t = p_t − onehot(target_t), and dby = Σ_t dy_t.
        outputGradient.update(from: probabilities, count: steps &* v)
        for t in 0..<steps {
            let dy = outputGradient + t &* v
            dy[targets[t]] -= 1
            for j in 0..<v { g[by &+ j] += dy[j] }
        }
        // dWhy = dYᵀ·H (V × H) and every step's Whyᵀ·dy_t = dY·Why (T × H).
        gemm(transposeA: true, transposeB: false, m: v, n: h, k: steps, a: outputGradient, lda: v,
             b: hidden + h, ldb: h, c: g + why, ldc: h, accumulate: false)
        gemm(transposeA: false, transposeB: false, m: steps, n: h, k: v, a: outputGradient, lda: v,
             b: theta + why, ldb: h, c: hiddenGradient, ldc: h, accumulate: false)
        // Back through the recurrence: dh_t = (from y_t) + dhnext, then through the tanh.
        carried.update(repeating: 0, count: h)
        for t in stride(from: steps &- 1, through: 0, by: -1) {
            let state = hidden + (t &+ 1) &* h, raw = hiddenGradient + t &* h
            for i in 0..<h {
                let ht = state[i]
                raw[i] = (1 - ht * ht) * (raw[i] + carried[i])
                g[bh &+ i] += raw[i]
                g[i &* v &+ inputs[t]] += raw[i]  // dWxh's column for the one-hot x_t
            }
            if t > 0 {
                gemm(transposeA: true, transposeB: false, m: h, n: 1, k: h, a: theta + whh, lda: h,
                     b: raw, ldb: 1, c: carried, ldc: 1, accumulate: false)
            }
        }
        // dWhh = dRawᵀ·H₋₁, the rows h_{−1} … h_{T−2}.
        gemm(transposeA: true, transposeB: false, m: h, n: h, k: steps, a: hiddenGradient, lda: h,
             b: hidden, ldb: h, c: g + whh, ldc: h, accumulate: false)
    }
}
