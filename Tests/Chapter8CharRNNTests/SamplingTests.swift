import Foundation
import NeuralNet
import PropertyTesting
import Tensors
import Testing

/// Sampling text from a network: a seed fixes the text; the draw follows p_t.
@Suite("Sampling")
struct SamplingTests {
    @Test("the same seed gives the same text, for any network and length")
    func determinism() async {
        await checkProperty(count: 20, input: Gen.int(in: 1...6), Gen.int(in: 0...40), Gen.int(in: 0...100_000)) { v, n, seed in
            let model = try VanillaRNN(vocabularySize: v, hiddenSize: 5, seed: UInt64(seed))
            var first = SeededGenerator(seed: UInt64(seed)), second = SeededGenerator(seed: UInt64(seed))
            let a = try model.sample(after: 0, count: n, using: &first)
            let b = try model.sample(after: 0, count: n, using: &second)
            #expect(a == b && a.count == n && a.allSatisfy { (0..<v).contains($0) })
        }
    }

    @Test("different seeds give different texts from an untrained network")
    func seedsDiffer() throws {
        let model = try VanillaRNN(vocabularySize: 10, hiddenSize: 8, seed: 1)
        var first = SeededGenerator(seed: 1), second = SeededGenerator(seed: 2)
        #expect(try model.sample(after: 0, count: 50, using: &first) != model.sample(after: 0, count: 50, using: &second))
    }

    @Test("the draws follow p: with p = (0.25, 0.75) about three in four draws are the second symbol")
    func frequencies() throws {
        // Wxh = Whh = 0 and by = (0, ln 3): p_t = softmax(0, ln 3) = (1/4, 3/4) at every step.
        let model = try VanillaRNN(wxh: Tensor(zeros: [1, 2]), whh: Tensor(zeros: [1, 1]), why: Tensor(zeros: [2, 1]),
                                   bh: Tensor(zeros: [1]), by: Tensor([0, log(3.0)]))
        var generator = SeededGenerator(seed: 42)
        let draws = try model.sample(after: 0, count: 4000, using: &generator)
        let share = Double(draws.filter { $0 == 1 }.count) / 4000
        #expect(abs(share - 0.75) < 0.03)  // 4.4 standard deviations of a binomial share
        var other = SeededGenerator(seed: 42)
        #expect(try model.sample(after: 0, count: 5, choice: .greedy, using: &other) == [1, 1, 1, 1, 1])
    }

    @Test("sampling continues from a given hidden state, and refuses bad requests")
    func requests() throws {
        let model = try VanillaRNN(vocabularySize: 3, hiddenSize: 2, seed: 3)
        var generator = SeededGenerator(seed: 1)
        #expect(try model.sample(after: 1, count: 0, using: &generator) == [])
        #expect(throws: RNNError.invalidSize("the number of characters to sample", value: -1, minimum: 0)) {
            try model.sample(after: 1, count: -1, using: &generator)
        }
        #expect(throws: RNNError.indexOutOfRange(index: 3, vocabularySize: 3)) {
            try model.sample(after: 3, count: 1, using: &generator)
        }
        #expect(throws: RNNError.hiddenStateSize(expected: 2, given: 3)) {
            try model.sample(after: 0, count: 1, state: [0, 0, 0], using: &generator)
        }
    }
}
