import Tensors

/// x = σ(z), value by value (``Activation``). The cache holds z and σ(z): the lesson's
/// derivative is written with z, the engine's with σ(z).
public struct ActivationLayer<Scalar: TensorScalar>: Layer {
    /// σ.
    public let activation: Activation

    /// A layer applying `activation`.
    public init(_ activation: Activation) {
        self.activation = activation
    }

    @inlinable
    public func forward(_ z: Tensor<Scalar>, context: inout LayerContext) throws
        -> (output: Tensor<Scalar>, cache: (input: Tensor<Scalar>, output: Tensor<Scalar>)) {
        let y = context.kernels.activationForward(activation, z)
        return (y, (z, y))
    }

    @inlinable
    public func backward(_ g: Tensor<Scalar>, cache: (input: Tensor<Scalar>, output: Tensor<Scalar>), kernels: any LayerKernels,
                         needsInputGradient: Bool) throws -> LayerGradients<Scalar> {
        LayerGradients(input: try kernels.activationBackward(activation, g, input: cache.input, output: cache.output))
    }
}
