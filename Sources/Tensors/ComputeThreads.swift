import CBLAS

/// The number of threads the numeric kernels may use: OpenBLAS's own thread count (from
/// `OPENBLAS_NUM_THREADS`, or the machine's cores), which the layers also use when they split a
/// batch themselves (a convolution whose per-image products are too small for BLAS to thread).
/// Setting it changes both, so a benchmark can compare 1 and 2 threads in one run.
public enum ComputeThreads {
    /// The current thread count (at least 1).
    public static var count: Int { Swift.max(1, Int(openblas_get_num_threads())) }

    /// Uses `threads` threads from now on (values below 1 mean 1).
    public static func set(_ threads: Int) {
        openblas_set_num_threads(Int32(Swift.max(1, threads)))
    }
}

extension ComputeThreads {
    /// Runs `body` with BLAS on one thread, then restores ``count``: for workers of
    /// ``split(_:parts:_:)`` that each call BLAS on their own share of the work. (Two threaded
    /// BLAS calls at once would queue for OpenBLAS's one thread pool.)
    @inlinable
    public static func withSingleThreadedBLAS<Result>(_ body: () throws -> Result) rethrows -> Result {
        let threads = count
        openblas_set_num_threads(1)
        defer { openblas_set_num_threads(Int32(threads)) }
        return try body()
    }
}
