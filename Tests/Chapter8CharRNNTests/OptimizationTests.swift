import Foundation
import NeuralNet
import PropertyTesting
import Tensors
import Testing

/// The laws of min-char-rnn's update: clipping to [−5, 5], then Adagrad with ε = 10⁻⁸ inside
/// the square root (IFT 780 slides 235–236, the gist).
@Suite("Clipping and Adagrad")
struct OptimizationTests {
    @Test("clipping: inside [−5, 5] untouched, outside brought to the nearer end, count of changes")
    func clippingLaw() async {
        await checkProperty(count: 50, input: Gen.int(in: 1...30), Gen.int(in: 0...100_000)) { n, seed in
            var generator = SeededGenerator(seed: UInt64(seed))
            let values = (0..<n).map { _ in generator.uniform(-20, 20) }
            var gradient = Tensor(values)
            let changed = GradientClipping.clip(&gradient)
            #expect(gradient.scalars == values.map { min(max($0, -5), 5) })
            #expect(changed == values.filter { abs($0) > 5 }.count)
            // Clipping twice changes nothing more.
            #expect(GradientClipping.clip(&gradient) == 0)
        }
    }

    @Test("Adagrad: G ← G + g², θ ← θ − μ·g/√(G + ε), the sum kept per coordinate across steps")
    func adagradLaw() throws {
        var optimizer = Adagrad<Double>(learningRate: 0.1)
        #expect(optimizer.epsilon == 1e-8)
        var theta = Tensor<Double>([1, -2, 0.5])
        let g1 = Tensor<Double>([3, -4, 0]), g2 = Tensor<Double>([1, 2, 0.5])
        try optimizer.update(&theta, gradient: g1, name: "theta")
        let afterOne = [1 - 0.1 * 3 / (9 + 1e-8).squareRoot(), -2 + 0.1 * 4 / (16 + 1e-8).squareRoot(), 0.5]
        #expect(theta.scalars == afterOne)
        try optimizer.update(&theta, gradient: g2, name: "theta")
        let afterTwo = [afterOne[0] - 0.1 * 1 / (10 + 1e-8).squareRoot(),
                        afterOne[1] - 0.1 * 2 / (20 + 1e-8).squareRoot(),
                        afterOne[2] - 0.1 * 0.5 / (0.25 + 1e-8).squareRoot()]
        #expect(theta.scalars == afterTwo)
    }

    @Test("Adagrad's first step moves every coordinate by μ against the sign of its gradient")
    func adagradFirstStep() async {
        await checkProperty(count: 50, input: Gen.int(in: 1...20), Gen.int(in: 0...100_000)) { n, seed in
            var generator = SeededGenerator(seed: UInt64(seed))
            let start = (0..<n).map { _ in generator.uniform(-1, 1) }
            let gradient = (0..<n).map { _ in generator.uniform(0.01, 10) * (generator.unit() < 0.5 ? -1 : 1) }
            var theta = Tensor(start)
            var optimizer = Adagrad<Double>(learningRate: 0.1)
            try optimizer.update(&theta, gradient: Tensor(gradient), name: "theta")
            for ((after, before), g) in zip(zip(theta.scalars, start), gradient) {
                // g/√(g² + ε) = ±1 up to ε/(2g²) ≤ 5·10⁻⁵ for |g| ≥ 0.01.
                #expect(abs((before - after) - 0.1 * (g > 0 ? 1 : -1)) < 1e-5)
            }
        }
    }

    @Test("Adagrad refuses a gradient of another shape, naming both")
    func adagradShapes() {
        var optimizer = Adagrad<Double>(learningRate: 0.1)
        var theta = Tensor<Double>([1, 2])
        #expect(throws: TensorError.self) { try optimizer.update(&theta, gradient: Tensor([1, 2, 3]), name: "theta") }
    }

    @Test("the smoothed loss: S₀ = T·ln V, then S ← 0.999·S + 0.001·L")
    func smoothedLoss() {
        var loss = SmoothedLoss(vocabularySize: 62, sequenceLength: 25)
        #expect(loss.value == -log(1.0 / 62) * 25)
        let start = loss.value
        loss.update(with: 50)
        #expect(loss.value == start * 0.999 + 50 * 0.001)
    }
}
