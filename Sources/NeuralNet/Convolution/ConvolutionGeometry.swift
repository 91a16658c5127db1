/// The hyper-parameters of a 2D convolution that do not depend on the data: the stride along
/// each axis, the zero padding, and whether the kernel is flipped.
///
/// The padding is a ``Padding`` spec — `valid`, `same`, `full` or explicit amounts (symmetric P,
/// or top, bottom, left, right) — resolved against the input and kernel sizes by
/// ``ConvolutionGeometry``. The convolution itself only ever adds zeros, and never builds the
/// padded copy: the windows simply read 0 outside the input. Other border modes (reflection,
/// replicate) are "pad, then a valid convolution" (``pad(_:widths:mode:)``).
public struct Conv2DParameters: Equatable, Sendable {
    /// S along the rows (vertical step of the window).
    public var strideHeight: Int
    /// S along the columns (horizontal step of the window).
    public var strideWidth: Int
    /// The zero border added around each image.
    public var padding: Padding
    /// `false` (the default): cross-correlation, the decks' "convolution" (IFT 780 slide 69:
    /// "sans flip de filtre"). `true`: the mathematical convolution, the kernel rotated by 180°.
    public var flipped: Bool

    /// The same stride S along both axes.
    public init(stride: Int = 1, padding: Padding = .valid, flipped: Bool = false) {
        self.init(strideHeight: stride, strideWidth: stride, padding: padding, flipped: flipped)
    }

    /// A stride per axis, (S_H, S_W).
    public init(strideHeight: Int, strideWidth: Int, padding: Padding = .valid, flipped: Bool = false) {
        self.strideHeight = strideHeight
        self.strideWidth = strideWidth
        self.padding = padding
        self.flipped = flipped
    }
}

/// The hyper-parameters of a 1D convolution: stride, zero padding of the signal's two ends, flip.
public struct Conv1DParameters: Equatable, Sendable {
    /// S, the step of the window along the signal.
    public var stride: Int
    /// The zeros added before and after the signal (`valid`, `same`, `full` or explicit).
    public var padding: Padding
    /// `true` for the mathematical convolution (reversed kernel); see ``Conv2DParameters/flipped``.
    public var flipped: Bool

    /// A 1D convolution with stride S, the given padding and, when `flipped`, the reversed kernel.
    public init(stride: Int = 1, padding: Padding = .valid, flipped: Bool = false) {
        self.stride = stride
        self.padding = padding
        self.flipped = flipped
    }
}

/// Every size of one 2D convolution, resolved and checked once, shared by the direct loop, im2col
/// and both backward passes: input (N, C, H, W), kernel (C_out, C, k_h, k_w), output
/// (N, C_out, H_out, W_out), stride and the zero padding on each side.
///
/// Output sizes follow O = (D − F + P₁ + P₂)/S + 1 on each axis (``OutputSize``); a combination
/// that does not tile is refused, as IFT 780 slides 59 and 80 refuse "D-F-S invalide".
public struct ConvolutionGeometry: Equatable, Sendable {
    /// N, the number of examples.
    public let batch: Int
    /// C, the input's channels (the kernel's depth).
    public let inputChannels: Int
    /// H, the input's rows.
    public let inputHeight: Int
    /// W, the input's columns.
    public let inputWidth: Int
    /// C_out, the number of filters.
    public let outputChannels: Int
    /// k_h, the filter's rows.
    public let kernelHeight: Int
    /// k_w, the filter's columns.
    public let kernelWidth: Int
    /// S_H, the step of the window down the rows.
    public let strideHeight: Int
    /// S_W, the step of the window across the columns.
    public let strideWidth: Int
    /// Zero rows added at the top (`before`) and bottom (`after`).
    public let paddingRows: Padding.Width
    /// Zero columns added at the left (`before`) and right (`after`).
    public let paddingColumns: Padding.Width
    /// H_out = (H − k_h + P_top + P_bottom)/S_H + 1.
    public let outputHeight: Int
    /// W_out = (W − k_w + P_left + P_right)/S_W + 1.
    public let outputWidth: Int
    /// The last rows that no window reaches ('same' with a stride larger than the filter; else 0).
    public let unreadRows: Int
    /// The last columns that no window reaches ('same' with a stride larger than the filter; else 0).
    public let unreadColumns: Int

