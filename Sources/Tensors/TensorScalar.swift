import CBLAS

/// The element types a ``Tensor`` can hold: `Float` for speed (images, training) and `Double`
/// where precision matters (gradient checks, gradient descent on analytic functions).
///
/// Each type names the OpenBLAS routine that multiplies its matrices, so generic code reaches
/// `cblas_sgemm` for `Float` and `cblas_dgemm` for `Double` without a branch.
public protocol TensorScalar: BinaryFloatingPoint, SIMDScalar, Codable, Sendable, CustomStringConvertible
where Self.RawSignificand: FixedWidthInteger {
    /// C ← α·op(A)·op(B) + β·C on row-major buffers (BLAS `?gemm`).
    static func blasGEMM(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Self,
        a: UnsafePointer<Self>, lda: Int, b: UnsafePointer<Self>, ldb: Int, beta: Self,
        c: UnsafeMutablePointer<Self>, ldc: Int)
}

extension Float: TensorScalar {
    /// C ← α·op(A)·op(B) + β·C through OpenBLAS (`cblas_sgemm`, row-major).
    @inlinable
    public static func blasGEMM(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Float,
        a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int, beta: Float,
        c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        cblas_sgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans,
                    transposeB ? CblasTrans : CblasNoTrans, Int32(m), Int32(n), Int32(k), alpha,
                    a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }
}

extension Double: TensorScalar {
    /// C ← α·op(A)·op(B) + β·C through OpenBLAS (`cblas_dgemm`, row-major).
    @inlinable
    public static func blasGEMM(
        transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Double,
        a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int, beta: Double,
        c: UnsafeMutablePointer<Double>, ldc: Int
    ) {
        cblas_dgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans,
                    transposeB ? CblasTrans : CblasNoTrans, Int32(m), Int32(n), Int32(k), alpha,
                    a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }
}
