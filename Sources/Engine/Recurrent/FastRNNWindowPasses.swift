import Foundation
import NeuralNet

/// The three passes of ``FastRNNWindow``: forward, backward (BPTT) and the clipped Adagrad step.
extension FastRNNWindow {
    /// Where h_{−1} comes from: zeros, or h_{T−1} of the previous window (min-char-rnn's hprev).
    public enum Start: Sendable { case zero, carried }

    /// Runs the window over `inputs` and returns L = Σ_t −ln p_t[targets_t] (nats).
    /// - Throws: ``RNNError`` for an empty window, one longer than `capacity`, an index outside
    ///   0..<V or targets that do not pair with the inputs.
    @discardableResult
    public func forward(inputs: ArraySlice<Int>, targets: ArraySlice<Int>, from start: Start) throws -> Double {
        guard !inputs.isEmpty else { throw RNNError.invalidSize("the sequence length", value: 0, minimum: 1) }
        guard inputs.count <= capacity else { throw RNNError.sequenceBeyondCapacity(length: inputs.count, capacity: capacity) }
        guard targets.count == inputs.count else { throw RNNError.targetCountMismatch(inputs: inputs.count, targets: targets.count) }
        for index in [inputs, targets].joined() where !(0..<vocabularySize).contains(index) {
            throw RNNError.indexOutOfRange(index: index, vocabularySize: vocabularySize)
        }
        switch start {
        case .zero: hidden.base.update(repeating: 0, count: width)
        case .carried: if length > 0 { hidden.base.update(from: hidden.base + length * width, count: width) }
        }
        for (t, (x, y)) in zip(inputs, targets).enumerated() { (self.inputs[t], self.targets[t]) = (x, y) }
        length = inputs.count
        return propagate()
    }

    /// The recurrence, the outputs and the loss of the `length` steps whose inputs are set.
    func propagate() -> Double {
        let (h, w, steps) = (hiddenSize, width, length)
        let t0 = theta.base, states = hidden.base
        for t in 0..<steps {
            let current = states + (t &+ 1) &* w
            Lanes.combineRows(whhT.base, rows: h, width: w, weights: states + t &* w, into: current)
            let column = t0 + inputs[t] &* w
            for c in stride(from: 0, to: w, by: 8) {
                let z = Lanes.load(current + c) + Lanes.load(column + c) + Lanes.load(t0 + (bh &+ c))
                Lanes.store(VectorMath.tanh(z), current + c)
            }
        }
        // y_t = Why·h_t for every t at once: H (T × W) · Whyᵀ (W × V).
        Lanes.product(states + w, rows: steps, inner: h, lda: w, whyT.base, width: outputWidth, into: probabilities.base)
        var loss = 0.0
        for t in 0..<steps { loss += softmax(row: probabilities.base + t &* outputWidth, target: targets[t]) }
        return loss
    }

    /// p ← softmax(y + by) in place over the V entries of a row (the padding lanes set to 0);
    /// returns −ln p[target] = ln Σ e^(y−max) − (y[target] − max).
    private func softmax(row p: UnsafeMutablePointer<Float>, target: Int) -> Double {
        let bias = theta.base + by, last = outputWidth &- 8
        var largest = Lanes.Vector(repeating: -.infinity)
        for c in stride(from: 0, to: outputWidth, by: 8) {
            // The padding lanes of the last vector get −∞ (tailBlock), so that e^(y − max) = 0 there.
            let y = Lanes.load(p + c) + Lanes.load(bias + c) + (c == last ? tailBlock : Lanes.Vector())
            Lanes.store(y, p + c)
            largest.replace(with: y, where: y .> largest)
        }
        let top = largest.max()
        let targetScore = p[target] - top
        var sum = Lanes.Vector()
        for c in stride(from: 0, to: outputWidth, by: 8) {
            let e = VectorMath.exp(Lanes.load(p + c) - top) * (c == last ? tailKeep : Lanes.Vector(repeating: 1))
            Lanes.store(e, p + c)
            sum += e
        }
        let total = sum.sum()
        let scale = 1 / total
        for c in stride(from: 0, to: outputWidth, by: 8) { Lanes.store(Lanes.load(p + c) * scale, p + c) }
        return log(Double(total)) - Double(targetScore)
    }