    /// Resolves and checks a convolution of an input (N, C, H, W) with a kernel (C_out, C, k_h, k_w).
    /// - Throws: ``ConvolutionError`` for shapes that do not fit (rank, channels, a stride that
    ///   does not tile, a filter larger than the padded input, a stride below 1), and
    ///   ``PaddingError`` for a padding spec that cannot be resolved.
    public init(inputShape: [Int], kernelShape: [Int], parameters: Conv2DParameters) throws {
        let (input, kernel) = try Self.checkedShapes(inputShape, kernelShape)
        for (stride, axis) in [(parameters.strideHeight, "height"), (parameters.strideWidth, "width")] where stride < 1 {
            throw ConvolutionError.nonPositiveStride(stride, axis: axis)
        }
        let (size, filter) = ([input.height, input.width], [kernel.height, kernel.width])
        let stride = [parameters.strideHeight, parameters.strideWidth]
        let widths = try parameters.padding.widths(size: size, kernel: filter, stride: stride)
        let unread = parameters.padding.unreadCells(size: size, kernel: filter, stride: stride)
        try self.init(inputShape: inputShape, kernelShape: kernelShape,
                      stride: (parameters.strideHeight, parameters.strideWidth),
                      padding: (widths[0], widths[1]), unread: (unread[0], unread[1]), axisNames: ("height", "width"))
    }

    /// The geometry from resolved amounts; `unread` cells at the end of each axis are left out of
    /// the windows' span ('same' only); `axisNames` label the messages (`nil` for a signal, whose
    /// one axis needs no name).
    init(inputShape: [Int], kernelShape: [Int], stride: (Int, Int), padding: (Padding.Width, Padding.Width),
         unread: (Int, Int), axisNames: (String?, String?)) throws {
        let (input, kernel) = try Self.checkedShapes(inputShape, kernelShape)
        let rows = try OutputSize(input: input.height - unread.0, filter: kernel.height, stride: stride.0,
                                  padding: padding.0, axis: axisNames.0)
        let columns = try OutputSize(input: input.width - unread.1, filter: kernel.width, stride: stride.1,
                                     padding: padding.1, axis: axisNames.1)
        batch = inputShape[0]
        inputChannels = inputShape[1]
        inputHeight = input.height
        inputWidth = input.width
        outputChannels = kernelShape[0]
        kernelHeight = kernel.height
        kernelWidth = kernel.width
        strideHeight = stride.0
        strideWidth = stride.1
        paddingRows = padding.0
        paddingColumns = padding.1
        unreadRows = unread.0
        unreadColumns = unread.1
        outputHeight = try rows.value
        outputWidth = try columns.value
    }

    private static func checkedShapes(_ input: [Int], _ kernel: [Int]) throws
        -> (input: (height: Int, width: Int), kernel: (height: Int, width: Int)) {
        guard input.count == 4, input.allSatisfy({ $0 >= 1 }) else {
            throw ConvolutionError.shape(expected: "an input (N, C, H, W) with every axis ≥ 1", given: input)
        }
        guard kernel.count == 4, kernel[0] >= 1 else {
            throw ConvolutionError.shape(expected: "a kernel (C_out, C_in, k_h, k_w) with C_out ≥ 1", given: kernel)
        }
        guard kernel[1] == input[1] else { throw ConvolutionError.channelMismatch(kernel: kernel[1], input: input[1]) }
        for (extent, axis) in [(kernel[2], "height"), (kernel[3], "width")] where extent < 1 {
            throw ConvolutionError.nonPositiveFilter(extent, axis: axis)
        }
        return ((input[2], input[3]), (kernel[2], kernel[3]))
    }

    /// (N, C, H, W).
    public var inputShape: [Int] { [batch, inputChannels, inputHeight, inputWidth] }
    /// (C_out, C, k_h, k_w).
    public var kernelShape: [Int] { [outputChannels, inputChannels, kernelHeight, kernelWidth] }
    /// (N, C_out, H_out, W_out).
    public var outputShape: [Int] { [batch, outputChannels, outputHeight, outputWidth] }
    /// C·k_h·k_w: the length of one linearised filter, the rows of the im2col matrix.
    public var patchSize: Int { inputChannels * kernelHeight * kernelWidth }
    /// H_out·W_out: the windows of one image, its columns in the im2col matrix.
    public var outputPositions: Int { outputHeight * outputWidth }
    /// (C·k_h·k_w, N·H_out·W_out): the im2col matrix of the whole batch (IFT 780, slides 159–160).
    public var im2colShape: [Int] { [patchSize, batch * outputPositions] }
}
