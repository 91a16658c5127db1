import Engine
import Foundation
import NeuralNet
import PropertyTesting
import Tensors
import Testing

/// The engine's activations (``ActivationKernels``) against the lesson's exact formulas
/// (``Activation``): equal in Double (the derivative from the output within 10⁻¹²), within 10⁻⁶
/// in Float (the rational tanh).
@Suite("Engine activations = lesson activations")
struct ActivationAgreementTests {
    @Test("Float tanh: the rational approximation is within 5·10⁻⁷ of tanh on [−10, 10]")
    func tanhApproximation() {
        var worst = 0.0
        for i in -100_000...100_000 {
            let z = Double(i) / 10_000
            worst = max(worst, abs(Double(ActivationKernels.tanhApproximation(Float(z))) - tanh(Double(Float(z)))))
        }
        #expect(worst < 5e-7)
    }

    @Test("forward is Activation.forward and backward from the output is Activation.backward at z, for every activation")
    func sameAsTheFormulas() async {
        await checkProperty(count: 30, input: Gen.int(in: 1...40), Gen.int(in: 0...1_000_000)) { count, seed in
            var generator = SeededGenerator(seed: UInt64(seed))
            let z = try Tensor<Double>.gaussian(shape: [count], standardDeviation: 2, using: &generator)
            let g = try Tensor<Double>.gaussian(shape: [count], standardDeviation: 1, using: &generator)
            for activation in [Activation.identity] + Activation.table {
                let y = ActivationKernels.forward(activation, z)
                #expect(y.scalars == activation.forward(z).scalars)
                let fast = try ActivationKernels.backward(activation, g, output: y)
                #expect(try fast.maxAbsDifference(activation.backward(g, at: z)) < 1e-12, "\(activation.name)")
            }
            let zf = z.converted(to: Float.self)
            for activation in [Activation.tanh, .relu] {
                #expect(try ActivationKernels.forward(activation, zf).maxAbsDifference(activation.forward(zf)) < 1e-6)
            }
        }
    }
}
