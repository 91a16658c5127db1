import NeuralNet
import Tensors

/// The engine's im2col and col2im (NeuralNet's Im2col.swift is the readable loop they speed
/// up): one image's block at a time, written row by row of the matrix — each row a run of
/// consecutive input cells when the stride is 1, moved in SIMD blocks (``ShortRows``) — and the
/// entries that read the zero padding never touched, so a block filled once keeps its zeros
/// from one image to the next.
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
