import Tensors

/// A network as a list of layers applied one after the other — LeNet's conv → pool → conv →
/// pool → dense stack (IFT 780 slides 166–169), Görner's strided convolutions (Pasco slides
/// 42–48) — ending with scores z for C classes, read through a softmax by the cross-entropy
/// loss (Apprentissage profond ≈ slide 23).
///
/// Backpropagation is the deck's loop (≈ slide 60) with layers instead of dense steps: the
/// forward pass keeps each layer's cache (its input, pooling winners, dropout masks, batch-norm
/// x̂), then δ = ∂J/∂z = (ŷ − y)/N goes back through the layers in reverse, each turning ∂J/∂(its
/// output) into ∂J/∂(its input) and the gradients of its own parameters. Parameters are named
/// `<layer>.<parameter>` (`conv1.weight`), as PyTorch's `state_dict` names them.
///
/// Training mode draws dropout masks from the network's own seeded generator and updates the
/// batch-norm running statistics; ``scores(_:)`` is the test mode (no dropout, running
/// statistics). The network is a value: a copy replays the same dropout masks.
public struct Sequential<Scalar: TensorScalar>: Sendable {
    /// One named layer ("conv1", "W4").
    public struct NamedLayer: Sendable {
        /// The slides' name, plus the activation's or "dropout" for the layers a recipe adds; the
        /// prefix of the layer's parameter names.
        public var name: String
        /// What the layer computes, with its parameters.
        public var layer: any Layer<Scalar>

        /// A layer named `name`.
        public init(_ name: String, _ layer: any Layer<Scalar>) {
            self.name = name
            self.layer = layer
        }
    }

    /// What a training forward pass keeps: each layer's backward pass with its cache, and the scores.
    public struct Trace: Sendable {
        /// Each layer's backward pass, its cache bound, in layer order.
        public var backwards: [LayerBackward<Scalar>]
        /// The last layer's output, the scores z before the softmax.
        public var scores: Tensor<Scalar>

        /// A trace from its parts.
        @inlinable
        public init(backwards: [LayerBackward<Scalar>], scores: Tensor<Scalar>) {
            self.backwards = backwards
            self.scores = scores
        }
    }

    /// The layers, input side first.
    public var layers: [NamedLayer]
    /// One example's shape, (C, H, W).
    public let inputShape: [Int]
    /// Softmax and cross-entropy.
    public let loss = Loss.softmaxCrossEntropy
    /// Draws the dropout masks.
    public var generator: SeededGenerator
    /// Who computes the convolutions, poolings and activations: the lesson's loops by default,
    /// the engine's kernels when a training run sets them (the same model either way).
    public var kernels: any LayerKernels = LessonKernels()

    /// A network over inputs of `inputShape` (C, H, W); `seed` drives the dropout masks.
    /// - Throws: the first layer's error when the stack does not fit together (checked with one
    ///   zero image), or ``TensorError`` when it does not end in a vector of scores.
    public init(inputShape: [Int], layers: [NamedLayer], seed: UInt64) throws {
        self.inputShape = inputShape
        self.layers = layers
        generator = SeededGenerator(seed: seed)
        let scores = try self.scores(Tensor(zeros: [1] + inputShape))
        guard scores.rank == 2 else {
            throw TensorError.invalidArgument("a classifier must end in a vector of scores per image, got \(TensorError.format(scores.shape))")
        }
    }

    /// Trainable parameters: weights, biases, batch-norm γ and β.
    public var parameterCount: Int { layers.reduce(0) { $0 + $1.layer.parameterCount } }
    /// Running statistics (batch norm's mean and variance), stored but not trained.
    public var statisticCount: Int { layers.reduce(0) { $0 + $1.layer.statisticCount } }

    /// Every parameter by its name, `conv1.weight`, input side first.
    public var namedParameters: [(name: String, value: Tensor<Scalar>)] {
        layers.flatMap { named in named.layer.namedParameters.map { (named.name + "." + $0.name, $0.value) } }
    }

    /// Every buffer (batch normalisation's running statistics) by its name, `conv1 BN.running_mean`,
    /// input side first.
    public var namedBuffers: [(name: String, value: Tensor<Scalar>)] {
        layers.flatMap { named in named.layer.namedBuffers.map { (named.name + "." + $0.name, $0.value) } }
    }

    /// Visits every buffer in place with its name, input side first.
    public mutating func updateBuffers(_ body: (inout Tensor<Scalar>, String) throws -> Void) rethrows {
        for i in layers.indices {
            let prefix = layers[i].name + "."
            try layers[i].layer.updateBuffers { buffer, name in try body(&buffer, prefix + name) }
        }
    }

    /// The scores of a batch (N, C, H, W) in test mode.
    @inlinable
    public func scores(_ x: Tensor<Scalar>) throws -> Tensor<Scalar> {
        try outputs(x).last ?? x
    }

    /// Every layer's output in test mode, in layer order: the feature maps after each step.
    @inlinable
    public func outputs(_ x: Tensor<Scalar>) throws -> [Tensor<Scalar>] {
        var context = LayerContext(training: false, kernels: kernels, generator: generator)
        var current = x
        return try layers.map { named in
            var layer = named.layer  // test mode changes no state: a copy runs it
            current = try layer.forwardKeepingBackward(current, context: &context).output
            return current
        }
    }

    /// The training forward pass of a batch, keeping what ``backward(_:targets:)`` needs; it
    /// draws dropout masks and updates the batch-norm running statistics.
    @inlinable
    public mutating func forward(_ x: Tensor<Scalar>) throws -> Trace {
        var context = LayerContext(training: true, kernels: kernels, generator: generator)
        var backwards: [LayerBackward<Scalar>] = []
        var current = x
        for i in layers.indices {
            let (output, backward) = try layers[i].layer.forwardKeepingBackward(current, context: &context)
            backwards.append(backward)
            current = output
        }
        generator = context.generator
        return Trace(backwards: backwards, scores: current)
    }

    /// The gradients of the mean cross-entropy of the batch, by parameter name, input side first.
    /// ∂L/∂x stops at the first layer with parameters: nothing before it needs one.
    @inlinable
    public func backward(_ trace: Trace, targets: Tensor<Scalar>) throws -> [(name: String, value: Tensor<Scalar>)] {
        var delta = try loss.delta(scores: trace.scores, targets: targets)
        var gradients: [[(name: String, value: Tensor<Scalar>)]] = []
        let firstTrained = layers.firstIndex { $0.layer.parameterCount > 0 } ?? layers.count
        for i in layers.indices.reversed() where i >= firstTrained {
            let layer = try trace.backwards[i].run(delta, kernels, i > firstTrained)
            gradients.append(layer.parameters.map { (layers[i].name + "." + $0.name, $0.value) })
            if let input = layer.input { delta = input }
        }
        return gradients.reversed().flatMap { $0 }
    }

    /// Visits every parameter in place with its name (`conv1.weight`), input side first.
    @inlinable
    public mutating func updateParameters(_ body: (inout Tensor<Scalar>, String) throws -> Void) rethrows {
        for i in layers.indices {
            let prefix = layers[i].name + "."
            try layers[i].layer.updateParameters { parameter, name in try body(&parameter, prefix + name) }
        }
    }
}
