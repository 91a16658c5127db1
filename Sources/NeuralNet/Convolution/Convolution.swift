import Tensors

/// The two ways the course computes one convolution; they agree to rounding (the property tests
/// check it on random shapes, strides, paddings and batches). The engine (Sources/Engine) computes
/// the same sums faster and is proven equal to these.
public enum ConvolutionImplementation: String, CaseIterable, Sendable {
    /// The loop that reads like the formula (IFT 780 slide 69): the reference.
    case direct
    /// im2col, then one matrix product (IFT 780, slides 147–164): the slides' fast way.
    case im2col
}

/// The gradients of a loss L with respect to a convolution's input, kernel and bias, given
/// ∂L/∂y.
public struct ConvolutionGradients<Scalar: TensorScalar>: Sendable {
    /// ∂L/∂x, shaped like the input; `nil` when it was not asked for (a first layer).
    public let input: Tensor<Scalar>?
    /// ∂L/∂W, shaped like the kernel.
    public let kernel: Tensor<Scalar>
    /// ∂L/∂b, one value per filter (computed whether or not the layer has a bias).
    public let bias: Tensor<Scalar>

    /// The three gradients; `input` is `nil` when ∂L/∂x was not asked for (a first layer).
    public init(input: Tensor<Scalar>?, kernel: Tensor<Scalar>, bias: Tensor<Scalar>) {
        self.input = input
        self.kernel = kernel
        self.bias = bias
    }
}

/// The 2D convolution of a batch of images with a bank of filters, as the decks define it —
/// cross-correlation, the filter is not flipped (IFT 780, slide 69):
///
///     (x ∗ W)(i, j) = Σ_u Σ_v x(i + u, j + v)·W(u, v)
///
/// with every input channel summed and one bias per filter, at stride (S_H, S_W), over the input
/// padded with zeros:
///
///     y[n, o, i, j] = b[o] + Σ_c Σ_u Σ_v x[n, c, i·S_H + u − P_top, j·S_W + v − P_left]·W[o, c, u, v]
///
/// The mathematical convolution flips the kernel, (x ⋆ W)(i, j) = Σ_u Σ_v x(i − u, j − v)·W(u, v):
/// on a valid window that is the cross-correlation with W rotated by 180°,
/// W'(u, v) = W(k_h − 1 − u, k_w − 1 − v). `parameters.flipped` computes that one. For a network
/// that learns its filters the two are the same model (the flip is absorbed by the weights); for
/// the decks' worked numbers only cross-correlation gives the printed values.
///
/// - Parameters:
///   - input: (N, C, H, W).
///   - kernel: (C_out, C, k_h, k_w) — C_out filters, each C × k_h × k_w (IFT 780 slides 98–104).
///   - bias: (C_out), or `nil` for none.
/// - Returns: (N, C_out, H_out, W_out), H_out = (H − k_h + P_top + P_bottom)/S_H + 1 (``OutputSize``).
/// - Throws: ``ConvolutionError`` (shapes, channels, a stride that does not tile, a filter larger
///   than the padded input) and ``PaddingError`` (an impossible padding spec).
@inlinable
public func conv2d<Scalar>(_ input: Tensor<Scalar>, kernel: Tensor<Scalar>, bias: Tensor<Scalar>? = nil,
                           parameters: Conv2DParameters = Conv2DParameters(),
                           implementation: ConvolutionImplementation = .im2col) throws -> Tensor<Scalar> {
    let g = try ConvolutionGeometry(inputShape: input.shape, kernelShape: kernel.shape, parameters: parameters)
    return try g.forward(input, kernel: parameters.flipped ? flippedKernel(kernel) : kernel, bias: bias,
                         implementation: implementation)
}

