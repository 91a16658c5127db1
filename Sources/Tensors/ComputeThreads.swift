import CBLAS
import Glibc
import Synchronization

/// The number of threads CNNLab's kernels share their work between: the convolutions and the
/// pooling split a batch (``split(_:parts:_:)``), ``Tensor/matmul(_:_:transposeA:transposeB:)``
/// splits the rows of a large product. It starts at `OPENBLAS_NUM_THREADS` when that is set, else
/// at the machine's cores; a benchmark sets it to compare 1 and 2 threads in one run.
///
/// OpenBLAS itself always runs on one thread, the one that calls it. Its own pool did not mix
/// with threads of ours: its idle threads spin for about 2²⁸ cycles after each call and take the
/// core from any other thread (AlexNet CONV2 on 2 threads: 371 ms with both kinds of threads, 227
/// with ours alone), and changing its count for one layer while another thread multiplies is a
/// race. A convolution's output does not depend on the thread count (each image's products are
/// the same); sums over a batch (∂L/∂W) and a product split by rows may differ in the last bits.
public enum ComputeThreads {
    /// The current thread count (at least 1).
    public static var count: Int { threads.load(ordering: .relaxed) }

    /// Uses `threads` threads from now on (values below 1 mean 1).
    public static func set(_ threads: Int) {
        Self.threads.store(Swift.max(1, threads), ordering: .relaxed)
    }

    private static let threads = Atomic<Int>(initialCount)

    /// `OPENBLAS_NUM_THREADS` (as OpenBLAS reads it), else the online cores.
    private static var initialCount: Int {
        if let text = getenv("OPENBLAS_NUM_THREADS"), let value = Int(String(cString: text)), value > 0 {
            return value
        }
        return Swift.max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }

    /// OpenBLAS kept to one thread, once, before the first product (``gemm(transposeA:transposeB:m:n:k:a:lda:b:ldb:c:ldc:accumulate:)``
    /// touches it).
    @usableFromInline
    static let blasOnOneThread: Void = openblas_set_num_threads(1)
}
