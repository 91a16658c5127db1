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
/// of AlexNet CONV2 would take 112 MB), and the product lands directly in the output. (Putting
/// a dozen LeNet images side by side in one matrix, as slides 159–160 do, was measured slower:
/// the extra copies cost more than the larger products gain.) ``GEMMPlan`` decides the threads.
extension ConvolutionGeometry {
    @inlinable
    func gemmForward<Scalar: TensorScalar>(_ x: UnsafePointer<Scalar>, _ w: UnsafePointer<Scalar>,
                                           _ b: UnsafePointer<Scalar>, _ y: UnsafeMutablePointer<Scalar>) {
        let plan = GEMMPlan(self)
        let (rows, positions, filters) = (patchSize, outputPositions, outputChannels)
        plan.run { images, _ in
            let columns = UnsafeMutablePointer<Scalar>.allocate(capacity: rows &* positions)
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
                                            _ dw: UnsafeMutablePointer<Scalar>, _ db: UnsafeMutablePointer<Scalar>) {
        let plan = GEMMPlan(self)
        let (rows, positions, filters) = (patchSize, outputPositions, outputChannels)
        // Worker 0 accumulates into ∂L/∂W and ∂L/∂b, the others into partial sums added at the end.
        let partialSize = filters &* rows &+ filters
        let partials = UnsafeMutablePointer<Scalar>.allocate(capacity: (plan.workers &- 1) &* partialSize)
        for i in 0..<((plan.workers &- 1) &* partialSize) { partials[i] = 0 }
        defer { partials.deallocate() }
        plan.run { images, worker in
            let partial = partials + (worker &- 1) &* partialSize
            let (kernelGradient, biasGradient) = worker == 0 ? (dw, db) : (partial, partial + filters &* rows)
            let columns = UnsafeMutablePointer<Scalar>.allocate(capacity: rows &* positions)
            defer { columns.deallocate() }
            for n in images {
                let g = dy + n &* outputSize
                fillColumns(from: x + n &* imageSize, into: columns, rowStride: positions)
                gemm(transposeA: false, transposeB: true, m: filters, n: rows, k: positions,
                     a: g, lda: positions, b: columns, ldb: positions, c: kernelGradient, ldc: rows, accumulate: true)
                for o in 0..<filters {
                    let line = g + o &* positions
                    var sum: Scalar = 0
                    for p in 0..<positions { sum += line[p] }
                    biasGradient[o] += sum
                }
                guard let dx else { continue }
                // The columns are not needed any more: they receive Wᵀ·∂L/∂Y_n.
                gemm(transposeA: true, transposeB: false, m: rows, n: positions, k: filters,
                     a: w, lda: rows, b: g, ldb: positions, c: columns, ldc: positions, accumulate: false)
                accumulateColumns(columns, rowStride: positions, into: dx + n &* imageSize)
            }
        }
        for worker in 1..<plan.workers {
            let partial = partials + (worker &- 1) &* partialSize
            for i in 0..<(filters &* rows) { dw[i] += partial[i] }
            for o in 0..<filters { db[o] += partial[filters &* rows &+ o] }
        }
    }

    /// C·H·W, the values of one input image.
    @inlinable
    var imageSize: Int { inputChannels &* inputHeight &* inputWidth }

    /// C_out·H_out·W_out, the values of one output image.
    @inlinable
    var outputSize: Int { outputChannels &* outputPositions }
}

/// How the im2col path shares the work between threads: the batch is split between
/// ``ComputeThreads`` workers, each with its own im2col buffer, each running its products on its
/// own thread with BLAS kept to one thread meanwhile. Only a single image is left to BLAS to thread.
///
/// Measured on AlexNet CONV2 (2 threads, forward+backward): 371 ms when BLAS threaded each image's
/// products and the image's im2col was split between two threads of ours, 235 ms when BLAS alone
/// threaded, 227 ms with the batch split (LeNet C3: 2.69 → 1.95 ms). OpenBLAS's idle threads spin
/// for about 2²⁸ cycles after each call and take the core from any other thread that wants it;
/// workers that call BLAS on one thread each never compete with it.
@usableFromInline
struct GEMMPlan {
    /// Threads sharing the batch.
    @usableFromInline let workers: Int
    @usableFromInline let batch: Int

    @inlinable
    init(_ g: ConvolutionGeometry) {
        workers = Swift.max(1, Swift.min(ComputeThreads.count, g.batch))
        batch = g.batch
    }

    /// Runs `body(images, worker)` on ``workers`` threads, each given a contiguous range of the batch.
    @inlinable
    func run(_ body: (_ images: Range<Int>, _ worker: Int) -> Void) {
        guard workers > 1 else { return body(0..<batch, 0) }
        ComputeThreads.withSingleThreadedBLAS {
            ComputeThreads.split(batch, parts: workers, body)
        }
    }
}