/// The backward pass of ``conv2d(_:kernel:bias:parameters:implementation:)``: from ∂L/∂y
/// (N, C_out, H_out, W_out), the gradients
///
///     ∂L/∂b[o]          = Σ_n Σ_i Σ_j ∂L/∂y[n, o, i, j]
///     ∂L/∂W[o, c, u, v] = Σ_n Σ_i Σ_j ∂L/∂y[n, o, i, j]·x[n, c, i·S_H + u − P_top, j·S_W + v − P_left]
///     ∂L/∂x[n, c, r, s] = Σ over the (o, i, j, u, v) that read x[n, c, r, s] of ∂L/∂y[n, o, i, j]·W[o, c, u, v]
///
/// — each output sends its gradient back along the edges it was computed through. With im2col:
/// ∂L/∂W = ∂L/∂Y·colsᵀ and ∂L/∂x = col2im(Wᵀ·∂L/∂Y). `needsInputGradient: false` skips ∂L/∂x, which
/// a first layer never needs.
@inlinable
public func conv2dBackward<Scalar>(_ outputGradient: Tensor<Scalar>, input: Tensor<Scalar>, kernel: Tensor<Scalar>,
                                   parameters: Conv2DParameters = Conv2DParameters(),
                                   implementation: ConvolutionImplementation = .im2col,
                                   needsInputGradient: Bool = true) throws -> ConvolutionGradients<Scalar> {
    let g = try ConvolutionGeometry(inputShape: input.shape, kernelShape: kernel.shape, parameters: parameters)
    guard outputGradient.shape == g.outputShape else {
        throw ConvolutionError.gradientShapeMismatch(expected: g.outputShape, given: outputGradient.shape)
    }
    let gradients = try g.backward(outputGradient, input: input, kernel: parameters.flipped ? flippedKernel(kernel) : kernel,
                                   implementation: implementation, needsInputGradient: needsInputGradient)
    guard parameters.flipped else { return gradients }
    // The flipped kernel W' was used; ∂L/∂W is ∂L/∂W' rotated back.
    return ConvolutionGradients(input: gradients.input, kernel: try flippedKernel(gradients.kernel), bias: gradients.bias)
}

/// The kernel rotated by 180° in its two spatial axes, W'[o, c, u, v] = W[o, c, k_h − 1 − u, k_w − 1 − v]:
/// cross-correlating with W' is convolving with W.
/// - Throws: ``ConvolutionError/shape(expected:given:)`` when the kernel is not (C_out, C, k_h, k_w).
public func flippedKernel<Scalar>(_ kernel: Tensor<Scalar>) throws -> Tensor<Scalar> {
    guard kernel.rank == 4 else {
        throw ConvolutionError.shape(expected: "a kernel (C_out, C_in, k_h, k_w)", given: kernel.shape)
    }
    let (kh, kw) = (kernel.shape[2], kernel.shape[3])
    return try Tensor(shape: kernel.shape) { i in kernel[i[0], i[1], kh - 1 - i[2], kw - 1 - i[3]] }
}

extension ConvolutionGeometry {
    /// The forward pass on checked shapes (the kernel already flipped if asked).
    @inlinable
    func forward<Scalar>(_ input: Tensor<Scalar>, kernel: Tensor<Scalar>, bias: Tensor<Scalar>?,
                         implementation: ConvolutionImplementation) throws -> Tensor<Scalar> {
        if let bias, bias.shape != [outputChannels] {
            throw ConvolutionError.biasMismatch(filters: outputChannels, given: bias.shape)
        }
        let b = try bias ?? Tensor(zeros: [outputChannels])
        switch implementation {
        case .direct: return try directForward(input, kernel: kernel, bias: b)
        case .im2col: return try im2colForward(input, kernel: kernel, bias: b)
        }
    }

    /// The backward pass on checked shapes (the kernel already flipped if asked).
    @inlinable
    func backward<Scalar>(_ outputGradient: Tensor<Scalar>, input: Tensor<Scalar>, kernel: Tensor<Scalar>,
                          implementation: ConvolutionImplementation, needsInputGradient: Bool) throws -> ConvolutionGradients<Scalar> {
        switch implementation {
        case .direct: try directBackward(outputGradient, input: input, kernel: kernel, needsInputGradient: needsInputGradient)
        case .im2col: try im2colBackward(outputGradient, input: input, kernel: kernel, needsInputGradient: needsInputGradient)
        }
    }
}
