import NeuralNet
import Tensors

/// One window of min-char-rnn in Float at engine speed: the forward pass, backpropagation
/// through time and the clipped Adagrad step of a ``VanillaRNN`` (IFT 780 slides 219–240), the
/// same arithmetic as the lesson's `VanillaRNN.forward(inputs:targets:from:)` and
/// `VanillaRNN.backward(_:)` (proven equal by Tests/EngineTests):
///
///     h_t = tanh(Wxh·x_t + Whh·h_{t−1} + bh),  p_t = softmax(Why·h_t + by),  L = Σ_t −ln p_t[target_t]
///     dWhy = dYᵀ·H,  dH = dY·Why,  draw_t = (1 − h_t²) ⊙ (dH_t + Whhᵀ·draw_{t+1}),  dWhh = dRawᵀ·H₋₁
///     g ← clip(g, −5, 5),  m ← m + g²,  θ ← θ − μ·g/√(m + 10⁻⁸)
///
/// Only the two recurrences (h_t from h_{t−1}, draw_t from draw_{t+1}) are step by step — one
/// H×H matrix–vector product each, eight-lane vectors in registers (``Lanes/combineRows``). The
/// outputs of all T steps (H·Whyᵀ) and the weight gradients (dWhy = dYᵀ·H, dY·Why, and
/// dWhh = Σ_t draw_t·h_{t−1}ᵀ as one (H×T)·(T×H) product) are one matrix product each
/// (``Lanes/product(_:rows:inner:lda:_:width:into:)``, faster than BLAS at these sizes). Wxh·x_t with a
/// one-hot x_t is a row of WxhT; its gradient touches only the rows of the window's characters,
/// and the Adagrad step skips the others (their gradient is 0, so the step would not move them).
/// tanh and exp are eight lanes at a time (``VectorMath``).
///
/// Layout: every row has W = H rounded up to 8 lanes (zeros beyond H, which stay zero); θ holds
/// WxhT (V×W), Whh (H×W), Why (V×W), bh (W), by (V rounded up to 8) one after the other, and
/// WhhT and WhyT (the forward pass's rows) are rebuilt after each step.
public final class FastRNNWindow {
    /// V, H and the longest window.
    public let vocabularySize: Int, hiddenSize: Int, capacity: Int
    /// W (H padded) and V padded, the row strides.
    let width: Int, outputWidth: Int
    /// Where each block starts in θ.
    let whh: Int, why: Int, bh: Int, by: Int
    let theta: FloatBuffer, gradient: FloatBuffer, memory: FloatBuffer
    /// Whhᵀ (H×W) and Whyᵀ (H×V padded), rebuilt after each step; scratch for transposed factors.
    let whhT: FloatBuffer, whyT: FloatBuffer, scratch: FloatBuffer
    /// (capacity + 1) rows: h_{−1}, h_0, …; capacity rows of p_t, of dy_t, of dh_t then draw_t.
    let hidden: FloatBuffer, probabilities: FloatBuffer, outputGradient: FloatBuffer, raw: FloatBuffer
    let carried: FloatBuffer
    var inputs: [Int], targets: [Int]
    /// The last vector of a row of V scores: 0 / −∞ added (−∞ on the padding lanes), 1 / 0 multiplied.
    let tailBlock: SIMD8<Float>, tailKeep: SIMD8<Float>
    /// The rows of WxhT the last backward pass wrote.
    var touched: [Int] = []
    var isTouched: [Bool]
    /// The number of steps of the last forward pass.
    public internal(set) var length = 0

    /// A window of up to `capacity` steps starting from `model`'s parameters (rounded to Float).
    /// - Throws: ``RNNError/invalidSize(_:value:minimum:)`` when `capacity` is below 1.
    public init(model: VanillaRNN, capacity: Int) throws {
        guard capacity >= 1 else { throw RNNError.invalidSize("the sequence length", value: capacity, minimum: 1) }
        let (v, h) = (model.vocabularySize, model.hiddenSize)
        vocabularySize = v
        hiddenSize = h
        self.capacity = capacity
        width = Lanes.round(h)
        outputWidth = Lanes.round(v)
        whh = v * width
        why = whh + h * width
        bh = why + v * width
        by = bh + width
        let count = by + outputWidth
        (theta, gradient, memory) = (FloatBuffer(count: count), FloatBuffer(count: count), FloatBuffer(count: count))
        whhT = FloatBuffer(count: h * width)
        whyT = FloatBuffer(count: h * outputWidth)
        scratch = FloatBuffer(count: max(outputWidth, width) * capacity)
        hidden = FloatBuffer(count: (capacity + 1) * width)
        probabilities = FloatBuffer(count: capacity * outputWidth)
        outputGradient = FloatBuffer(count: capacity * outputWidth)
        raw = FloatBuffer(count: capacity * width)
        carried = FloatBuffer(count: width)
        inputs = [Int](repeating: 0, count: capacity)
        targets = [Int](repeating: 0, count: capacity)
        isTouched = [Bool](repeating: false, count: v)
        let beyond = SIMD8<Int32>(0, 1, 2, 3, 4, 5, 6, 7) &+ Int32(outputWidth - 8) .>= Int32(v)
        tailBlock = SIMD8<Float>().replacing(with: -.infinity, where: beyond)
        tailKeep = SIMD8<Float>(repeating: 1).replacing(with: 0, where: beyond)
        load(model)
    }

