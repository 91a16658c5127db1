import CBLAS
import Glibc

/// How many threads a computation may share its work between: a value handed to the code that
/// splits work (the engine's convolutions and pooling split a batch, ``Tensor/matmul(_:_:transposeA:transposeB:threads:)``
/// splits the rows of a large product), never a setting of the process — two computations
/// running side by side each keep their own count.
///
/// OpenBLAS itself always runs on the one thread that calls it: its own pool's idle threads spin
/// after each call and take the core from the threads of ours, and changing its count for one
/// product while another thread multiplies would be a race (docs/performance.md). A convolution's
/// output does not depend on the thread count; sums over a batch (∂L/∂W) and products split by
/// rows may differ in the last bits.
public struct ComputeThreads: Equatable, Sendable, CustomStringConvertible {
    /// The number of threads (at least 1).
    public let count: Int

    /// `count` threads (values below 1 mean 1).
    public init(_ count: Int) {
        self.count = Swift.max(1, count)
    }

    /// One thread: the caller's.
    public static let one = ComputeThreads(1)

    /// `OPENBLAS_NUM_THREADS` when it is set (the variable the course's tools already use to
    /// pin a run), else the machine's online cores.
    public static let available = ComputeThreads(initialCount)

    private static var initialCount: Int {
        if let text = getenv("OPENBLAS_NUM_THREADS"), let value = Int(String(cString: text)), value > 0 {
            return value
        }
        return Swift.max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    }

    public var description: String { "\(count)" }

    /// OpenBLAS kept to one thread, once, before the first product (``gemm(transposeA:transposeB:m:n:k:a:lda:b:ldb:c:ldc:accumulate:)``
    /// touches it).
    @usableFromInline
    static let blasOnOneThread: Void = openblas_set_num_threads(1)
}
