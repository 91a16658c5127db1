import Tensors

/// How the fast convolutions (im2col and vectorized) share the work between threads: the batch
/// is split between ``ComputeThreads`` workers, each with its own buffers, each running its
/// products on its own thread (OpenBLAS always runs on the calling thread, see ``ComputeThreads``).
///
/// Measured on AlexNet CONV2 (2 threads, forward+backward): 371 ms when OpenBLAS threaded each
/// image's products and the image's im2col was split between two threads of ours, 235 ms when
/// OpenBLAS alone threaded, 227 ms with the batch split (LeNet C3: 2.69 → 1.95 ms).
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
        ComputeThreads.split(batch, parts: workers, body)
    }
}
