import Tensors

/// How the fast convolutions (im2col and vectorised) share the work between threads: the batch
/// is split between ``ComputeThreads`` workers, each with its own buffers, each running its
/// products on its own thread with BLAS kept to one thread meanwhile. A single image is left to
/// BLAS to thread.
///
/// Measured on AlexNet CONV2 (2 threads, forward+backward): 371 ms when BLAS threaded each image's
/// products and the image's im2col was split between two threads of ours, 235 ms when BLAS alone
/// threaded, 227 ms with the batch split (LeNet C3: 2.69 → 1.95 ms). OpenBLAS's idle threads spin
/// for about 2²⁸ cycles after each call and take the core from any other thread that wants it;
/// workers that call BLAS on one thread each never compete with it.
@usableFromInline
struct BatchPlan {
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
