import Tensors

/// Convolution with a border mode: a padding step followed by a valid convolution (IFT 780,
/// slides 61–62), so that
///
///     forward:   y = conv_valid(pad(x), W) + b
///     backward:  ∂L/∂W, ∂L/∂b from conv_valid's backward on pad(x);  ∂L/∂x = padᵀ(∂L/∂pad(x))
///
/// — the padding's backward pass (``padBackward(_:inputShape:widths:mode:)``) folds the gradient of every
/// border cell back onto the pixel it copied. The amounts come from `parameters.padding` (valid,
/// same, full or explicit), resolved exactly as the zero-padded convolution resolves them, so the
/// output size is O = (D − F + P₁ + P₂)/S + 1 whatever the mode.
///
/// Zero padding takes the fast path instead: the convolution's windows read 0 outside the
/// input (im2col folds the border in; the vectorized path pads one image at a time in its own
/// buffer), and no padded copy of the batch is made. The tests prove that path
/// equal to `pad(_:widths:mode:)` with zeros followed by a valid convolution.
@inlinable
public func conv2d<Scalar>(_ input: Tensor<Scalar>, kernel: Tensor<Scalar>, bias: Tensor<Scalar>? = nil,
                           parameters: Conv2DParameters = Conv2DParameters(), paddingMode: PaddingMode,
                           implementation: ConvolutionImplementation = .im2col) throws -> Tensor<Scalar> {
    guard paddingMode != .zero else {
        return try conv2d(input, kernel: kernel, bias: bias, parameters: parameters, implementation: implementation)
    }
    let (plan, valid) = try BorderPlan.image(input.shape, kernel.shape, parameters, paddingMode)
    return try conv2d(plan.padded(input), kernel: kernel, bias: bias, parameters: valid,
                      implementation: implementation)
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
    let (plan, valid) = try BorderPlan.image(input.shape, kernel.shape, parameters, paddingMode)
    return try plan.foldingBack(conv2dBackward(outputGradient, input: plan.padded(input), kernel: kernel,
                                               parameters: valid, implementation: implementation,
                                               needsInputGradient: needsInputGradient),
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
    let (plan, valid) = try BorderPlan.signal(input.shape, kernel.shape, parameters, paddingMode)
    return try conv1d(plan.padded(input), kernel: kernel, bias: bias, parameters: valid,
                      implementation: implementation)
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
    let (plan, valid) = try BorderPlan.signal(input.shape, kernel.shape, parameters, paddingMode)
    return try plan.foldingBack(conv1dBackward(outputGradient, input: plan.padded(input), kernel: kernel,
                                               parameters: valid, implementation: implementation,
                                               needsInputGradient: needsInputGradient),
                                inputShape: input.shape)
}

/// A padded convolution split in three: the part of the input that the windows read (all of it,
/// except under 'same' with a stride larger than the filter, whose last cells no window reaches),
/// the padding step, and the parameters of the valid convolution that follows. The shapes are
/// checked by the convolution's own geometry first, so a bad input gets the convolution's
/// message, not an index error.
public struct BorderPlan: Sendable {
    /// Cells dropped from the end of each spatial axis before padding (rows then columns in 2D).
    public let unread: [Int]
    /// The border added to what is read: its cells on each spatial axis, and what fills them.
    public let widths: [Padding.Width]
    public let mode: PaddingMode

    @usableFromInline
    init(unread: [Int], widths: [Padding.Width], mode: PaddingMode) {
        self.unread = unread
        self.widths = widths
        self.mode = mode
    }

    /// The plan of a 2D convolution with a border mode, and the valid convolution that follows.
    /// - Throws: ``ConvolutionError`` and ``PaddingError``, as the convolution's geometry does.
    public static func image(_ inputShape: [Int], _ kernelShape: [Int], _ parameters: Conv2DParameters,
                      _ mode: PaddingMode) throws -> (plan: BorderPlan, valid: Conv2DParameters) {
        let g = try ConvolutionGeometry(inputShape: inputShape, kernelShape: kernelShape, parameters: parameters)
        var valid = parameters
        valid.padding = .valid
        return (BorderPlan(unread: [g.unreadRows, g.unreadColumns],
                           widths: [g.paddingRows, g.paddingColumns], mode: mode), valid)
    }

    /// The plan of a 1D convolution with a border mode, and the valid convolution that follows.
    /// - Throws: ``ConvolutionError`` and ``PaddingError``, as the convolution's geometry does.
    public static func signal(_ inputShape: [Int], _ kernelShape: [Int], _ parameters: Conv1DParameters,
                       _ mode: PaddingMode) throws -> (plan: BorderPlan, valid: Conv1DParameters) {
        let g = try ConvolutionGeometry(signalShape: inputShape, kernelShape: kernelShape, parameters: parameters)
        var valid = parameters
        valid.padding = .valid
        return (BorderPlan(unread: [g.unreadColumns], widths: [g.paddingColumns], mode: mode), valid)
    }

    /// The input without its unread tail: x[…, 0..<H − unread_H, 0..<W − unread_W].
    @inlinable
    func read<Scalar>(_ x: Tensor<Scalar>) throws -> Tensor<Scalar> {
        guard unread.contains(where: { $0 > 0 }) else { return x }
        let first = x.rank - unread.count
        var shape = x.shape
        for axis in unread.indices { shape[first + axis] -= unread[axis] }
        return try Tensor(shape: shape) { x.scalars[x.offset($0)] }
    }

    /// pad(read(x)): the input the valid convolution that follows reads.
    @inlinable
    public func padded<Scalar>(_ x: Tensor<Scalar>) throws -> Tensor<Scalar> {
        try pad(read(x), widths: widths, mode: mode)
    }

    /// The adjoint of ``read(_:)``: the gradient of the read part, zeros on the unread tail.
    @inlinable
    func unread<Scalar>(_ gradient: Tensor<Scalar>, inputShape: [Int]) throws -> Tensor<Scalar> {
        guard unread.contains(where: { $0 > 0 }) else { return gradient }
        let first = inputShape.count - unread.count
        return try Tensor(shape: inputShape) { index in
            unread.indices.allSatisfy({ index[first + $0] < gradient.shape[first + $0] }) ? gradient.scalars[gradient.offset(index)] : 0
        }
    }

    /// The gradients of the valid convolution that ran on the padded input, with ∂L/∂x folded
    /// back through padᵀ and the read step's adjoint onto the whole input; ∂L/∂W and ∂L/∂b are
    /// unchanged.
    @inlinable
    public func foldingBack<Scalar>(_ gradients: ConvolutionGradients<Scalar>, inputShape: [Int]) throws -> ConvolutionGradients<Scalar> {
        var readShape = inputShape
        let first = inputShape.count - unread.count
        for axis in unread.indices { readShape[first + axis] -= unread[axis] }
        return ConvolutionGradients(
            input: try gradients.input.map {
                try unread(padBackward($0, inputShape: readShape, widths: widths, mode: mode), inputShape: inputShape)
            },
            kernel: gradients.kernel, bias: gradients.bias)
    }
}
