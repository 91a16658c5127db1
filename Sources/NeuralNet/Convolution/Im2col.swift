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
    var columns: Tensor<Scalar> = try zeroTensor(g.im2colShape)
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
    var input: Tensor<Scalar> = try zeroTensor(inputShape)
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
    /// `columns + k·rowStride` and holds H_out·W_out entries. Only the entries read from the image
    /// are written: the ones that fall in the zero padding are left as they are, so `columns` starts
    /// zeroed — and stays right from one image to the next, which has its padding in the same places.
    @inlinable
    func fillColumns<Scalar: TensorScalar>(from image: UnsafePointer<Scalar>, into columns: UnsafeMutablePointer<Scalar>,
                                           rowStride: Int) {
        let (outWidth, step, stepY) = (outputWidth, strideWidth, strideHeight &* inputWidth)
        forEachKernelIndex { k, start, rows, cells in
            let (begin, count) = (cells.lowerBound, cells.count)
            for oy in rows {
                let target = columns + (k &* rowStride &+ oy &* outWidth &+ begin)
                let source = image + (start &+ oy &* stepY &+ begin &* step)
                if step == 1 {
                    ShortRows.copy(count, from: source, to: target)
                } else {
                    for i in 0..<count { target[i] = source[i &* step] }
                }
            }
        }
    }

    /// Adds the im2col block at `columns` (laid out as ``fillColumns(from:into:rowStride:)``
    /// writes it) back into one image (C, H, W): col2im.
    @inlinable
    func accumulateColumns<Scalar: TensorScalar>(_ columns: UnsafePointer<Scalar>, rowStride: Int,
                                                 into image: UnsafeMutablePointer<Scalar>) {
        let (outWidth, step, stepY) = (outputWidth, strideWidth, strideHeight &* inputWidth)
        forEachKernelIndex { k, start, rows, cells in
            let entries = columns + k &* rowStride
            for oy in rows {
                let source = entries + oy &* outWidth
                let target = image + (start &+ oy &* stepY)
                if step == 1 {
                    ShortRows.add(cells.count, from: source + cells.lowerBound, to: target + cells.lowerBound)
                } else {
                    for ox in cells { target[ox &* step] += source[ox] }
                }
            }
        }
    }

    /// Calls `body(k, start, rows, cells)` for each kernel index k = (c·k_h + u)·k_w + v, the row
    /// of the im2col matrix. Entry (o_y, o_x) of row k reads input cell `start + o_y·S_H·W + o_x·S_W`
    /// of the image; `rows` and `cells` are the o_y and o_x whose cell lies inside the image — the
    /// others read the zero padding.
    @inlinable
    func forEachKernelIndex(_ body: (_ k: Int, _ start: Int, _ rows: Range<Int>, _ cells: Range<Int>) -> Void) {
        let planeSize = inputHeight &* inputWidth
        for c in 0..<inputChannels {
            for u in 0..<kernelHeight {
                let rows = validRange(offset: u &- paddingRows.before, stride: strideHeight, input: inputHeight, output: outputHeight)
                for v in 0..<kernelWidth {
                    let cells = validRange(offset: v &- paddingColumns.before, stride: strideWidth, input: inputWidth, output: outputWidth)
                    let start = c &* planeSize &+ (u &- paddingRows.before) &* inputWidth &+ v &- paddingColumns.before
                    body((c &* kernelHeight &+ u) &* kernelWidth &+ v, start, rows, cells)
                }
            }
        }
    }

    /// The outputs o whose input cell o·S + offset lies inside 0..<input; the outputs before and
    /// after them read the zero padding.
    @inlinable
    func validRange(offset: Int, stride: Int, input: Int, output: Int) -> Range<Int> {
        let end = offset >= input ? 0 : Swift.min(output, (input &- 1 &- offset) / stride &+ 1)
        let first = offset >= 0 ? 0 : (-offset &+ stride &- 1) / stride
        return Swift.min(first, end)..<end
    }
}