    deinit {
        for buffer in [theta, gradient, memory, whhT, whyT, scratch, hidden, probabilities, outputGradient, raw, carried] { buffer.free() }
    }

    /// Copies `model`'s θ into the engine's layout (Adagrad's memory is left as it is).
    func load(_ model: VanillaRNN) {
        let (v, h, w) = (vocabularySize, hiddenSize, width)
        let p = model.parameters.scalars
        let (lessonWhh, lessonWhy) = (model.range(of: .whh).lowerBound, model.range(of: .why).lowerBound)
        let (lessonBh, lessonBy) = (model.range(of: .bh).lowerBound, model.range(of: .by).lowerBound)
        let t = theta.base
        for i in 0..<h {
            for x in 0..<v { t[x * w + i] = Float(p[i * v + x]) }
            for j in 0..<h { t[whh + i * w + j] = Float(p[lessonWhh + i * h + j]) }
            t[bh + i] = Float(p[lessonBh + i])
        }
        for x in 0..<v {
            for i in 0..<h { t[why + x * w + i] = Float(p[lessonWhy + x * h + i]) }
            t[by + x] = Float(p[lessonBy + x])
        }
        transposeBlocks()
    }

    /// θ as a lesson network (Double).
    public func model() throws -> VanillaRNN {
        var copy = try VanillaRNN(vocabularySize: vocabularySize, hiddenSize: hiddenSize, seed: 0)
        copy.parameters = try Tensor(shape: copy.parameters.shape, scalars: lessonLayout(theta))
        return copy
    }

    /// ∂L/∂θ of the last backward pass in the lesson's layout (Wxh, Whh, Why, bh, by).
    public func lessonGradient() -> [Double] { lessonLayout(gradient) }

    private func lessonLayout(_ buffer: FloatBuffer) -> [Double] {
        let (v, h, w, b) = (vocabularySize, hiddenSize, width, buffer.base)
        var result: [Double] = []
        result.reserveCapacity(VanillaRNN.parameterCount(vocabularySize: v, hiddenSize: h))
        for i in 0..<h { for x in 0..<v { result.append(Double(b[x * w + i])) } }
        for i in 0..<h { for j in 0..<h { result.append(Double(b[whh + i * w + j])) } }
        for x in 0..<v { for i in 0..<h { result.append(Double(b[why + x * w + i])) } }
        for i in 0..<h { result.append(Double(b[bh + i])) }
        for x in 0..<v { result.append(Double(b[by + x])) }
        return result
    }

    /// WhhT ← Whhᵀ and WhyT ← Whyᵀ (the forward pass's row layouts).
    func transposeBlocks() {
        let (v, h, w) = (vocabularySize, hiddenSize, width)
        Lanes.transpose(theta.base + whh, rows: h, cols: h, sourceStride: w, into: whhT.base, targetStride: w)
        Lanes.transpose(theta.base + why, rows: v, cols: h, sourceStride: w, into: whyT.base, targetStride: outputWidth)
    }

    /// h_{T−1} of the last forward pass.
    public var lastHiddenState: [Double] { (0..<hiddenSize).map { Double(hidden.base[length * width + $0]) } }
    /// h_t for t = 0 … T−1 of the last forward pass.
    public var hiddenStates: [[Double]] {
        (0..<length).map { t in (0..<hiddenSize).map { Double(hidden.base[(t + 1) * width + $0]) } }
    }
    /// p_t for t = 0 … T−1 of the last forward pass.
    public var outputProbabilities: [[Double]] {
        (0..<length).map { t in (0..<vocabularySize).map { Double(probabilities.base[t * outputWidth + $0]) } }
    }
}
