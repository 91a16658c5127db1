import Tensors

/// A multilayer perceptron with L layers (the input layer is not counted, Apprentissage profond
/// ≈ slides 16–18):
///
///     x₀ = x
///     z_ℓ = W_ℓ x_ℓ₋₁ + w_ℓ₀,  x_ℓ = σ_ℓ(z_ℓ)     for the hidden layers ℓ = 1 … L − 1
///     z_L = W_L x_L₋₁ + w_L₀,   ŷ = φ(z_L)
///
/// with φ and the loss J given by ``Loss``. Every batch goes through each layer as one matrix
/// product (IFT 780, slides 10–16), and backpropagation runs the deck's loop (≈ slide 60) on the
/// whole batch at once:
///
///     δ_L = ∂J/∂z_L = (ŷ − y)/N   (rows; the shortcut of ≈ slides 50, 53)
///     for ℓ = L … 1:  ∇W_ℓ J = δ_ℓᵀ x_ℓ₋₁ (Σ over the batch of δ x ᵀ),  ∇w_ℓ₀ J = Σ δ_ℓ
///                     δ_ℓ₋₁ = σ′(z_ℓ₋₁) ⊙ W_ℓᵀ δ_ℓ
///
/// ``exampleGradients(input:target:)`` is the same algorithm for one example, written with
/// vectors and loops as the slides write it; the tests prove the two agree.
public struct MLP<Scalar: TensorScalar>: Sendable {
    /// The L dense layers, input side first.
    public var layers: [Dense<Scalar>]
    /// σ_ℓ of the hidden layers ℓ = 1 … L − 1 (one fewer than `layers`).
    public var activations: [Activation]
    /// The output activation φ and the loss J.
    public var loss: Loss

    /// A network from its layers.
    /// - Throws: ``TensorError`` when a layer's inputs do not match the previous layer's
    ///   neurons, or when there is not one activation per hidden layer.
    public init(layers: [Dense<Scalar>], activations: [Activation], loss: Loss) throws {
        guard !layers.isEmpty else { throw TensorError.invalidArgument("a network needs at least one layer") }
        guard activations.count == layers.count - 1 else {
            throw TensorError.invalidArgument(
                "\(layers.count) layers need \(layers.count - 1) hidden activations, got \(activations.count)")
        }
        for (below, above) in zip(layers, layers.dropFirst()) where above.inputCount != below.outputCount {
            throw TensorError.shapeMismatch(operation: "stacking dense layers (outputs of one, inputs of the next)",
                                            below.weight.shape, above.weight.shape)
        }
        self.layers = layers
        self.activations = activations
        self.loss = loss
    }

    /// A network with the given layer sizes — `[2, 16, 16, 4]` is 2 inputs, two hidden layers of
    /// 16 and 4 outputs — and one activation per hidden layer, its weights drawn from `seed`
    /// (``Initialization/suited(to:)`` for each layer unless `initialization` is given).
    public init(sizes: [Int], activations: [Activation], loss: Loss, seed: UInt64,
                initialization: Initialization? = nil) throws {
        guard sizes.count >= 2 else {
            throw TensorError.invalidArgument("a network needs an input size and at least one layer, got sizes \(sizes)")
        }
        guard activations.count == sizes.count - 2 else {
            throw TensorError.invalidArgument(
                "sizes \(sizes) need one activation per hidden layer (\(sizes.count - 2)), got \(activations.count)")
        }
        var generator = SeededGenerator(seed: seed)
        var layers: [Dense<Scalar>] = []
        for ℓ in 1..<sizes.count {
            let following = ℓ < sizes.count - 1 ? activations[ℓ - 1] : .identity
            layers.append(try Dense(inputs: sizes[ℓ - 1], outputs: sizes[ℓ],
                                    initialization: initialization ?? .suited(to: following), using: &generator))
        }
        try self.init(layers: layers, activations: activations, loss: loss)
    }

