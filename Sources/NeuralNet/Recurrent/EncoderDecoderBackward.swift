import Tensors

/// Backpropagation through time across the encoder–decoder (``EncoderDecoder``): through the
/// decoder from its last step back to s_{−1} = h_{S−1}, then on through the encoder — the
/// encoder learns only from what the decoder needed of its last state.
///
///     dy_t = p_t − onehot(target_t)                   dWhy_d += dy_t·s_tᵀ     dby_d += dy_t
///     ds_t = Why_dᵀ·dy_t + dsnext      draw_t = (1 − s_t²) ⊙ ds_t
///     dWxh_d[:, y_{t−1}] += draw_t     dWhh_d += draw_t·s_{t−1}ᵀ  dbh_d += draw_t   dsnext = Whh_dᵀ·draw_t
///     dh_{S−1} = dsnext after step 0, then the same three lines for the encoder (h_{−1} = 0)
extension EncoderDecoder {
    /// The teacher-forced pass and ∂L/∂θ (θ's layout).
    /// - Throws: as ``forward(source:begin:targets:)``.
    public func gradient(source: [Int], begin: Int, targets: [Int]) throws -> (pass: Pass, gradient: Tensor<Double>) {
        let pass = try forward(source: source, begin: begin, targets: targets)
        var g = [Double](repeating: 0, count: parameters.count)
        let h = hiddenSize
        let theta = parameters.scalars
        /// g[block] += a·bᵀ (a: rows values, b: cols values).
        func addOuter(_ part: Part, _ a: [Double], _ b: [Double]) {
            let start = range(of: part).lowerBound, cols = shape(of: part)[1]
            for i in a.indices { for j in b.indices { g[start + i * cols + j] += a[i] * b[j] } }
        }
        /// Mᵀ·v for the block `part`.
        func transposedTimes(_ part: Part, _ v: [Double]) -> [Double] {
            let start = range(of: part).lowerBound, cols = shape(of: part)[1]
            return (0..<cols).map { j in v.indices.reduce(0.0) { $0 + theta[start + $1 * cols + j] * v[$1] } }
        }
        /// One step back through a cell: draw = (1 − state²) ⊙ d, then its three gradients;
        /// returns what flows on to the previous state.
        func cellBack(_ wxh: Part, _ whh: Part, _ bh: Part, d: [Double], state: [Double], previous: [Double], input: Int) -> [Double] {
            let draw = zip(state, d).map { (1 - $0 * $0) * $1 }
            let (wx, b, cols) = (range(of: wxh).lowerBound, range(of: bh).lowerBound, shape(of: wxh)[1])
            for i in 0..<h {
                g[b + i] += draw[i]
                g[wx + i * cols + input] += draw[i]
            }
            addOuter(whh, draw, previous)
            return transposedTimes(whh, draw)
        }
        let encoderLast = pass.encoderStates[pass.encoderStates.count - 1]
        var next = [Double](repeating: 0, count: h)
        let by = range(of: .decoderBy).lowerBound
        for t in targets.indices.reversed() {
            var dy = pass.probabilities[t]
            dy[targets[t]] -= 1
            for (j, value) in dy.enumerated() { g[by + j] += value }
            addOuter(.decoderWhy, dy, pass.decoderStates[t])
            let ds = zip(transposedTimes(.decoderWhy, dy), next).map { $0 + $1 }
            next = cellBack(.decoderWxh, .decoderWhh, .decoderBh, d: ds, state: pass.decoderStates[t],
                            previous: t > 0 ? pass.decoderStates[t - 1] : encoderLast, input: pass.decoderInputs[t])
        }
        let zero = [Double](repeating: 0, count: h)
        for t in source.indices.reversed() {
            next = cellBack(.encoderWxh, .encoderWhh, .encoderBh, d: next, state: pass.encoderStates[t],
                            previous: t > 0 ? pass.encoderStates[t - 1] : zero, input: source[t])
        }
        return (pass, Tensor(g))
    }
}
