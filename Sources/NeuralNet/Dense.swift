import Tensors

/// A fully connected layer z = W·x + w₀ (Apprentissage profond ≈ slide 18): W has one row per
/// neuron and one column per input, dim(x_ℓ) × dim(x_ℓ₋₁), and w₀ holds one bias per neuron.
///
/// A batch is a matrix with one example per row, X of shape (N, m). The N products W·xₙ are then
/// one matrix product, Z = X·Wᵀ + w₀ — the transpose of IFT 780's W·X with examples as columns
/// (slides 13–16): the same product, read row-major, computed by one GEMM.
///
/// Backward, given the rows δₙ = ∂J/∂zₙ in Δ (N, n) (≈ slides 47, 58–60):
///
///     ∇W J = Σₙ δₙ xₙᵀ = Δᵀ·X          (one GEMM)
///     ∇w₀ J = Σₙ δₙ
///     ∂J/∂xₙ = Wᵀ δₙ, i.e. Δ·W           (one GEMM; what the layer below needs)
///
/// Backward only computes gradients; an ``Optimizer`` changes the weights.
public struct Dense<Scalar: TensorScalar>: Sendable {
    /// W, shape (outputs, inputs).
    public var weight: Tensor<Scalar>
    /// w₀, shape (outputs).
    public var bias: Tensor<Scalar>

    /// A layer with the given weights and biases.
    /// - Throws: ``TensorError/shapeMismatch(operation:_:_:)`` unless W is (n, m) and w₀ is (n).
    @inlinable
    public init(weight: Tensor<Scalar>, bias: Tensor<Scalar>) throws {
        guard weight.rank == 2, bias.shape == [weight.shape[0]] else {
            throw TensorError.shapeMismatch(operation: "dense layer (W must be (n, m), w₀ must be (n))",
                                            weight.shape, bias.shape)
        }
        self.weight = weight
        self.bias = bias
    }

    /// A layer of `outputs` neurons on `inputs` inputs, weights drawn by `initialization`,
    /// biases zero.
    public init(inputs: Int, outputs: Int, initialization: Initialization,
                using generator: inout SeededGenerator) throws {
        guard inputs > 0, outputs > 0 else {
            throw TensorError.invalidArgument("a dense layer needs at least one input and one neuron, got \(inputs) → \(outputs)")
        }
        try self.init(weight: initialization.weights(shape: [outputs, inputs], fanIn: inputs, fanOut: outputs,
                                                     using: &generator),
                      bias: Tensor(zeros: [outputs]))
    }

    /// m, the number of inputs.
    @inlinable
    public var inputCount: Int { weight.shape[1] }
    /// n, the number of neurons.
    @inlinable
    public var outputCount: Int { weight.shape[0] }
    /// n(m + 1): every neuron has m weights and a bias (FIDLE, "Number of parameters").
    public var parameterCount: Int { Dense.parameterCount(inputs: inputCount, outputs: outputCount) }

    /// n(m + 1) parameters for n neurons fully connected to m inputs, or n·m without the biases
    /// (several slides count weights only, e.g. IFT 780 slide 25).
    public static func parameterCount(inputs m: Int, outputs n: Int, includingBias: Bool = true) -> Int {
        n * (includingBias ? m + 1 : m)
    }

    /// z = W·x + w₀ for a vector x (m), or Z = X·Wᵀ + w₀ for a batch X (N, m).
    /// - Throws: ``TensorError`` when x does not have m components.
    @inlinable
    public func forward(_ x: Tensor<Scalar>) throws -> Tensor<Scalar> {
        let (rows, columns) = try x.batchShape(role: "dense layer input")
        guard columns == inputCount else {
            throw TensorError.shapeMismatch(operation: "dense layer W·x (W is (n, m), x must have m components)",
                                            weight.shape, x.shape)
        }
        let n = outputCount
        var z = try Tensor.matmul(x.reshaped([rows, columns]), weight, transposeB: true)
        for r in 0..<rows {
            for j in 0..<n { z[offset: r * n + j] += bias[offset: j] }
        }
        return x.rank == 1 ? try z.reshaped([n]) : z
    }

    /// The gradients of the layer and, when asked, ∂J/∂x, from δ = ∂J/∂z and the input x the
    /// forward pass saw (vectors, or batches of rows: then the gradients are summed over rows).
    /// The first layer of a network skips ∂J/∂x (`needsInputGradient: false`).
    /// - Throws: ``TensorError`` when δ and x do not fit the layer.
    @inlinable
    public func backward(_ delta: Tensor<Scalar>, input x: Tensor<Scalar>,
                         needsInputGradient: Bool = true) throws -> (gradient: DenseGradient<Scalar>, input: Tensor<Scalar>?) {
        let (rows, columns) = try x.batchShape(role: "dense layer input")
        let n = outputCount
        guard columns == inputCount, delta.rank == x.rank, try delta.batchShape(role: "δ") == (rows, n) else {
            throw TensorError.shapeMismatch(
                operation: "dense layer backward with W \(TensorError.format(weight.shape)) (δ must be (N, \(n)) for an input (N, \(inputCount)))",
                delta.shape, x.shape)
        }
        // ∇W J = δᵀ·X, ∇w₀ J = Σ_rows δ, ∂J/∂X = δ·W.
        let (d, rowsX) = (try delta.reshaped([rows, n]), try x.reshaped([rows, columns]))
        var biasGradient = try Tensor<Scalar>(zeros: [n])
        for r in 0..<rows {
            for j in 0..<n { biasGradient[offset: j] += d[offset: r * n + j] }
        }
        let gradient = DenseGradient(weight: try Tensor.matmul(d, rowsX, transposeA: true), bias: biasGradient)
        let dx = needsInputGradient ? try Tensor.matmul(d, weight).reshaped(x.shape) : nil
        return (gradient, dx)
    }
}

/// ∇W J and ∇w₀ J of one dense layer, shaped like W and w₀.
public struct DenseGradient<Scalar: TensorScalar>: Sendable {
    /// ∇W J, shaped like W (outputs × inputs).
    public var weight: Tensor<Scalar>
    /// ∇w₀ J, one value per output.
    public var bias: Tensor<Scalar>

    /// The two gradients of one layer.
    @inlinable
    public init(weight: Tensor<Scalar>, bias: Tensor<Scalar>) {
        self.weight = weight
        self.bias = bias
    }
}
