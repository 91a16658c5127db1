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
    var columns = try Tensor<Scalar>(zeros: g.im2colShape)
    columns.withUnsafeMutableBufferPointer { cols in
        input.withUnsafeBufferPointer { x in
            for n in 0..<g.batch {
                g.fillColumns(from: x.baseAddress! + n &* g.imageSize,
                              into: cols.baseAddress! + n &* g.outputPositions, rowStride: g.batch &* g.outputPositions)
            }
        }
    }
    return columns
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
    var input = try Tensor<Scalar>(zeros: inputShape)
    input.withUnsafeMutableBufferPointer { x in
        columns.withUnsafeBufferPointer { cols in
            for n in 0..<g.batch {
                g.accumulateColumns(cols.baseAddress! + n &* g.outputPositions, rowStride: g.batch &* g.outputPositions,
                                    into: x.baseAddress! + n &* g.imageSize)
            }
        }
    }
    return input
}

extension ConvolutionGeometry {
    /// Writes the im2col block of one image (C, H, W) at `columns`: row k starts at
    /// `columns + k·rowStride` and holds H_out·W_out entries.
    @inlinable
    func fillColumns<Scalar: TensorScalar>(from image: UnsafePointer<Scalar>, into columns: UnsafeMutablePointer<Scalar>,
                                           rowStride: Int) {
        forEachRow { plane, u, v, row in
            let source = image + plane
            let target = columns + row &* rowStride
            let (first, end) = validColumns(v)
            for oy in 0..<outputHeight {
                let iy = oy &* strideHeight &+ u &- paddingRows.before
                let out = target + oy &* outputWidth
                guard iy >= 0, iy < inputHeight else {
                    out.update(repeating: 0, count: outputWidth)
                    continue
                }
                let line = source + iy &* inputWidth
                out.update(repeating: 0, count: first)
                var ix = first &* strideWidth &+ v &- paddingColumns.before
                for ox in first..<end {
                    out[ox] = line[ix]
                    ix &+= strideWidth
                }
                (out + end).update(repeating: 0, count: outputWidth &- end)
            }
        }
    }

    /// Adds the im2col block at `columns` (laid out as ``fillColumns(from:into:rowStride:)``
    /// writes it) back into one image (C, H, W): col2im.
    @inlinable
    func accumulateColumns<Scalar: TensorScalar>(_ columns: UnsafePointer<Scalar>, rowStride: Int,
                                                 into image: UnsafeMutablePointer<Scalar>) {
        forEachRow { plane, u, v, row in
            let target = image + plane
            let source = columns + row &* rowStride
            let (first, end) = validColumns(v)
            for oy in 0..<outputHeight {
                let iy = oy &* strideHeight &+ u &- paddingRows.before
                guard iy >= 0, iy < inputHeight else { continue }
                let line = target + iy &* inputWidth
                let entries = source + oy &* outputWidth
                var ix = first &* strideWidth &+ v &- paddingColumns.before
                for ox in first..<end {
                    line[ix] += entries[ox]
                    ix &+= strideWidth
                }
            }
        }
    }

    /// Calls `body(channelOffset, u, v, row)` for each im2col row, in the order k = (c·k_h + u)·k_w + v.
    @inlinable
    func forEachRow(_ body: (_ plane: Int, _ u: Int, _ v: Int, _ row: Int) -> Void) {
        var row = 0
        for c in 0..<inputChannels {
            for u in 0..<kernelHeight {
                for v in 0..<kernelWidth {
                    body(c &* inputHeight &* inputWidth, u, v, row)
                    row &+= 1
                }
            }
        }
    }

    /// The output columns o_x whose input column o_x·S_W + v − P_left lies inside 0..<W, as
    /// first..<end; the columns before and after read the zero padding.
    @inlinable
    func validColumns(_ v: Int) -> (first: Int, end: Int) {
        let offset = v &- paddingColumns.before
        let end = offset >= inputWidth ? 0 : Swift.min(outputWidth, (inputWidth &- 1 &- offset) / strideWidth &+ 1)
        let first = offset >= 0 ? 0 : (-offset &+ strideWidth &- 1) / strideWidth
        return (Swift.min(first, end), end)
    }
}
