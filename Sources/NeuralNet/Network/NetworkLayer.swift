import Tensors

/// One layer of a ``Sequential`` network, forward and backward side by side (the layers of
/// IFT 780 slides 166–169 and Pasco slides 42–48, plus dropout and batch normalisation).
public enum NetworkLayer<Scalar: TensorScalar>: Sendable {
    /// z = W ∗ x + b over a batch of map stacks (N, C, H, W).
    case convolution(ConvolutionLayer<Scalar>)
    /// Max or mean pooling of every map (LeNet's "subsampling" is mean pooling).
    case pooling(Pooling2D)
    /// x = σ(z), value by value.
    case activation(Activation)
    /// (N, C, H, W) → (N, C·H·W), read row-major: the maps of one image side by side.
    case flatten
    /// Z = X·Wᵀ + w₀ on a batch of rows (N, m).
    case dense(Dense<Scalar>)
    /// Inverted dropout in training, the identity at test time.
    case dropout(Dropout)
    /// Per-channel normalisation: batch statistics in training, running ones at test time.
    case batchNorm(BatchNormalization<Scalar>)

    /// What a training forward pass keeps for the backward pass, beyond the layer's input.
    public enum Cache: Sendable {
        /// Nothing beyond the input (convolution, flatten, dense; every layer in test mode).
        case none
        /// The activation's output y, from which its derivative is computed.
        case output(Tensor<Scalar>)
        /// The pooling's shapes and winners.
        case pooling(PoolingCache)
        /// The dropout mask, 0 or 1/(1 − p).
        case mask(Tensor<Scalar>)
        /// x̂ and 1/√(σ² + ε) per channel.
        case batchNorm(BatchNormalization<Scalar>.Cache)
    }

    /// Trainable values (weights, biases, γ and β).
    public var parameterCount: Int {
        switch self {
        case let .convolution(layer): layer.parameterCount
        case let .dense(layer): layer.parameterCount
        case let .batchNorm(layer): 2 * layer.channels
        case .pooling, .activation, .flatten, .dropout: 0
        }
    }

    /// Values kept but not trained: batch normalisation's running mean and variance.
    public var statisticCount: Int {
        if case let .batchNorm(layer) = self { return 2 * layer.channels }
        return 0
    }

    /// The test-time output: dropout is the identity, batch normalisation uses its running
    /// statistics; `kernels` compute the convolutions, poolings and activations.
    @inlinable
    public func inference(_ x: Tensor<Scalar>, kernels: any LayerKernels = LessonKernels()) throws -> Tensor<Scalar> {
        switch self {
        case let .convolution(layer): return try layer.forward(x, kernels: kernels)
        case let .pooling(pooling): return try kernels.poolingForward(pooling, x).output
        case let .activation(activation): return kernels.activationForward(activation, x)
        case .flatten: return try Self.flatten(x)
        case let .dense(layer): return try layer.forward(x)
        case .dropout: return x
        case let .batchNorm(layer): return try layer.forwardInference(x)
        }
    }

    /// The training-time output and its cache; dropout draws its mask from `generator`, batch
    /// normalisation updates its running statistics (hence `mutating`).
    @inlinable
    public mutating func training(_ x: Tensor<Scalar>, kernels: any LayerKernels = LessonKernels(),
                                  using generator: inout SeededGenerator) throws -> (output: Tensor<Scalar>, cache: Cache) {
        switch self {
        case let .pooling(pooling):
            let (y, cache) = try kernels.poolingForward(pooling, x)
            return (y, .pooling(cache))
        case let .dropout(dropout):
            let mask: Tensor<Scalar> = try dropout.mask(shape: x.shape, using: &generator)
            return (try Dropout.apply(x, mask: mask), .mask(mask))
        case var .batchNorm(layer):
            let (y, cache) = try layer.forwardTraining(x)
            self = .batchNorm(layer)
            return (y, .batchNorm(cache))
        case let .activation(activation):
            let y = kernels.activationForward(activation, x)
            return (y, .output(y))
        case .convolution, .flatten, .dense:
            return (try inference(x, kernels: kernels), .none)
        }
    }

    /// ∂L/∂x (nil when not needed) and the gradients of the layer's parameters, in the order of
    /// ``Sequential/updateParameters(_:)``, from ∂L/∂y, the layer's input x and its cache.
    @inlinable
    public func backward(_ g: Tensor<Scalar>, input x: Tensor<Scalar>, cache: Cache, kernels: any LayerKernels = LessonKernels(),
                         needsInputGradient: Bool) throws -> (input: Tensor<Scalar>?, parameters: [Tensor<Scalar>]) {
        switch (self, cache) {
        case let (.convolution(layer), _):
            let gradients = try layer.backward(g, input: x, kernels: kernels, needsInputGradient: needsInputGradient)
            return (gradients.input, [gradients.kernel, gradients.bias])
        case let (.dense(layer), _):
            let (gradient, input) = try layer.backward(g, input: x, needsInputGradient: needsInputGradient)
            return (input, [gradient.weight, gradient.bias])
        case let (.batchNorm(layer), .batchNorm(cache)):
            let (input, scale, shift) = try layer.backward(g, cache: cache)
            return (input, [scale, shift])
        case let (.pooling(pooling), .pooling(cache)):
            return (try kernels.poolingBackward(pooling, g, cache: cache), [])
        case let (.activation(activation), .output(y)):
            return (try kernels.activationBackward(activation, g, input: x, output: y), [])
        case (.flatten, _):
            return (try g.reshaped(x.shape), [])
        case let (.dropout, .mask(mask)):
            return (try Dropout.apply(g, mask: mask), [])
        default:
            throw TensorError.invalidArgument("the backward pass of a layer got the cache of another kind of layer")
        }
    }

    /// (N, C, H, W) → (N, C·H·W); a batch of rows stays as it is.
    @inlinable
    static func flatten(_ x: Tensor<Scalar>) throws -> Tensor<Scalar> {
        guard x.rank > 2 else { return x }
        return try x.reshaped([x.shape[0], x.count / Swift.max(x.shape[0], 1)])
    }
}
