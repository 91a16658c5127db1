import PropertyTesting
import Testing
import Tensors

/// OpenBLAS and the readable triple loop compute the same product (IFT 780 slides 13–16 rely on
/// A·B being one well-defined thing, however it is computed).
@Suite("Matrix product")
struct MatrixProductTests {
    @Test("BLAS GEMM equals the reference loop on random shapes, 1×n and n×1 included")
    func blasMatchesReference() async {
        await checkProperty(count: 60, input: Gen.int(in: 1...40), Gen.int(in: 1...40), Gen.int(in: 1...40), Gen.int(in: 0...1000)) { m, k, n, seed in
            var generator = SeededGenerator(seed: UInt64(seed))
            let a = try! Tensor<Double>.uniform(shape: [m, k], low: -1, high: 1, using: &generator)
            let b = try! Tensor<Double>.uniform(shape: [k, n], low: -1, high: 1, using: &generator)
            let fast = try! Tensor.matmul(a, b)
            let slow = try! Tensor.referenceMatmul(a, b)
            #expect(fast.shape == [m, n])
            #expect(try! fast.maxAbsDifference(slow) < 1e-12 * Double(k))
        }
    }

    @Test("Float GEMM agrees with the reference within single-precision rounding")
    func floatAgreement() async {
        await checkProperty(count: 30, input: Gen.int(in: 1...64), Gen.int(in: 1...64), Gen.int(in: 1...64)) { m, k, n in
            var generator = SeededGenerator(seed: UInt64(m * 10_000 + k * 100 + n))
            let a = try! Tensor<Float>.uniform(shape: [m, k], low: -1, high: 1, using: &generator)
            let b = try! Tensor<Float>.uniform(shape: [k, n], low: -1, high: 1, using: &generator)
            let difference = try! Tensor.matmul(a, b).maxAbsDifference(Tensor.referenceMatmul(a, b))
            #expect(difference < 1e-5 * Float(k))
        }
    }

    @Test("Transposed operands are read in place: Aᵀ·B and A·Bᵀ")
    func transposes() throws {
        let a = try Tensor<Double>(rows: [[1, 2, 3], [4, 5, 6]])          // 2×3
        let b = try Tensor<Double>(rows: [[1, 0], [0, 1], [2, 2]])         // 3×2
        #expect(try Tensor.matmul(a, b).scalars == [7, 8, 16, 17])
        #expect(try Tensor.matmul(a, a, transposeA: true).scalars == [17, 22, 27, 22, 29, 36, 27, 36, 45])
        #expect(try Tensor.matmul(a, a, transposeB: true).scalars == [14, 32, 32, 77])
    }

    @Test("A large product shared by rows between 1, 2 or 3 threads is the same product, transposed or not")
    func sharedBetweenThreads() throws {
        // 131 × 128 × 130 multiply-adds ≥ 2²¹: the rows of C are split between the threads, each
        // block through single-threaded OpenBLAS. (The values may differ in the last bits: OpenBLAS
        // picks a different kernel for a small block.)
        var generator = SeededGenerator(seed: 8)
        let a = try Tensor<Float>.uniform(shape: [131, 128], low: -1, high: 1, using: &generator)
        let b = try Tensor<Float>.uniform(shape: [128, 130], low: -1, high: 1, using: &generator)
        let reference = try Tensor.referenceMatmul(a, b)
        for count in [1, 2, 3] {
            let threads = ComputeThreads(count)
            for product in [try Tensor.matmul(a, b, threads: threads), try Tensor.matmul(a.transposed(), b, transposeA: true, threads: threads),
                            try Tensor.matmul(a, b.transposed(), transposeB: true, threads: threads)] {
                #expect(try product.maxAbsDifference(reference) < 1e-4, "\(count) threads")
            }
        }
    }

    @Test("A product of mismatched shapes names both shapes")
    func mismatch() throws {
        let a = try Tensor<Float>(zeros: [2, 3])
        let b = try Tensor<Float>(zeros: [4, 5])
        #expect(throws: TensorError.shapeMismatch(operation: "matrix product A·B", [2, 3], [4, 5])) {
            try Tensor.matmul(a, b)
        }
        let message = String(describing: TensorError.shapeMismatch(operation: "matrix product A·B", [2, 3], [4, 5]))
        #expect(message == "matrix product A·B: shapes (2, 3) and (4, 5) do not fit")
    }

    @Test("An empty inner dimension gives zeros, not a BLAS error")
    func emptyInner() throws {
        let a = try Tensor<Float>(zeros: [3, 0])
        let b = try Tensor<Float>(zeros: [0, 2])
        #expect(try Tensor.matmul(a, b) == Tensor(zeros: [3, 2]))
    }
}
