import Chapter8CharRNN
import Foundation
import NeuralNet
import Tensors
import Testing

/// One test per catalogue id of §13 (IFT 780 slides 207–248): the slides' numbers, or the
/// computed value the catalogue gives where the slides print none.
@Suite("Worked examples — recurrent networks")
struct CatalogueTests {
    @Test("ift780-rnn-masse-onehot — IFT 780 slides 219–221")
    func masseOneHot() throws {
        let vocabulary = try CharacterVocabulary(text: CharRNNExamples.masse)
        #expect(vocabulary.symbols == ["a", "e", "m", "s"])  // slide 219's alphabet, in its order
        #expect(try vocabulary.oneHot(0) == [1, 0, 0, 0])     // 'a'
        #expect(try vocabulary.oneHot(1) == [0, 1, 0, 0])     // 'e'
        #expect(try vocabulary.oneHot(2) == [0, 0, 1, 0])     // 'm' = x₁
        #expect(try vocabulary.oneHot(3) == [0, 0, 0, 1])     // 's'
        let indices = try vocabulary.encode(CharRNNExamples.masse)
        #expect(indices == [2, 0, 3, 3, 1])
        #expect(Array(indices.dropLast()) == [2, 0, 3, 3])    // inputs m, a, s, s
        #expect(Array(indices.dropFirst()) == [0, 3, 3, 1])   // targets a, s, s, e
        // The weights behind slide 220's h₁ = [−0.3, −0.1, 0.9] are not given; with h₀ = 0 the
        // printed h₁ fixes the column of Wxh for 'm' (bias included) to atanh(h₁).
        let column = CharRNNExamples.firstHiddenPreActivation
        #expect(column.map { ($0 * 10_000).rounded() / 10_000 } == [-0.3095, -0.1003, 1.4722])
        // A network with that column reproduces the slide's h₁ exactly.
        var model = try CharRNNExamples.constructedNetwork()
        model.parameters = try Tensor(shape: model.parameters.shape, scalars: model.parameters.scalars.enumerated().map { i, value in
            guard model.range(of: .wxh).contains(i), i % 4 == 2 else { return value }
            return column[i / 4]
        })
        let pass = try model.forward(inputs: [2], targets: [0])
        for (h, printed) in zip(pass.hiddenStates[0], CharRNNExamples.printedFirstHidden) {
            #expect(abs(h - printed) < 1e-12)
        }
    }

    @Test("ift780-rnn-forward-shapes — IFT 780 slides 208–209")
    func forwardShapes() throws {
        let model = try CharRNNExamples.constructedNetwork()
        #expect(try model.tensor(.wxh).shape == [3, 4])
        #expect(try model.tensor(.whh).shape == [3, 3])
        #expect(try model.tensor(.why).shape == [4, 3])
        // inputs m, a, s, s; targets a, s, s, e
        let pass = try model.forward(inputs: [2, 0, 3, 3], targets: [0, 3, 3, 1])
        let (h, loss) = (pass.lastHiddenState, pass.loss)
        #expect(h.map { ($0 * 10_000).rounded() / 10_000 } == [0.1842, 0.1842, 0.1842])
        // Independent recurrence: every unit sees 0.1 from the one-hot and half of itself.
        var unit = 0.0
        for _ in 0..<4 { unit = tanh(0.1 + 0.5 * unit) }
        #expect(h.allSatisfy { abs($0 - unit) < 1e-15 })
        // Why = 0.2 everywhere gives the same score to every letter: a uniform softmax, and a
        // loss of ln 4 per step.
        for p in pass.probabilities { #expect(p.allSatisfy { abs($0 - 0.25) < 1e-15 }) }
        #expect(abs(loss - 4 * log(4.0)) < 1e-12)
    }

    @Test("ift780-seq2seq-assez-enough — IFT 780 slides 243–248")
    func assezEnough() throws {
        let french = try CharacterVocabulary(symbols: CharRNNExamples.frenchAlphabet)
        let english = try CharacterVocabulary(symbols: CharRNNExamples.englishAlphabet)
        #expect(french.count == 6 && english.count == 8)
        let source = try french.encode("assez"), target = try english.encode("enough")
        #expect(source == [1, 3, 3, 2, 4])
        #expect(target == [1, 4, 5, 6, 2, 3])
        // The decoder reads <BoS> then the target and must produce the target then <EoS>.
        let begin = try #require(english.index(of: "<BoS>")), end = try #require(english.index(of: "<EoS>"))
        #expect([begin] + target == [0, 1, 4, 5, 6, 2, 3])
        #expect(target + [end] == [1, 4, 5, 6, 2, 3, 7])
        // "Pas le même nombre d'entrées que de sorties": 5 letters in, 6 out.
        #expect(source.count == 5 && target.count == 6)
        #expect(try english.decode(target) == "enough")
    }

    @Test("ift780-min-char-rnn — IFT 780 slides 235–240")
    func minCharRNN() throws {
        let settings = CharRNNExamples.slideSettings
        #expect(settings.hiddenSize == 100 && settings.sequenceLength == 25 && settings.learningRate == 0.1)
        // S₀ = −ln(1/V)·25: what a uniform prediction pays per window.
        let masse = SmoothedLoss(vocabularySize: 4, sequenceLength: 25).value
        let karpathy = SmoothedLoss(vocabularySize: 65, sequenceLength: 25).value
        #expect((masse * 1000).rounded() / 1000 == 34.657)
        #expect((karpathy * 100).rounded() / 100 == 104.36)
        // An untrained network (weights 0.01·N(0,1)) is nearly uniform, so its first window's
        // loss is close to S₀ (the listing as OCR'd never initialises its loss at all).
        let trainer = try CharRNNTrainer(text: String(repeating: "masse ", count: 10), settings: settings)
        let start = trainer.smoothedLoss.value
        #expect(abs(start - 25 * log(5.0)) < 1e-12)
        let loss = try trainer.step()
        #expect(abs(loss - start) < 0.05)
        #expect(abs(trainer.smoothedLoss.value - (0.999 * start + 0.001 * loss)) < 1e-12)
    }
}
