import Tensors

/// The fast convolution: im2col, then a matrix product through BLAS (IFT 780, slides 147–164).
///
/// For each image n, with cols_n its im2col block (C·k_h·k_w × H_out·W_out) and W the filters as
/// rows (C_out × C·k_h·k_w):
///
///     forward    Y_n = W·cols_n + b                  (C_out × H_out·W_out, which is y[n] in NCHW)
///     backward   ∂L/∂W += ∂L/∂Y_n·cols_nᵀ,   ∂L/∂b += row sums of ∂L/∂Y_n,
///                ∂L/∂x[n] = col2im(Wᵀ·∂L/∂Y_n)
///
/// One image at a time: its block stays small enough to live in cache (the whole batch's matrix
/// of AlexNet CONV2 would take 112 MB), and the product's result lands directly in the output.
extension ConvolutionGeometry {
    @inlinable
    func gemmForward<Scalar: TensorScalar>(_ x: UnsafePointer<Scalar>, _ w: UnsafePointer<Scalar>,
                                           _ b: UnsafePointer<Scalar>, _ y: UnsafeMutablePointer<Scalar>) {
        let (rows, positions) = (patchSize, outputPositions)
        let columns = UnsafeMutablePointer<Scalar>.allocate(capacity: rows &* positions)
        defer { columns.deallocate() }
        for n in 0..<batch {
            fillColumns(from: x + n &* imageSize, into: columns, rowStride: positions)
            let out = y + n &* outputSize
            for o in 0..<outputChannels { (out + o &* positions).update(repeating: b[o], count: positions) }
            gemm(transposeA: false, transposeB: false, m: outputChannels, n: positions, k: rows,
                 a: w, lda: rows, b: columns, ldb: positions, c: out, ldc: positions, accumulate: true)
        }
    }

    /// The targets start at zero.
    @inlinable
    func gemmBackward<Scalar: TensorScalar>(_ dy: UnsafePointer<Scalar>, _ x: UnsafePointer<Scalar>,
                                            _ w: UnsafePointer<Scalar>, _ dx: UnsafeMutablePointer<Scalar>?,
                                            _ dw: UnsafeMutablePointer<Scalar>, _ db: UnsafeMutablePointer<Scalar>) {
        let (rows, positions) = (patchSize, outputPositions)
        let columns = UnsafeMutablePointer<Scalar>.allocate(capacity: rows &* positions)
        defer { columns.deallocate() }
        for n in 0..<batch {
            let g = dy + n &* outputSize
            fillColumns(from: x + n &* imageSize, into: columns, rowStride: positions)
            gemm(transposeA: false, transposeB: true, m: outputChannels, n: rows, k: positions,
                 a: g, lda: positions, b: columns, ldb: positions, c: dw, ldc: rows, accumulate: true)
            for o in 0..<outputChannels {
                let line = g + o &* positions
                var sum: Scalar = 0
                for p in 0..<positions { sum += line[p] }
                db[o] += sum
            }
            guard let dx else { continue }
            // The columns are not needed any more: they receive Wᵀ·∂L/∂Y_n.
            gemm(transposeA: true, transposeB: false, m: rows, n: positions, k: outputChannels,
                 a: w, lda: rows, b: g, ldb: positions, c: columns, ldc: positions, accumulate: false)
            accumulateColumns(columns, rowStride: positions, into: dx + n &* imageSize)
        }
    }

    /// C·H·W, the values of one input image.
    @inlinable
    var imageSize: Int { inputChannels &* inputHeight &* inputWidth }

    /// C_out·H_out·W_out, the values of one output image.
    @inlinable
    var outputSize: Int { outputChannels &* outputPositions }
}
