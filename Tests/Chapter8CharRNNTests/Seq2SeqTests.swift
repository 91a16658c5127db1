import Chapter8CharRNN
import NeuralNet
import PropertyTesting
import Tensors
import Testing

/// The encoder–decoder of IFT 780 slides 243–248: it learns 'assez' → 'enough', refuses letters
/// outside its alphabet, and its BPTT through decoder and encoder matches central differences.
@Suite("Encoder–decoder — IFT 780 slides 243–248")
struct Seq2SeqTests {
    @Test("ift780-seq2seq-assez-enough — slides 243–248: the trained encoder–decoder translates assez → enough")
    func translatesAssez() throws {
        let toy = try AssezEnough.train()
        let (output, pass) = try toy.translate("assez")
        #expect(output == "enough")
        // Greedy decoding: 6 letters then <EoS>, 7 decoder steps; the encoder read 5 letters.
        #expect(pass.encoderStates.count == 5 && pass.decoderStates.count == 7)
        #expect(pass.decoderInputs == [0, 1, 4, 5, 6, 2, 3])  // <BoS> e n o u g h
        let last = try #require(pass.probabilities.last)
        #expect(last.indices.max { last[$0] < last[$1] } == 7)  // <EoS>
        // Trained until L < 0.1 nats, from about 7·ln 8 = 14.6 (uniform over 8 letters, 7 steps).
        #expect(toy.loss < AssezEnough.targetLoss)
        #expect(toy.losses[0] > 10 && toy.iterations < AssezEnough.maximumIterations)
        // Seeded: a second run is the same run.
        #expect(try AssezEnough.train().losses == toy.losses)
    }

    @Test("a letter outside the French alphabet [a, e, s, z] is refused with its position")
    func refusesUnknownLetter() throws {
        let toy = try AssezEnough.train()
        #expect(throws: RNNError.unknownCharacter("h", position: 1)) { try toy.translate("ah") }
        #expect(throws: RNNError.invalidSize("the source word", value: 0, minimum: 1)) { try toy.translate("") }
    }

    @Test("∂L/∂θ of the encoder–decoder matches central differences in Double (relative error < 10⁻⁶)")
    func gradientCheck() async {
        await checkProperty(count: 20, input: Gen.int(in: 1...4), Gen.int(in: 1...5), Gen.int(in: 1...6), Gen.int(in: 0...100_000)) { h, s, t, seed in
            var generator = SeededGenerator(seed: UInt64(seed))
            var model = try EncoderDecoder(sourceSize: 6, targetSize: 8, hiddenSize: h, seed: UInt64(seed))
            model.parameters = try Tensor.gaussian(shape: model.parameters.shape, standardDeviation: 0.7, using: &generator)
            let source = (0..<s).map { _ in Int(generator.next() % 6) }
            let targets = (0..<t).map { _ in Int(generator.next() % 8) }
            let (pass, analytic) = try model.gradient(source: source, begin: 0, targets: targets)
            #expect(pass.loss > 0)
            let comparison = try GradientCheck.compare(analytic: analytic, at: model.parameters) { theta in
                var probe = model
                probe.parameters = theta
                return try probe.forward(source: source, begin: 0, targets: targets).loss
            }
            #expect(comparison.relativeError < 1e-6, "H = \(h), S = \(s), T = \(t), seed \(seed): \(comparison.relativeError)")
        }
    }
}
