import Chapter8CharRNN
import Foundation
import NeuralNet
import Tensors
import Testing

/// min-char-rnn's loop on the slides' toy problem: "masse" with the [a,e,m,s] alphabet, three
/// hidden units as slide 220 draws them, windows of the four inputs m,a,s,s (IFT 780 slides
/// 219–234).
@Suite("Training on masse")
struct TrainingTests {
    static func trained(iterations: Int, seed: UInt64 = 1) throws -> (CharRNNTrainer, [Double]) {
        let trainer = try CharRNNTrainer(text: CharRNNExamples.masse,
                                         settings: .init(hiddenSize: 3, sequenceLength: 4, learningRate: 0.1, seed: seed))
        let losses = try (0..<iterations).map { _ in try trainer.step() }
        return (trainer, losses)
    }

    @Test("after 300 windows the loss is below 0.1 nats and the network spells a-s-s-e after m")
    func learnsMasse() throws {
        let (trainer, losses) = try Self.trained(iterations: 300)
        // Measured: 5.60 nats at the start (≈ 4·ln 4 = 5.545, uniform), 0.2466 after 100 windows,
        // 0.0794 after 300 (seeds 2 and 3: 0.0795, 0.0681).
        #expect(abs(losses[0] - 4 * log(4.0)) < 0.1)
        #expect(losses[299] < 0.1)
        #expect(losses[299] < losses[99] && losses[99] < losses[0])
        // The slides' test procedure (slides 228–233): feed m, take the most probable letter,
        // feed it back. The two s's need the hidden state: after "mas" comes s, after "mass" e.
        var generator = SeededGenerator(seed: 1)
        let greedy = try trainer.model.sample(after: 2, count: 4, choice: .greedy, using: &generator)
        #expect(try trainer.vocabulary.decode(greedy) == "asse")
        // Every window restarts at the word's start (p + T + 1 ≥ 5), from h = 0.
        #expect(trainer.nextHiddenState == [0, 0, 0])
        #expect(trainer.iteration == 300)
    }

    @Test("the smoothed loss starts at 4·ln 4 and follows 0.999·S + 0.001·L window by window")
    func smoothedLossFollowsTheWindows() throws {
        let trainer = try CharRNNTrainer(text: CharRNNExamples.masse, settings: .init(hiddenSize: 3, sequenceLength: 4))
        var expected = 4 * log(4.0)
        #expect(trainer.smoothedLoss.value == expected)
        for _ in 0..<50 {
            let loss = try trainer.step()
            expected = expected * 0.999 + loss * 0.001
            #expect(trainer.smoothedLoss.value == expected)
        }
    }

    @Test("the same seed trains the same network; another seed another one")
    func deterministic() throws {
        let (a, _) = try Self.trained(iterations: 20, seed: 5)
        let (b, _) = try Self.trained(iterations: 20, seed: 5)
        let (c, _) = try Self.trained(iterations: 20, seed: 6)
        #expect(a.model == b.model)
        #expect(a.model != c.model)
    }

    @Test("on a longer text the hidden state is carried from window to window, and reset at the end")
    func carriesTheState() throws {
        let text = "the cat sat on the mat"  // 22 characters, windows of 5
        let trainer = try CharRNNTrainer(text: text, settings: .init(hiddenSize: 4, sequenceLength: 5))
        #expect(trainer.nextHiddenState == [0, 0, 0, 0])
        try trainer.step()                       // the window 0 ..< 5, targets 1 ..< 6
        #expect(trainer.position == 5 && trainer.nextHiddenState != [0, 0, 0, 0])
        try trainer.step()
        try trainer.step()
        try trainer.step()                       // the window 15 ..< 20: 15 + 5 + 1 = 21 < 22 still fits
        #expect(trainer.position == 20)
        #expect(trainer.nextHiddenState == [0, 0, 0, 0])  // 20 + 5 + 1 ≥ 22: back to the start, h = 0
        try trainer.step()
        #expect(trainer.position == 5)
    }
}