    /// ∂L/∂θ of the last forward pass into the gradient buffer.
    /// - Throws: ``RNNError`` when no forward pass ran.
    public func backward() throws {
        guard length > 0 else { throw RNNError.invalidSize("the forward pass before backward (steps)", value: 0, minimum: 1) }
        let (v, h, w, vw, steps) = (vocabularySize, hiddenSize, width, outputWidth, length)
        let t0 = theta.base, g = gradient.base, states = hidden.base, dY = outputGradient.base, dRaw = raw.base
        for x in touched {
            (g + x &* w).update(repeating: 0, count: w)
            isTouched[x] = false
        }
        touched.removeAll(keepingCapacity: true)
        (g + bh).update(repeating: 0, count: w + vw)
        // dy_t = p_t − onehot(target_t); dby = Σ_t dy_t.
        dY.update(from: probabilities.base, count: steps &* vw)
        for t in 0..<steps {
            let dy = dY + t &* vw
            dy[targets[t]] -= 1
            for c in stride(from: 0, to: vw, by: 8) { Lanes.store(Lanes.load(g + (by &+ c)) + Lanes.load(dy + c), g + (by &+ c)) }
        }
        // dWhy = dYᵀ·H (V × W) and dH = dY·Why (T × W).
        Lanes.transpose(dY, rows: steps, cols: v, sourceStride: vw, into: scratch.base, targetStride: steps)
        Lanes.product(scratch.base, rows: v, inner: steps, lda: steps, states + w, width: w, into: g + why)
        Lanes.product(dY, rows: steps, inner: v, lda: vw, t0 + why, width: w, into: dRaw)
        // Back through the recurrence: draw_t = (1 − h_t²) ⊙ (dH_t + dhnext).
        carried.base.update(repeating: 0, count: w)
        for t in stride(from: steps &- 1, through: 0, by: -1) {
            let state = states + (t &+ 1) &* w, d = dRaw + t &* w
            let x = inputs[t], row = g + x &* w
            if !isTouched[x] {
                isTouched[x] = true
                touched.append(x)
            }
            for c in stride(from: 0, to: w, by: 8) {
                let ht = Lanes.load(state + c)
                let value = (1 - ht * ht) * (Lanes.load(d + c) + Lanes.load(carried.base + c))
                Lanes.store(value, d + c)
                Lanes.store(Lanes.load(g + (bh &+ c)) + value, g + (bh &+ c))
                Lanes.store(Lanes.load(row + c) + value, row + c)
            }
            if t > 0 { Lanes.combineRows(t0 + whh, rows: h, width: w, weights: d, into: carried.base) }
        }
        // dWhh = dRawᵀ·H₋₁ (H × W): Σ_t draw_t·h_{t−1}ᵀ in one product.
        Lanes.transpose(dRaw, rows: steps, cols: h, sourceStride: w, into: scratch.base, targetStride: steps)
        Lanes.product(scratch.base, rows: h, inner: steps, lda: steps, states, width: w, into: g + whh)
    }

    /// Clips the gradient to [−5, 5] and takes an Adagrad step of rate μ (min-char-rnn's update,
    /// IFT 780 slide 235): the dense blocks Whh, Why, bh, by, and the rows of WxhT the window used.
    public func update(learningRate: Double) {
        let rate = Float(learningRate)
        let dense = gradient.count - whh
        step(from: whh, count: dense, rate: rate)
        for x in touched { step(from: x &* width, count: width, rate: rate) }
        transposeBlocks()
    }

    /// g ← clip(g, −5, 5), m ← m + g², θ ← θ − μ·g/√(m + 10⁻⁸) over `count` entries (a multiple
    /// of 8), eight lanes at a time; 1/√ is ``VectorMath/reciprocalSquareRoot(_:)``.
    private func step(from start: Int, count: Int, rate: Float) {
        let t = theta.base + start, g = gradient.base + start, m = memory.base + start
        let (low, high) = (Lanes.Vector(repeating: -5), Lanes.Vector(repeating: 5))
        for c in stride(from: 0, to: count, by: 8) {
            var clipped = Lanes.load(g + c)
            clipped.replace(with: low, where: clipped .< low)
            clipped.replace(with: high, where: clipped .> high)
            let sum = Lanes.load(m + c) + clipped * clipped
            Lanes.store(clipped, g + c)
            Lanes.store(sum, m + c)
            Lanes.store(Lanes.load(t + c) - rate * clipped * VectorMath.reciprocalSquareRoot(sum + 1e-8), t + c)
        }
    }
}
