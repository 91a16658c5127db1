import NeuralNet
import PropertyTesting
import Tensors
import Testing

/// Backpropagation through time against central differences of the loss, in `Double`, over
/// random sizes, weights, sequences and initial states (min-char-rnn ships its own
/// `gradCheck`; cs231n states the expected error, ~10⁻⁹ for a correct pass).
@Suite("BPTT gradient check")
struct GradientCheckTests {
    /// A network with weights large enough (σ = 0.5) that the tanh is far from linear, a random
    /// sequence and h₋₁; returns the relative error of the whole gradient ∂L/∂θ.
    static func relativeError(vocabulary v: Int, hidden h: Int, steps t: Int, seed: UInt64) throws -> Double {
        var generator = SeededGenerator(seed: seed)
        var model = try VanillaRNN(vocabularySize: v, hiddenSize: h, seed: seed)
        model.parameters = try Tensor.gaussian(shape: model.parameters.shape, standardDeviation: 0.5, using: &generator)
        let symbols = (0...t).map { _ in Int(generator.next() % UInt64(v)) }
        let inputs = Array(symbols[0..<t]), targets = Array(symbols[1...t])
        let start = (0..<h).map { _ in generator.uniform(-0.9, 0.9) }
        let analytic = try model.backward(model.forward(inputs: inputs, targets: targets, from: start))
        let comparison = try GradientCheck.compare(analytic: analytic, at: model.parameters) { theta in
            var probe = model
            probe.parameters = theta
            return try probe.forward(inputs: inputs, targets: targets, from: start).loss
        }
        return comparison.relativeError
    }

    @Test("∂L/∂θ of BPTT matches central differences (relative error < 10⁻⁶)")
    func randomNetworks() async {
        await checkProperty(count: 25, input: Gen.int(in: 1...5), Gen.int(in: 1...5), Gen.int(in: 1...6), Gen.int(in: 0...100_000)) { v, h, t, seed in
            let error = try Self.relativeError(vocabulary: v, hidden: h, steps: t, seed: UInt64(seed))
            #expect(error < 1e-6, "V = \(v), H = \(h), T = \(t), seed \(seed): relative error \(error)")
        }
    }
}
