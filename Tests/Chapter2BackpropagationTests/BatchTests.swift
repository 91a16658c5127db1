import Chapter2Backpropagation
import NeuralNet
import PropertyTesting
import Tensors
import Testing

/// The mini-batch (one matrix product per layer, IFT 780 slides 10–16) computes exactly what the
/// examples one by one compute.
@Suite("Mini-batch vectorisation")
struct BatchTests {
    @Test("dense layer: the batched backward is the sum of the per-example ones")
    func denseSum() async {
        await checkProperty(count: 50, input: Gen.int(in: 1...6), Gen.int(in: 1...6), Gen.int(in: 1...8),
                            Gen.int(in: 0...1_000_000)) { m, n, batch, seed in
            var generator = SeededGenerator(seed: UInt64(seed))
            let layer = try Dense(weight: .uniform(shape: [n, m], low: -1, high: 1, using: &generator),
                                  bias: .uniform(shape: [n], low: -1, high: 1, using: &generator))
            let x = try Tensor<Double>.uniform(shape: [batch, m], low: -1, high: 1, using: &generator)
            let delta = try Tensor<Double>.uniform(shape: [batch, n], low: -1, high: 1, using: &generator)
            let (total, input) = try layer.backward(delta, input: x)
            var weight = try Tensor<Double>(zeros: [n, m]), bias = try Tensor<Double>(zeros: [n])
            for k in 0..<batch {
                let (one, oneInput) = try layer.backward(delta.item(k), input: x.item(k))
                weight = try weight + one.weight
                bias = try bias + one.bias
                // Row k of ∂J/∂X is Wᵀδₖ, and row k of Z is W xₖ + w₀.
                #expect(try oneInput!.maxAbsDifference(input!.item(k)) < 1e-14)
                #expect(try layer.forward(x.item(k)).maxAbsDifference(layer.forward(x).item(k)) < 1e-14)
            }
            #expect(try weight.maxAbsDifference(total.weight) < 1e-13)
            #expect(try bias.maxAbsDifference(total.bias) < 1e-13)
        }
    }

    @Test("network: N × the batch gradient of the mean loss = Σ of the deck's per-example loop")
    func networkSum() async {
        let activations = [Activation.identity] + Activation.table
        await checkProperty(count: 40, input: Gen.int(in: 1...4), Gen.int(in: 1...6), Gen.int(in: 0...1_000_000)) { depth, batch, seed in
            var generator = SeededGenerator(seed: UInt64(seed))
            let sizes = (0...depth).map { _ in 1 + Int(generator.next() % 4) }
            let hidden = (1..<depth).map { _ in activations[Int(generator.next() % UInt64(activations.count))] }
            let loss = Loss.allCases[Int(generator.next() % 3)]
            let network = try MLP<Double>(sizes: sizes, activations: hidden, loss: loss, seed: UInt64(seed))
            let x = try Tensor<Double>.uniform(shape: [batch, sizes[0]], low: -1, high: 1, using: &generator)
            let classes = sizes[sizes.count - 1]
            let labels = (0..<batch).map { _ in Int(generator.next() % UInt64(classes)) }
            let y = try Tensor<Double>(shape: [batch, classes]) { $0[1] == labels[$0[0]] ? 1 : 0 }
            let (meanLoss, gradients) = try network.lossAndGradients(x, targets: y)
            var lossSum = 0.0
            var sums = gradients.map { _ in (weight: [Double](), bias: [Double]()) }
            for k in 0..<batch {
                let one = try network.exampleGradients(input: x.item(k).scalars, target: y.item(k).scalars)
                lossSum += one.loss
                for (l, g) in one.gradients.enumerated() {
                    sums[l].weight = sums[l].weight.isEmpty ? g.weight.scalars : zip(sums[l].weight, g.weight.scalars).map(+)
                    sums[l].bias = sums[l].bias.isEmpty ? g.bias.scalars : zip(sums[l].bias, g.bias.scalars).map(+)
                }
            }
            #expect(abs(lossSum / Double(batch) - meanLoss) < 1e-12)
            for (l, g) in gradients.enumerated() {
                let n = Double(batch)
                #expect(zip(g.weight.scalars, sums[l].weight).allSatisfy { abs(n * $0 - $1) < 1e-12 }, "layer \(l)")
                #expect(zip(g.bias.scalars, sums[l].bias).allSatisfy { abs(n * $0 - $1) < 1e-12 }, "layer \(l)")
            }
        }
    }
}