    /// The same activation on every hidden layer.
    public init(sizes: [Int], activation: Activation, loss: Loss, seed: UInt64,
                initialization: Initialization? = nil) throws {
        try self.init(sizes: sizes, activations: Array(repeating: activation, count: Swift.max(sizes.count - 2, 0)),
                      loss: loss, seed: seed, initialization: initialization)
    }

    /// Input size, then each layer's number of neurons.
    public var sizes: [Int] { [layers[0].inputCount] + layers.map(\.outputCount) }
    /// L, the number of layers (hidden and output; the input layer is not counted).
    public var depth: Int { layers.count }
    /// The neurons of the hidden and output layers.
    public var neuronCount: Int { layers.reduce(0) { $0 + $1.outputCount } }
    /// Σ_ℓ n_ℓ(n_ℓ₋₁ + 1), weights and biases.
    public var parameterCount: Int { layers.reduce(0) { $0 + $1.parameterCount } }

    /// σ_ℓ for layer index `i` (0-based): the hidden activation, or the identity for the output
    /// layer, whose φ belongs to the loss.
    @inlinable
    func activation(ofLayer i: Int) -> Activation { i < activations.count ? activations[i] : .identity }

    /// What the forward pass keeps for backpropagation: each layer's input x_ℓ₋₁ and its
    /// pre-activation z_ℓ (the scores z_L last).
    public struct Trace: Sendable {
        /// A trace from the layers' inputs and pre-activations, in layer order.
        @inlinable
        public init(inputs: [Tensor<Scalar>], preActivations: [Tensor<Scalar>]) {
            self.inputs = inputs
            self.preActivations = preActivations
        }

        /// x₀ … x_L₋₁.
        public var inputs: [Tensor<Scalar>]
        /// z₁ … z_L.
        public var preActivations: [Tensor<Scalar>]
        /// z_L, the scores before φ.
        @inlinable
        public var scores: Tensor<Scalar> { preActivations[preActivations.count - 1] }
    }

    /// The forward pass of a batch X (N, m) or of one example x (m), keeping what backward needs.
    @inlinable
    public func forward(_ x: Tensor<Scalar>) throws -> Trace {
        var trace = Trace(inputs: [], preActivations: [])
        var current = x
        for (i, layer) in layers.enumerated() {
            let z = try layer.forward(current)
            trace.inputs.append(current)
            trace.preActivations.append(z)
            current = activation(ofLayer: i).forward(z)
        }
        return trace
    }

    /// The scores z_L (before the output activation).
    @inlinable
    public func scores(_ x: Tensor<Scalar>) throws -> Tensor<Scalar> { try forward(x).scores }

    /// ŷ = φ(z_L).
    @inlinable
    public func predict(_ x: Tensor<Scalar>) throws -> Tensor<Scalar> { try loss.output(scores(x)) }

    /// The gradients of the mean loss over the batch, layer by layer, from a forward trace: the
    /// deck's loop run on the whole batch, one matrix product per gradient.
    @inlinable
    public func backward(_ trace: Trace, targets: Tensor<Scalar>) throws -> [DenseGradient<Scalar>] {
        var delta = try loss.delta(scores: trace.scores, targets: targets)
        var gradients: [DenseGradient<Scalar>] = []
        for i in stride(from: layers.count - 1, through: 0, by: -1) {
            let (gradient, upstream) = try layers[i].backward(delta, input: trace.inputs[i], needsInputGradient: i > 0)
            gradients.append(gradient)
            if let upstream {
                delta = try activation(ofLayer: i - 1).backward(upstream, at: trace.preActivations[i - 1])
            }
        }
        return gradients.reversed()
    }

    /// The mean loss of a batch and its gradients.
    @inlinable
    public func lossAndGradients(_ x: Tensor<Scalar>, targets: Tensor<Scalar>) throws
        -> (loss: Double, gradients: [DenseGradient<Scalar>]) {
        let trace = try forward(x)
        return (try loss.value(scores: trace.scores, targets: targets), try backward(trace, targets: targets))
    }
}
