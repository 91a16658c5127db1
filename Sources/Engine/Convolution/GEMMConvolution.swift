import NeuralNet
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
/// One image at a time, not the whole batch side by side as NeuralNet's lesson and slides
/// 159–160 do: one image's block stays small enough to live in cache, the product lands directly
/// in the output, and the copies of a batch's matrix cost more than its larger products gain
/// (docs/performance.md). ``BatchPlan`` decides the threads.
extension ConvolutionGeometry {
    @inlinable
    func gemmForward<Scalar: TensorScalar>(_ x: UnsafePointer<Scalar>, _ w: UnsafePointer<Scalar>,
                                           _ b: UnsafePointer<Scalar>, _ y: UnsafeMutablePointer<Scalar>,
                                           threads: ComputeThreads) {
        let plan = BatchPlan(self, threads: threads)
        let (rows, positions, filters) = (patchSize, outputPositions, outputChannels)
        plan.run { images, _ in
            let columns = UnsafeMutablePointer<Scalar>.allocate(capacity: rows &* positions)
            columns.initialize(repeating: 0, count: rows &* positions)
            defer { columns.deallocate() }
            for n in images {
                fillColumns(from: x + n &* imageSize, into: columns, rowStride: positions)
                let out = y + n &* outputSize
                for o in 0..<filters {
                    let (line, bias) = (out + o &* positions, b[o])
                    for p in 0..<positions { line[p] = bias }
                }
                gemm(transposeA: false, transposeB: false, m: filters, n: positions, k: rows,
                     a: w, lda: rows, b: columns, ldb: positions, c: out, ldc: positions, accumulate: true)
            }
        }
    }

    /// The targets start at zero.
    @inlinable
    func gemmBackward<Scalar: TensorScalar>(_ dy: UnsafePointer<Scalar>, _ x: UnsafePointer<Scalar>,
                                            _ w: UnsafePointer<Scalar>, _ dx: UnsafeMutablePointer<Scalar>?,
                                            _ dw: UnsafeMutablePointer<Scalar>, _ db: UnsafeMutablePointer<Scalar>,
                                            threads: ComputeThreads) {
        let plan = BatchPlan(self, threads: threads)
        let (rows, positions, filters) = (patchSize, outputPositions, outputChannels)
        // Chunk 0 accumulates into ∂L/∂W and ∂L/∂b, the others into partial sums added at the end,
        // in chunk order whatever the thread count.
        let partialSize = filters &* rows &+ filters
        let partials = UnsafeMutablePointer<Scalar>.allocate(capacity: (plan.chunks &- 1) &* partialSize)
        for i in 0..<((plan.chunks &- 1) &* partialSize) { partials[i] = 0 }
        defer { partials.deallocate() }
        plan.run { images, chunk in
            let partial = partials + (chunk &- 1) &* partialSize
            let (kernelGradient, biasGradient) = chunk == 0 ? (dw, db) : (partial, partial + filters &* rows)
            // The im2col block, and the block Wᵀ·∂L/∂Y_n goes through on its way to ∂L/∂x.
            let columns = UnsafeMutablePointer<Scalar>.allocate(capacity: rows &* positions)
            columns.initialize(repeating: 0, count: rows &* positions)
            let products = UnsafeMutablePointer<Scalar>.allocate(capacity: dx == nil ? 0 : rows &* positions)
            defer { columns.deallocate(); products.deallocate() }
            for n in images {
                let g = dy + n &* outputSize
                fillColumns(from: x + n &* imageSize, into: columns, rowStride: positions)
                gemm(transposeA: false, transposeB: true, m: filters, n: rows, k: positions,
                     a: g, lda: positions, b: columns, ldb: positions, c: kernelGradient, ldc: rows, accumulate: true)
                addBiasGradient(of: g, into: biasGradient)
                if let dx {
                    addInputGradient(of: g, kernel: w, through: products, into: dx + n &* imageSize)
                }
            }
        }
        for chunk in 1..<plan.chunks {
            let partial = partials + (chunk &- 1) &* partialSize
            for i in 0..<(filters &* rows) { dw[i] += partial[i] }
            for o in 0..<filters { db[o] += partial[filters &* rows &+ o] }
        }
    }

    /// ∂L/∂b[o] += Σ_p ∂L/∂Y_n[o, p] for one image's output gradient `g` (C_out × H_out·W_out),
    /// eight partial sums at a time (a single running sum cannot be vectorised: it fixes the order
    /// of the additions).
    @inlinable
    func addBiasGradient<Scalar: TensorScalar>(of g: UnsafePointer<Scalar>, into db: UnsafeMutablePointer<Scalar>) {
        let blocks = outputPositions / 8
        for o in 0..<outputChannels {
            let line = g + o &* outputPositions
            var sums = SIMD8<Scalar>()
            for block in 0..<blocks {
                sums += UnsafeRawPointer(line + block &* 8).loadUnaligned(as: SIMD8<Scalar>.self)
            }
            var sum = sums.sum()
            for p in (blocks &* 8)..<outputPositions { sum += line[p] }
            db[o] += sum
        }
    }

    /// ∂L/∂x[n] += col2im(Wᵀ·∂L/∂Y_n) for one image: the product lands in `columns` (an im2col
    /// block, C·k_h·k_w × H_out·W_out), then each entry goes back to the input cell it was read from.
    @inlinable
    func addInputGradient<Scalar: TensorScalar>(of g: UnsafePointer<Scalar>, kernel w: UnsafePointer<Scalar>,
                                                through columns: UnsafeMutablePointer<Scalar>,
                                                into image: UnsafeMutablePointer<Scalar>) {
        let (rows, positions) = (patchSize, outputPositions)
        gemm(transposeA: true, transposeB: false, m: rows, n: positions, k: outputChannels,
             a: w, lda: rows, b: g, ldb: positions, c: columns, ldc: positions, accumulate: false)
        accumulateColumns(columns, rowStride: positions, into: image)
    }

    /// C·H·W, the values of one input image.
    @inlinable
    var imageSize: Int { inputChannels &* inputHeight &* inputWidth }

    /// C_out·H_out·W_out, the values of one output image.
    @inlinable
    var outputSize: Int { outputChannels &* outputPositions }
}
