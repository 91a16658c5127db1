import NeuralNet
import Tensors

/// How the engine's convolutions (im2col and vectorized) share the work between threads: the
/// batch is split between up to `threads` workers, each with its own buffers, each running its
/// products on its own thread (OpenBLAS always runs on the calling thread, see ``ComputeThreads``).
/// Splitting the batch beats splitting one image's products (docs/performance.md).
@usableFromInline
struct BatchPlan {
    /// Threads sharing the batch.
    @usableFromInline let workers: Int
    @usableFromInline let batch: Int

    @inlinable
    init(_ g: ConvolutionGeometry, threads: ComputeThreads) {
        workers = Swift.max(1, Swift.min(threads.count, g.batch))
        batch = g.batch
    }

    /// Runs `body(images, worker)` on ``workers`` threads, each given a contiguous range of the batch.
    @inlinable
    func run(_ body: (_ images: Range<Int>, _ worker: Int) -> Void) {
        ComputeThreads.split(batch, parts: workers, body)
    }
}
