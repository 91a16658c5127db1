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
