import Chapter2Backpropagation
import NeuralNet
import PropertyTesting
import Tensors
import Testing

/// Every backward pass of the chapter against central differences, in `Double`, on random
/// inputs and seeds: a correct backward pass gives a relative error near 10⁻⁹–10⁻¹⁰ (rounding
/// of the differences), a wrong one O(1). The bound is 10⁻⁷.
@Suite("Gradient checks")
struct GradientCheckTests {
    static let bound = 1e-7

    @Test("dense layer: ∇W, ∇w₀ and ∂J/∂x on random sizes and batches")
    func dense() async {
        await checkProperty(count: 40, input: Gen.int(in: 1...5), Gen.int(in: 1...5), Gen.int(in: 1...4),
                            Gen.int(in: 0...1_000_000)) { m, n, batch, seed in
            for row in try GradientCheckCases.dense(inputs: m, outputs: n, batch: batch, seed: UInt64(seed)) {
                #expect(row.comparison.relativeError < Self.bound, "\(row.block) \(row.gradient)")
            }
        }
    }

    @Test("activations: identity, sigmoid, tanh, ReLU, leaky ReLU")
    func activations() async {
        await checkProperty(count: 40, input: Gen.int(in: 1...20), Gen.int(in: 0...1_000_000)) { count, seed in
            for activation in [Activation.identity] + Activation.table {
                let row = try GradientCheckCases.activation(activation, count: count, seed: UInt64(seed))
                #expect(row.comparison.relativeError < Self.bound, "\(activation.name)")
            }
        }
    }

    @Test("losses: δ = ŷ − y (mean over the batch) is the derivative of the loss")
    func losses() async {
        await checkProperty(count: 40, input: Gen.int(in: 1...6), Gen.int(in: 1...5), Gen.int(in: 0...1_000_000)) { classes, batch, seed in
            for loss in Loss.allCases {
                let row = try GradientCheckCases.loss(loss, classes: classes, batch: batch, seed: UInt64(seed))
                #expect(row.comparison.relativeError < Self.bound, "\(loss)")
            }
        }
    }

    @Test("whole networks of depth 1 to 5, random sizes, activations and losses")
    func networks() async {
        let activations = [Activation.identity] + Activation.table
        await checkProperty(count: 40, input: Gen.int(in: 1...5), Gen.int(in: 0...1_000_000)) { depth, seed in
            var generator = SeededGenerator(seed: UInt64(seed))
            let sizes = (0...depth).map { _ in 1 + Int(generator.next() % 4) }
            let hidden = (1..<depth).map { _ in activations[Int(generator.next() % UInt64(activations.count))] }
            let loss = Loss.allCases[Int(generator.next() % 3)]
            let batch = 1 + Int(generator.next() % 3)
            guard let row = try GradientCheckCases.network(sizes: sizes, activations: hidden, loss: loss,
                                                           batch: batch, seed: UInt64(seed)) else { return }
            #expect(row.comparison.relativeError < Self.bound, "\(row.block), \(loss)")
        }
    }

    @Test("the report's table: every block and depths 1–5 below 10⁻⁷")
    func reportTable() throws {
        let rows = try GradientCheckCases.table(seed: 1)
        #expect(rows.count == 3 + 5 + 3 + 5)
        for row in rows { #expect(row.comparison.relativeError < Self.bound, "\(row.block) \(row.gradient)") }
        // A wrong backward pass is caught: a gradient off by 1 % in one coordinate.
        let first = rows[0].comparison
        var wrong = first.analytic
        wrong.withUnsafeMutableBufferPointer { $0[0] *= 1.01 }
        #expect(try GradientCheck.relativeError(wrong, first.numerical) > 1e-4)
    }
}
