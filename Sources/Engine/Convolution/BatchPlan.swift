import NeuralNet
import Tensors

/// How the engine's convolutions (im2col and vectorized) share a batch between threads without
/// letting the thread count change a single bit of the result.
///
/// The batch is cut into ``chunkCount`` ranges of images (fewer for a smaller batch) that depend on
/// the batch size alone; the threads take the chunks in turn, each chunk with its own buffers and
/// its own partial sums of ∂L/∂W and ∂L/∂b, and the partial sums are added in chunk order at the
/// end. One thread or four compute the same chunks and add them in the same order, so training
/// gives the same history on any machine (issue 14). OpenBLAS always runs on the calling thread
/// (see ``ComputeThreads``). Splitting the batch beats splitting one image's products
/// (docs/performance.md).
@usableFromInline
struct BatchPlan {
    /// The chunks a batch is cut into, whatever the thread count: enough for four cores.
    @usableFromInline static let chunkCount = 4

    /// Chunks of this batch: ``chunkCount``, or one per image for a smaller batch.
    @usableFromInline let chunks: Int
    /// Threads sharing the chunks: one for a batch below ``minimumProducts`` multiply-adds, whose
    /// work takes less time than handing part of it to a worker (the chunks, and so the results,
    /// stay the same).
    @usableFromInline let workers: Int
    /// 2¹⁹ multiply-adds (≈ 25 µs at 20 G/s): every convolution of LeNet-5 on 32 images is shared,
    /// a single image's C1 (86 k) is not.
    @usableFromInline static let minimumProducts = 1 << 19
    @usableFromInline let batch: Int

    @inlinable
    init(_ g: ConvolutionGeometry, threads: ComputeThreads) {
        batch = g.batch
        chunks = Swift.max(1, Swift.min(Self.chunkCount, g.batch))
        let products = g.batch &* g.outputChannels &* g.outputPositions &* g.patchSize
        workers = products >= Self.minimumProducts ? Swift.min(threads.count, chunks) : 1
    }

    /// The images of chunk `chunk`: consecutive, the sizes differing by one at most.
    @inlinable
    func images(of chunk: Int) -> Range<Int> {
        (batch &* chunk / chunks)..<(batch &* (chunk &+ 1) / chunks)
    }

    /// Runs `body(images, chunk)` for every chunk, the chunks shared between ``workers`` threads
    /// (consecutive chunks to each).
    @inlinable
    func run(_ body: (_ images: Range<Int>, _ chunk: Int) -> Void) {
        ComputeThreads.split(chunks, parts: workers) { chunkRange, _ in
            for chunk in chunkRange { body(images(of: chunk), chunk) }
        }
    }
}
