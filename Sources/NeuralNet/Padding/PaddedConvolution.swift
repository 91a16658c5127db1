import Tensors

/// Convolution with a border mode: a padding step followed by a valid convolution (IFT 780,
/// slides 61–62), so that
///
///     forward:   y = conv_valid(pad(x), W) + b
///     backward:  ∂L/∂W, ∂L/∂b from conv_valid's backward on pad(x);  ∂L/∂x = padᵀ(∂L/∂pad(x))
///
/// — the padding's backward pass (``Pad/backward(_:inputShape:)``) folds the gradient of every
/// border cell back onto the pixel it copied. The amounts come from `parameters.padding` (valid,
/// same, full or explicit), resolved exactly as the zero-padded convolution resolves them, so the
/// output size is O = (D − F + P₁ + P₂)/S + 1 whatever the mode.
///
/// Zero padding takes the fast path instead: the convolution's windows read 0 outside the
/// input (im2col folds the border in; the vectorized path pads one image at a time in its own
/// buffer), and no padded copy of the batch is made. The tests prove that path
/// equal to `Pad(.zero)` followed by a valid convolution.
@inlinable
public func conv2d<Scalar>(_ input: Tensor<Scalar>, kernel: Tensor<Scalar>, bias: Tensor<Scalar>? = nil,
                           parameters: Conv2DParameters = Conv2DParameters(), paddingMode: PaddingMode,
                           implementation: ConvolutionImplementation = .im2col) throws -> Tensor<Scalar> {
    guard paddingMode != .zero else {
        return try conv2d(input, kernel: kernel, bias: bias, parameters: parameters, implementation: implementation)
    }
    let (pad, valid) = try BorderPlan.image(input.shape, kernel.shape, parameters, paddingMode)
    return try conv2d(pad.forward(input), kernel: kernel, bias: bias, parameters: valid, implementation: implementation)
}

/// The backward pass of ``conv2d(_:kernel:bias:parameters:paddingMode:implementation:)``: the valid
/// convolution's gradients on the padded input, then padᵀ for ∂L/∂x.
@inlinable
public func conv2dBackward<Scalar>(_ outputGradient: Tensor<Scalar>, input: Tensor<Scalar>, kernel: Tensor<Scalar>,
                                   parameters: Conv2DParameters = Conv2DParameters(), paddingMode: PaddingMode,
                                   implementation: ConvolutionImplementation = .im2col,
                                   needsInputGradient: Bool = true) throws -> ConvolutionGradients<Scalar> {
    guard paddingMode != .zero else {
        return try conv2dBackward(outputGradient, input: input, kernel: kernel, parameters: parameters,
                                  implementation: implementation, needsInputGradient: needsInputGradient)
    }
    let (pad, valid) = try BorderPlan.image(input.shape, kernel.shape, parameters, paddingMode)
    return try pad.foldingBack(conv2dBackward(outputGradient, input: pad.forward(input), kernel: kernel, parameters: valid,
                                              implementation: implementation, needsInputGradient: needsInputGradient),
                               inputShape: input.shape)
}

/// The 1D convolution of a signal (N, C, L) with a border mode: pad the last axis, then a valid
/// ``conv1d(_:kernel:bias:parameters:implementation:)`` (zero padding: the fast path, no copy).
@inlinable
public func conv1d<Scalar>(_ input: Tensor<Scalar>, kernel: Tensor<Scalar>, bias: Tensor<Scalar>? = nil,
                           parameters: Conv1DParameters = Conv1DParameters(), paddingMode: PaddingMode,
                           implementation: ConvolutionImplementation = .im2col) throws -> Tensor<Scalar> {
    guard paddingMode != .zero else {
        return try conv1d(input, kernel: kernel, bias: bias, parameters: parameters, implementation: implementation)
    }
    let (pad, valid) = try BorderPlan.signal(input.shape, kernel.shape, parameters, paddingMode)
    return try conv1d(pad.forward(input), kernel: kernel, bias: bias, parameters: valid, implementation: implementation)
}

/// The backward pass of ``conv1d(_:kernel:bias:parameters:paddingMode:implementation:)``.
@inlinable
public func conv1dBackward<Scalar>(_ outputGradient: Tensor<Scalar>, input: Tensor<Scalar>, kernel: Tensor<Scalar>,
                                   parameters: Conv1DParameters = Conv1DParameters(), paddingMode: PaddingMode,
                                   implementation: ConvolutionImplementation = .im2col,
                                   needsInputGradient: Bool = true) throws -> ConvolutionGradients<Scalar> {
    guard paddingMode != .zero else {
        return try conv1dBackward(outputGradient, input: input, kernel: kernel, parameters: parameters,
                                  implementation: implementation, needsInputGradient: needsInputGradient)
    }
    let (pad, valid) = try BorderPlan.signal(input.shape, kernel.shape, parameters, paddingMode)
    return try pad.foldingBack(conv1dBackward(outputGradient, input: pad.forward(input), kernel: kernel, parameters: valid,
                                              implementation: implementation, needsInputGradient: needsInputGradient),
                               inputShape: input.shape)
}

extension Pad {
    /// The gradients of the valid convolution that ran on the padded input, with ∂L/∂x folded
    /// back through padᵀ onto the unpadded input; ∂L/∂W and ∂L/∂b are unchanged.
    @inlinable
    public func foldingBack<Scalar>(_ gradients: ConvolutionGradients<Scalar>, inputShape: [Int]) throws -> ConvolutionGradients<Scalar> {
        ConvolutionGradients(input: try gradients.input.map { try backward($0, inputShape: inputShape) },
                             kernel: gradients.kernel, bias: gradients.bias)
    }
}

/// A padded convolution split in two: the padding step and the parameters of the valid
/// convolution that follows it. The shapes are checked by the convolution's own geometry first,
/// so a bad input gets the convolution's message, not an index error.
public enum BorderPlan {
    public static func image(_ inputShape: [Int], _ kernelShape: [Int], _ parameters: Conv2DParameters,
                      _ mode: PaddingMode) throws -> (Pad, Conv2DParameters) {
        let g = try ConvolutionGeometry(inputShape: inputShape, kernelShape: kernelShape, parameters: parameters)
        var valid = parameters
        valid.padding = .valid
        return (try Pad(widths: [g.paddingRows, g.paddingColumns], mode: mode), valid)
    }

    public static func signal(_ inputShape: [Int], _ kernelShape: [Int], _ parameters: Conv1DParameters,
                       _ mode: PaddingMode) throws -> (Pad, Conv1DParameters) {
        let g = try ConvolutionGeometry(signalShape: inputShape, kernelShape: kernelShape, parameters: parameters)
        var valid = parameters
        valid.padding = .valid
        return (try Pad(widths: [g.paddingColumns], mode: mode), valid)
    }
}
