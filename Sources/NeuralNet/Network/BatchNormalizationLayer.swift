import Tensors

/// ``BatchNormalization`` as a network layer: batch statistics in training mode (and the running
/// ones updated), running statistics in test mode. γ is `weight` and β is `bias`, as PyTorch's
/// `BatchNorm2d` names them. The cache is the training pass's x̂ and 1/√(σ² + ε); a test-mode
/// pass keeps none, since it has no backward pass.
extension BatchNormalization: Layer {
    public var namedParameters: [(name: String, value: Tensor<Scalar>)] { [("weight", scale), ("bias", shift)] }

    public mutating func updateParameters(_ body: (inout Tensor<Scalar>, String) throws -> Void) rethrows {
        try body(&scale, "weight")
        try body(&shift, "bias")
    }

    /// The running mean and variance.
    public var statisticCount: Int { 2 * channels }

    /// The running mean and variance as PyTorch's `BatchNorm2d` names them.
    public var namedBuffers: [(name: String, value: Tensor<Scalar>)] { [("running_mean", runningMean), ("running_var", runningVariance)] }

    public mutating func updateBuffers(_ body: (inout Tensor<Scalar>, String) throws -> Void) rethrows {
        try body(&runningMean, "running_mean")
        try body(&runningVariance, "running_var")
    }

    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double)
    @inlinable
    public mutating func forward(_ x: Tensor<Scalar>, context: inout LayerContext) throws -> (output: Tensor<Scalar>, cache: TrainingCache?) {
        guard context.training else { return (try forward(inference: x), nil) }
        let (y, cache) = try forward(training: x)
        return (y, cache)
    }

    /// - Throws: ``TensorError/invalidArgument(_:)`` for the cache of a test-mode pass.
    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double)
    @inlinable
    public func backward(_ g: Tensor<Scalar>, cache: TrainingCache?, kernels: any LayerKernels,
                         needsInputGradient: Bool) throws -> LayerGradients<Scalar> {
        guard let cache else {
            throw TensorError.invalidArgument("batch normalisation has no backward pass for a test-mode forward pass")
        }
        let (input, scale, shift) = try backward(g, cache: cache)
        return LayerGradients(input: input, parameters: [("weight", scale), ("bias", shift)])
    }
}
