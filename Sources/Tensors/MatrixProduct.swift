/// The matrix product C = A·B, the one operation that carries almost all of the arithmetic of a
/// network (dense layers directly, convolutions through im2col — IFT 780, slides 13–16, 147–164).
///
/// Two implementations: ``matmul(_:_:transposeA:transposeB:)`` goes through OpenBLAS
/// (`cblas_sgemm` / `cblas_dgemm`), and ``referenceMatmul(_:_:)`` is the triple loop
/// c[i][j] = Σₖ a[i][k]·b[k][j] that a student can read; the tests prove they agree.
extension Tensor {
    /// op(A)·op(B) for matrices, op being the transpose when asked (no copy is made). A large
    /// product is shared by rows between `threads` (one by default: the caller's).
    /// - Throws: ``TensorError/shapeMismatch(operation:_:_:)`` when the inner sizes differ.
    @inlinable
    public static func matmul(_ a: Tensor, _ b: Tensor,
                              transposeA: Bool = false, transposeB: Bool = false,
                              threads: ComputeThreads = .one) throws -> Tensor {
        guard a.rank == 2, b.rank == 2 else {
            throw TensorError.shapeMismatch(operation: "matrix product (both must be matrices)", a.shape, b.shape)
        }
        let (m, k) = transposeA ? (a.shape[1], a.shape[0]) : (a.shape[0], a.shape[1])
        let (kb, n) = transposeB ? (b.shape[1], b.shape[0]) : (b.shape[0], b.shape[1])
        guard k == kb else {
            let opA = transposeA ? "matrix product Aᵀ·" : "matrix product A·"
            throw TensorError.shapeMismatch(operation: opA + (transposeB ? "Bᵀ" : "B"), a.shape, b.shape)
        }
        var c = try Tensor(zeros: [m, n])
        // A large product is shared by rows between the threads: rows r of C need rows r of op(A).
        let parts = m &* n &* k >= 1 << 21 ? Swift.min(threads.count, m) : 1
        c.withUnsafeMutableBufferPointer { cp in
            a.withUnsafeBufferPointer { ap in
                b.withUnsafeBufferPointer { bp in
                    let (lda, ldb) = (a.shape[1], b.shape[1])
                    ComputeThreads.split(m, parts: parts) { rows, _ in
                        let first = rows.lowerBound
                        gemm(transposeA: transposeA, transposeB: transposeB, m: rows.count, n: n, k: k,
                             a: ap.baseAddress.map { $0 + (transposeA ? first : first &* lda) }, lda: lda,
                             b: bp.baseAddress, ldb: ldb,
                             c: cp.baseAddress.map { $0 + first &* n }, ldc: n, accumulate: false)
                    }
                }
            }
        }
        return c
    }

    /// The textbook product c[i][j] = Σₖ a[i][k]·b[k][j]: slow, obviously right, the reference
    /// that ``matmul(_:_:transposeA:transposeB:)`` is tested against.
    @inlinable
    public static func referenceMatmul(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        guard a.rank == 2, b.rank == 2, a.shape[1] == b.shape[0] else {
            throw TensorError.shapeMismatch(operation: "matrix product", a.shape, b.shape)
        }
        let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1])
        var c = [Scalar](repeating: 0, count: m * n)
        for i in 0..<m {
            for j in 0..<n {
                var sum: Scalar = 0
                for p in 0..<k { sum += a.storage[i * k + p] * b.storage[p * n + j] }
                c[i * n + j] = sum
            }
        }
        return try Tensor(shape: [m, n], scalars: c)
    }
}

/// C ← op(A)·op(B) (or C += op(A)·op(B) with `accumulate`) on raw row-major buffers: the door
/// through which every layer reaches BLAS. Empty products (m, n or k = 0) are handled here, since
/// BLAS rejects a leading dimension of 0.
@inlinable
public func gemm<Scalar: TensorScalar>(
    transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int,
    a: UnsafePointer<Scalar>?, lda: Int, b: UnsafePointer<Scalar>?, ldb: Int,
    c: UnsafeMutablePointer<Scalar>?, ldc: Int, accumulate: Bool
) {
    guard m > 0, n > 0, let c else { return }
    ComputeThreads.blasOnOneThread
    guard k > 0, let a, let b else {
        if !accumulate {
            for i in 0..<m { (c + i * ldc).update(repeating: 0, count: n) }
        }
        return
    }
    Scalar.blasGEMM(transposeA: transposeA, transposeB: transposeB, m: m, n: n, k: k, alpha: 1,
                    a: a, lda: max(lda, 1), b: b, ldb: max(ldb, 1), beta: accumulate ? 1 : 0,
                    c: c, ldc: max(ldc, 1))
}
