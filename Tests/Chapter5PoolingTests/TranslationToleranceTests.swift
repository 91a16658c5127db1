import Chapter5Pooling
import NeuralNet
import Testing
import Tensors

/// A one-pixel shift changes a 2×2 max-pooled map less than it changes the input — measured on
/// seeded random 16×16 images, not assumed.
struct TranslationToleranceTests {
    /// Δ of the input and of the pooled maps for a one-pixel move of each of 50 seeded images.
    func measurements(_ make: (inout SeededGenerator) throws -> Tensor<Double>) throws -> [TranslationTolerance.Measurement] {
        try (0..<50).map { seed in
            var generator = SeededGenerator(seed: UInt64(seed))
            return try TranslationTolerance.measure(make(&generator), shift: 1)
        }
    }

    @Test("a one-pixel shift changes the 2×2 max-pooled map less than the input")
    func onePixelShift() throws {
        // Non-negative maps, as after a ReLU: max(0, N(0, 1)). Measured Δ_max/Δ_input from 0.33
        // to 0.66 (Δ_mean/Δ_input 0.41 to 0.63) over the 50 images.
        let rectified = try measurements { try Activation.relu.forward(Tensor.gaussian(shape: [16, 16], standardDeviation: 1, using: &$0)) }
        #expect(rectified.allSatisfy { $0.maxPooled < 0.75 * $0.input })
        #expect(rectified.allSatisfy { $0.meanPooled < 0.75 * $0.input })
        // Signed noise, uniform on [−1, 1]: Δ_max/Δ_input from 0.21 to 0.49; the mean pooling
        // lets more through (0.54 to 0.91), as its positive and negative cells cancel.
        let signed = try measurements { try Tensor.uniform(shape: [16, 16], low: -1, high: 1, using: &$0) }
        #expect(signed.allSatisfy { $0.maxPooled < 0.6 * $0.input })
        #expect(signed.allSatisfy { $0.meanPooled < $0.input })
    }

    @Test("a circular shift by the width, or by 0, changes nothing; shifting moves columns right")
    func shifting() throws {
        let x = try Tensor<Double>(rows: [[1, 2, 3], [4, 5, 6]])
        #expect(try TranslationTolerance.shifted(x, columns: 1).scalars == [3, 1, 2, 6, 4, 5])
        #expect(try TranslationTolerance.shifted(x, columns: -1).scalars == [2, 3, 1, 5, 6, 4])
        #expect(try TranslationTolerance.shifted(x, columns: 3) == x)
        #expect(try TranslationTolerance.measure(x, shift: 0).input == 0)
    }
}
