import Tensors

/// A network as a list of layers applied one after the other — LeNet's conv → pool → conv →
/// pool → dense stack (IFT 780 slides 166–169), Görner's strided convolutions (Pasco slides
/// 42–48) — ending with scores z for C classes, read through a softmax by the cross-entropy
/// loss (Apprentissage profond ≈ slide 23).
///
/// Backpropagation is the deck's loop (≈ slide 60) with layers instead of dense steps: the
/// forward pass keeps each layer's input (and pooling winners, dropout masks, batch-norm x̂),
/// then δ = ∂J/∂z = (ŷ − y)/N goes back through the layers in reverse, each turning ∂J/∂(its
/// output) into ∂J/∂(its input) and the gradients of its own parameters.
///
/// Training mode draws dropout masks from the network's own seeded generator and updates the
/// batch-norm running statistics; ``scores(_:)`` is the test mode (no dropout, running
/// statistics). The network is a value: a copy replays the same dropout masks.
public struct Sequential<Scalar: TensorScalar>: Sendable {
    /// One named layer ("conv1", "W4").
    public struct Layer: Sendable {
        /// The slides' name, plus the activation's or "dropout" for the layers a recipe adds.
        public var name: String
        /// What the layer computes, with its parameters.
        public var kind: NetworkLayer<Scalar>

        /// A layer named `name`.
        public init(_ name: String, _ kind: NetworkLayer<Scalar>) {
            self.name = name
            self.kind = kind
        }
    }

    /// What a training forward pass keeps: each layer's input and cache, and the scores.
    public struct Trace: Sendable {
        /// Each layer's input, in layer order.
        public var inputs: [Tensor<Scalar>]
        /// Each layer's cache (pooling winners, dropout mask, batch-norm x̂, activation output).
        public var caches: [NetworkLayer<Scalar>.Cache]
        /// The last layer's output, the scores z before the softmax.
        public var scores: Tensor<Scalar>

        /// A trace from its parts.
        @inlinable
        public init(inputs: [Tensor<Scalar>], caches: [NetworkLayer<Scalar>.Cache], scores: Tensor<Scalar>) {
            self.inputs = inputs
            self.caches = caches
            self.scores = scores
        }
    }

    /// The layers, input side first.
    public var layers: [Layer]
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
    public init(inputShape: [Int], layers: [Layer], seed: UInt64) throws {
        self.inputShape = inputShape
        self.layers = layers
        generator = SeededGenerator(seed: seed)
        let scores = try self.scores(Tensor(zeros: [1] + inputShape))
        guard scores.rank == 2 else {
            throw TensorError.invalidArgument("a classifier must end in a vector of scores per image, got \(TensorError.format(scores.shape))")
        }
    }

    /// Trainable parameters: weights, biases, batch-norm γ and β.
    public var parameterCount: Int { layers.reduce(0) { $0 + $1.kind.parameterCount } }
    /// Running statistics (batch norm's mean and variance), stored but not trained.
    public var statisticCount: Int { layers.reduce(0) { $0 + $1.kind.statisticCount } }

    /// The scores of a batch (N, C, H, W) in test mode.
    @inlinable
    public func scores(_ x: Tensor<Scalar>) throws -> Tensor<Scalar> {
        try outputs(x).last ?? x
    }

    /// Every layer's output in test mode, in layer order: the feature maps after each step.
    @inlinable
    public func outputs(_ x: Tensor<Scalar>) throws -> [Tensor<Scalar>] {
        var current = x
        return try layers.map { layer in
            current = try layer.kind.inference(current, kernels: kernels)
            return current
        }
    }

    /// The training forward pass of a batch, keeping what ``backward(_:targets:)`` needs.
    @inlinable
    public mutating func forwardTraining(_ x: Tensor<Scalar>) throws -> Trace {
        var inputs: [Tensor<Scalar>] = [], caches: [NetworkLayer<Scalar>.Cache] = []
        var current = x
        for i in layers.indices {
            inputs.append(current)
            let (output, cache) = try layers[i].kind.training(current, kernels: kernels, using: &generator)
            caches.append(cache)
            current = output
        }
        return Trace(inputs: inputs, caches: caches, scores: current)
    }

    /// The gradients of the mean cross-entropy of the batch, one tensor per parameter in the
    /// order of ``updateParameters(_:)``.
    @inlinable
    public func backward(_ trace: Trace, targets: Tensor<Scalar>) throws -> [Tensor<Scalar>] {
        var delta = try loss.delta(scores: trace.scores, targets: targets)
        var gradients: [[Tensor<Scalar>]] = []
        for i in layers.indices.reversed() {
            let (input, parameters) = try layers[i].kind.backward(delta, input: trace.inputs[i], cache: trace.caches[i],
                                                                  kernels: kernels, needsInputGradient: i > 0)
            gradients.append(parameters)
            if let input { delta = input }
        }
        return gradients.reversed().flatMap { $0 }
    }

    /// Visits every parameter in place with its slot 0, 1, 2, …: each layer's kernel or weight,
    /// then its bias (γ then β for batch norm), input side first.
    @inlinable
    public mutating func updateParameters(_ body: (inout Tensor<Scalar>, Int) throws -> Void) rethrows {
        var slot = 0
        for i in layers.indices {
            switch layers[i].kind {
            case var .convolution(layer):
                try body(&layer.kernel, slot)
                try body(&layer.bias, slot + 1)
                layers[i].kind = .convolution(layer)
            case var .dense(layer):
                try body(&layer.weight, slot)
                try body(&layer.bias, slot + 1)
                layers[i].kind = .dense(layer)
            case var .batchNorm(layer):
                try body(&layer.scale, slot)
                try body(&layer.shift, slot + 1)
                layers[i].kind = .batchNorm(layer)
            case .pooling, .activation, .flatten, .dropout:
                continue
            }
            slot += 2
        }
    }
}
