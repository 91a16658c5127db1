import Tensors

/// The 1D convolution of IFT 780 slides 31–67 — a filter sliding along a signal, cross-correlation
/// as in 2D:
///
///     y[n, o, i] = b[o] + Σ_c Σ_u x[n, c, i·S + u − P_left]·W[o, c, u]
///
/// e.g. [40, 50, 70, 80, 90, 10, 20, 30, 40] with [.2, −.3, .4] gives [21, 21, 26, −7, 23, 8, 11].
/// It is the 2D convolution of an image one row high with a filter one row high: the same
/// geometry, the same two implementations, the same backward pass.
///
/// - Parameters:
///   - input: (N, C, L).
///   - kernel: (C_out, C, F).
///   - bias: (C_out), or `nil`.
/// - Returns: (N, C_out, L_out), L_out = (L − F + P_left + P_right)/S + 1.
/// - Throws: ``ConvolutionError`` (a stride that does not tile — "(9 − 5)/3 + 1 = 7/3" —, channels,
///   shapes) and ``PaddingError``.
@inlinable
public func conv1d<Scalar>(_ input: Tensor<Scalar>, kernel: Tensor<Scalar>, bias: Tensor<Scalar>? = nil,
                           parameters: Conv1DParameters = Conv1DParameters(),
                           implementation: ConvolutionImplementation = .im2col) throws -> Tensor<Scalar> {
    let g = try ConvolutionGeometry(signalShape: input.shape, kernelShape: kernel.shape, parameters: parameters)
    let kernel2D = try kernel.reshaped(g.kernelShape)
    let output = try g.forward(input.reshaped(g.inputShape), kernel: parameters.flipped ? flippedKernel(kernel2D) : kernel2D,
                               bias: bias, implementation: implementation)
    return try output.reshaped([g.batch, g.outputChannels, g.outputWidth])
}

/// The backward pass of ``conv1d(_:kernel:bias:parameters:implementation:)``: the gradients with
/// respect to the signal (N, C, L), the kernel (C_out, C, F) and the bias, from ∂L/∂y (N, C_out, L_out).
@inlinable
public func conv1dBackward<Scalar>(_ outputGradient: Tensor<Scalar>, input: Tensor<Scalar>, kernel: Tensor<Scalar>,
                                   parameters: Conv1DParameters = Conv1DParameters(),
                                   implementation: ConvolutionImplementation = .im2col,
                                   needsInputGradient: Bool = true) throws -> ConvolutionGradients<Scalar> {
    let g = try ConvolutionGeometry(signalShape: input.shape, kernelShape: kernel.shape, parameters: parameters)
    let expected = [g.batch, g.outputChannels, g.outputWidth]
    guard outputGradient.shape == expected else {
        throw ConvolutionError.gradientShapeMismatch(expected: expected, given: outputGradient.shape)
    }
    let kernel2D = try kernel.reshaped(g.kernelShape)
    let gradients = try g.backward(outputGradient.reshaped(g.outputShape), input: input.reshaped(g.inputShape),
                                   kernel: parameters.flipped ? flippedKernel(kernel2D) : kernel2D,
                                   implementation: implementation, needsInputGradient: needsInputGradient)
    let kernelGradient = parameters.flipped ? try flippedKernel(gradients.kernel) : gradients.kernel
    return ConvolutionGradients(input: try gradients.input?.reshaped(input.shape),
                                kernel: try kernelGradient.reshaped(kernel.shape), bias: gradients.bias)
}

extension ConvolutionGeometry {
    /// The geometry of a 1D convolution of a signal (N, C, L) with a kernel (C_out, C, F), as a 2D
    /// one: input (N, C, 1, L), kernel (C_out, C, 1, F), stride (1, S), padding on the columns only.
    /// - Throws: ``ConvolutionError`` and ``PaddingError`` as the 2D geometry does.
    public init(signalShape: [Int], kernelShape: [Int], parameters: Conv1DParameters) throws {
        guard signalShape.count == 3 else {
            throw ConvolutionError.shape(expected: "a signal (N, C, L)", given: signalShape)
        }
        guard kernelShape.count == 3 else {
            throw ConvolutionError.shape(expected: "a kernel (C_out, C_in, F)", given: kernelShape)
        }
        guard parameters.stride >= 1 else { throw ConvolutionError.nonPositiveStride(parameters.stride, axis: nil) }
        guard kernelShape[2] >= 1 else { throw ConvolutionError.nonPositiveFilter(kernelShape[2], axis: nil) }
        let (size, filter, stride) = ([signalShape[2]], [kernelShape[2]], [parameters.stride])
        let widths = try parameters.padding.widths(size: size, kernel: filter, stride: stride)
        let unread = parameters.padding.unreadCells(size: size, kernel: filter, stride: stride)
        try self.init(inputShape: [signalShape[0], signalShape[1], 1, signalShape[2]],
                      kernelShape: [kernelShape[0], kernelShape[1], 1, kernelShape[2]],
                      stride: (1, parameters.stride), padding: (Padding.Width(0), widths[0]), unread: (0, unread[0]),
                      axisNames: (nil, nil))
    }
}
