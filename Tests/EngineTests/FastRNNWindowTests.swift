@testable import Engine
import Foundation
import NeuralNet
import PropertyTesting
import Tensors
import Testing

/// The engine's Float window against the lesson's RNN (Double): the same loss, hidden states,
/// probabilities and BPTT gradient on random small networks, and the same training.
@Suite("FastRNNWindow equals the lesson's RNN")
struct FastRNNWindowTests {
    /// |a − b| ≤ 10⁻⁴ + 10⁻⁴·|b| entry by entry (Float against Double); the worst excess.
    static func excess(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).map { abs($0 - $1) - (1e-4 + 1e-4 * abs($1)) }.max() ?? 0
    }

    @Test("forward and BPTT: two windows (from h = 0, then carried) give the lesson's loss, states, p and ∂L/∂θ")
    func windowsMatch() async {
        await checkProperty(count: 40, input: Gen.int(in: 1...9), Gen.int(in: 1...19), Gen.int(in: 1...7), Gen.int(in: 0...100_000)) { v, h, t, seed in
            var generator = SeededGenerator(seed: UInt64(seed))
            var model = try VanillaRNN(vocabularySize: v, hiddenSize: h, seed: UInt64(seed))
            // σ = 0.5: the tanh far from linear, the softmax far from uniform.
            model.parameters = try Tensor.gaussian(shape: model.parameters.shape, standardDeviation: 0.5, using: &generator)
            let engine = try FastRNNWindow(model: model, capacity: t)
            var state: [Double]? = nil  // h₋₁ = 0, then the lesson's h_{T−1} carried over
            for window in 0..<2 {
                let symbols = (0...t).map { _ in Int(generator.next() % UInt64(v)) }
                let lesson = try model.forward(inputs: Array(symbols[0..<t]), targets: Array(symbols[1...t]), from: state)
                state = lesson.lastHiddenState
                let loss = try engine.forward(inputs: symbols[0..<t], targets: symbols[1...t], from: window == 0 ? .zero : .carried)
                #expect(abs(loss - lesson.loss) <= 1e-4 * max(1, lesson.loss), "window \(window): loss \(loss) vs \(lesson.loss)")
                #expect(Self.excess(engine.hiddenStates.flatMap { $0 }, lesson.hiddenStates.flatMap { $0 }) <= 0)
                #expect(Self.excess(engine.outputProbabilities.flatMap { $0 }, lesson.probabilities.flatMap { $0 }) <= 0)
                let gradient = try model.backward(lesson)
                try engine.backward()
                let worst = Self.excess(engine.lessonGradient(), gradient.scalars)
                #expect(worst <= 0, "V = \(v), H = \(h), T = \(t), seed \(seed), window \(window): gradient off by \(worst) beyond tolerance")
            }
        }
    }

    @Test("a network copied into the engine and back is the same network (to Float's precision)")
    func roundTrip() throws {
        var generator = SeededGenerator(seed: 7)
        var model = try VanillaRNN(vocabularySize: 11, hiddenSize: 13, seed: 7)
        model.parameters = try Tensor.gaussian(shape: model.parameters.shape, standardDeviation: 1, using: &generator)
        let back = try FastRNNWindow(model: model, capacity: 3).model()
        #expect(Self.excess(back.parameters.scalars, model.parameters.scalars) <= 0)
        #expect(back.parameters.scalars != model.parameters.scalars.map { _ in 0 })
    }

    @Test("training: 60 windows of the engine's trainer follow the lesson's (θ and smoothed loss)")
    func trainingMatches() async {
        await checkProperty(count: 8, input: Gen.int(in: 1...12), Gen.int(in: 2...9), Gen.int(in: 1...1_000)) { h, t, seed in
            let text = "From fairest creatures we desire increase, that thereby beauty's rose might never die"
            let settings = CharRNNTrainer.Settings(hiddenSize: h, sequenceLength: t, seed: UInt64(seed))
            let lesson = try CharRNNTrainer(text: text, settings: settings)
            let engine = try FastCharRNNTrainer(text: text, settings: settings)
            for _ in 0..<60 {
                let expected = try lesson.step()
                let loss = try engine.step()
                #expect(abs(loss - expected) <= 1e-3 * max(1, expected))
            }
            #expect(abs(engine.smoothedLoss.value - lesson.smoothedLoss.value) <= 1e-3 * lesson.smoothedLoss.value)
            // Adagrad's first steps move each weight by ±μ whatever the gradient's size, so Float's
            // rounding of a near-zero gradient can flip a sign: compare θ with an absolute tolerance.
            let drift = zip(try engine.model().parameters.scalars, lesson.model.parameters.scalars).map { abs($0 - $1) }.max() ?? 0
            #expect(drift < 0.05, "H = \(h), T = \(t), seed \(seed): θ drifted \(drift)")
            #expect(engine.nextHiddenState.count == h)
        }
    }

    @Test("the refusals are the lesson's: empty, too long, an index outside the alphabet, unpaired targets")
    func refusals() throws {
        let window = try FastRNNWindow(model: VanillaRNN(vocabularySize: 3, hiddenSize: 2, seed: 1), capacity: 2)
        #expect(throws: RNNError.invalidSize("the sequence length", value: 0, minimum: 1)) {
            try window.forward(inputs: [], targets: [], from: .zero)
        }
        #expect(throws: RNNError.sequenceBeyondCapacity(length: 3, capacity: 2)) {
            try window.forward(inputs: [0, 1, 2], targets: [1, 2, 0], from: .zero)
        }
        #expect(throws: RNNError.indexOutOfRange(index: 3, vocabularySize: 3)) {
            try window.forward(inputs: [0, 3], targets: [1, 2], from: .zero)
        }
        #expect(throws: RNNError.targetCountMismatch(inputs: 2, targets: 1)) {
            try window.forward(inputs: [0, 1], targets: [1], from: .zero)
        }
        #expect(throws: RNNError.invalidSize("the forward pass before backward (steps)", value: 0, minimum: 1)) {
            try window.backward()
        }
    }
}
