import Tensors

/// A trainable convolution layer: a bank of C_out filters k_h×k_w over C channels and one bias
/// per filter, z = W ∗ x + b (IFT 780 slides 98–104; cross-correlation, slide 69), at a stride
/// and zero padding given by ``Conv2DParameters`` (`valid` for LeNet, TensorFlow's `same` for
/// Görner's networks). Forward and backward are ``conv2d(_:kernel:bias:parameters:implementation:)``
/// and ``conv2dBackward(_:input:kernel:parameters:implementation:needsInputGradient:)``, computed by the
/// context's ``LayerKernels`` (the lesson's im2col or the engine's).
public struct ConvolutionLayer<Scalar: TensorScalar>: Layer {
    /// W, shape (C_out, C, k_h, k_w).
    public var kernel: Tensor<Scalar>
    /// b, shape (C_out).
    public var bias: Tensor<Scalar>
    /// Stride and padding.
    public let parameters: Conv2DParameters

    /// A layer of `filters` square `size`×`size` filters over `channels` channels, weights drawn
    /// by `initialization` (fan-in C·k², fan-out C_out·k²), every bias `biasValue`.
    /// - Throws: ``TensorError/invalidArgument(_:)`` for a count or size below 1.
    public init(channels: Int, filters: Int, size: Int, parameters: Conv2DParameters,
                initialization: Initialization, biasValue: Double = 0,
                using generator: inout SeededGenerator) throws {
        guard channels > 0, filters > 0, size > 0 else {
            throw TensorError.invalidArgument(
                "a convolution layer needs channels, filters and a kernel size of 1 or more, got \(channels), \(filters) and \(size)")
        }
        let area = size * size
        kernel = try initialization.weights(shape: [filters, channels, size, size], fanIn: channels * area,
                                            fanOut: filters * area, using: &generator)
        bias = try Tensor(shape: [filters], repeating: Scalar(biasValue))
        self.parameters = parameters
    }

    /// W as `weight` and b as `bias`: m(n·k_x·k_y + 1) values (FIDLE).
    public var namedParameters: [(name: String, value: Tensor<Scalar>)] { [("weight", kernel), ("bias", bias)] }

    public mutating func updateParameters(_ body: (inout Tensor<Scalar>, String) throws -> Void) rethrows {
        try body(&kernel, "weight")
        try body(&bias, "bias")
    }

    /// z = W ∗ x + b for a batch (N, C, H, W), computed by the context's kernels; the cache is x.
    @inlinable
    public func forward(_ x: Tensor<Scalar>, context: inout LayerContext) throws -> (output: Tensor<Scalar>, cache: Tensor<Scalar>) {
        (try context.kernels.conv2d(x, kernel: kernel, bias: bias, parameters: parameters), x)
    }

    /// ∂L/∂W, ∂L/∂b and (unless `needsInputGradient` is false, for a first layer) ∂L/∂x from
    /// ∂L/∂z and the input x the forward pass saw.
    @inlinable
    public func backward(_ g: Tensor<Scalar>, cache x: Tensor<Scalar>, kernels: any LayerKernels,
                         needsInputGradient: Bool) throws -> LayerGradients<Scalar> {
        let gradients = try kernels.conv2dBackward(g, input: x, kernel: kernel, parameters: parameters,
                                                   needsInputGradient: needsInputGradient)
        return LayerGradients(input: gradients.input, parameters: [("weight", gradients.kernel), ("bias", gradients.bias)])
    }
}
