import Tensors

/// im2col: the input rearranged so that a convolution becomes one matrix product (IFT 780,
/// slides 147–164).
///
/// Row k of the matrix is kernel index k = (c·k_h + u)·k_w + v — row-major across channels, as
/// the slides number W0…W8 and then W9…W17 for a second channel — and column q = o_y·W_out + o_x
/// is output position q, holding the window that output reads:
///
///     cols[(c·k_h + u)·k_w + v, o_y·W_out + o_x] = x[c, o_y·S_H + u − P_top, o_x·S_W + v − P_left]
///
/// (0 where the index falls in the zero padding, so the padded copy is never built). A batch puts
/// the images' blocks side by side (slides 159–160): image n owns columns n·H_out·W_out onwards.
/// Then the linearised filters (C_out × C·k_h·k_w) times this matrix give every output at once.
///
/// ```
///  4×4 input, 3×3 filter:   k   Y0  Y1  Y2  Y3
///                           0   X0  X1  X4  X5
///                           1   X1  X2  X5  X6
///                           …
///                           8   X10 X11 X14 X15
/// ```
/// - Throws: ``ConvolutionError`` when the input is not (N, C, H, W) or the sizes do not tile.
@inlinable
public func im2col<Scalar>(_ input: Tensor<Scalar>, kernelHeight: Int, kernelWidth: Int,
                           parameters: Conv2DParameters = Conv2DParameters()) throws -> Tensor<Scalar> {
    let channels = input.rank == 4 ? input.shape[1] : 0
    let g = try ConvolutionGeometry(inputShape: input.shape, kernelShape: [1, channels, kernelHeight, kernelWidth],
                                    parameters: parameters)
    return try g.im2col(input)
}

/// col2im, the adjoint of ``im2col(_:kernelHeight:kernelWidth:parameters:)``: every entry of
/// the matrix is added back to the input cell it was copied from (cells in the padding are
/// dropped). An input cell seen by several windows collects the sum of their entries — which is
/// exactly how the gradient with respect to the input is gathered in the backward pass.
/// `inputShape` is (N, C, H, W); `columns` has the shape of its im2col matrix.
/// - Throws: ``ConvolutionError`` when the sizes do not tile or `columns` has the wrong shape.
@inlinable
public func col2im<Scalar>(_ columns: Tensor<Scalar>, inputShape: [Int], kernelHeight: Int, kernelWidth: Int,
                           parameters: Conv2DParameters = Conv2DParameters()) throws -> Tensor<Scalar> {
    let channels = inputShape.count == 4 ? inputShape[1] : 0
    let g = try ConvolutionGeometry(inputShape: inputShape, kernelShape: [1, channels, kernelHeight, kernelWidth],
                                    parameters: parameters)
    guard columns.shape == g.im2colShape else {
        throw ConvolutionError.shape(expected: "an im2col matrix \(TensorError.format(g.im2colShape))", given: columns.shape)
    }
    return try g.col2im(columns)
}

extension ConvolutionGeometry {
    /// The im2col matrix of the whole batch, (C·k_h·k_w, N·H_out·W_out).
    @inlinable
    func im2col<Scalar>(_ x: Tensor<Scalar>) throws -> Tensor<Scalar> {
        var columns = try Tensor<Scalar>(zeros: im2colShape)
        forEachEntry { entry, input in columns[offset: entry] = x[offset: input] }
        return columns
    }

    /// col2im: each entry of the matrix added back to the input cell it was read from.
    @inlinable
    func col2im<Scalar>(_ columns: Tensor<Scalar>) throws -> Tensor<Scalar> {
        var x = try Tensor<Scalar>(zeros: inputShape)
        forEachEntry { entry, input in x[offset: input] += columns[offset: entry] }
        return x
    }

    /// Calls `body(entry, input)` for every entry of the im2col matrix that reads the image:
    /// `entry` is its row-major offset in the matrix, `input` the offset of the cell
    /// x[n, c, o_y·S_H + u − P_top, o_x·S_W + v − P_left] it holds. Entries that read the zero
    /// padding are skipped (they stay 0).
    @inlinable
    func forEachEntry(_ body: (_ entry: Int, _ input: Int) -> Void) {
        let columnCount = batch * outputPositions
        for c in 0..<inputChannels {
            for u in 0..<kernelHeight {
                for v in 0..<kernelWidth {
                    let row = (c * kernelHeight + u) * kernelWidth + v
                    for n in 0..<batch {
                        for oy in 0..<outputHeight {
                            for ox in 0..<outputWidth {
                                guard let input = inputCell(n: n, c: c, i: oy, j: ox, u: u, v: v) else { continue }
                                body(row * columnCount + n * outputPositions + oy * outputWidth + ox, input)
                            }
                        }
                    }
                }
            }
        }
    }
}
