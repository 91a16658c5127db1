import NeuralNet
import PropertyTesting
import Tensors
import Testing

/// The alphabet, one-hot codes and every refusal of the RNN code, each with its sentence.
@Suite("Vocabulary and errors")
struct VocabularyAndErrorTests {
    @Test("encode then decode gives the text back; indices follow the sorted alphabet")
    func roundTrip() async {
        let letters = Array("abcdefghij ,.\n'éA")
        await checkProperty(count: 40, input: Gen.int(in: 1...60), Gen.int(in: 0...100_000)) { n, seed in
            var generator = SeededGenerator(seed: UInt64(seed))
            let text = String((0..<n).map { _ in letters[Int(generator.next() % UInt64(letters.count))] })
            let vocabulary = try CharacterVocabulary(text: text)
            #expect(vocabulary.symbols == vocabulary.symbols.sorted { $0.unicodeScalars.first! < $1.unicodeScalars.first! })
            #expect(try vocabulary.decode(vocabulary.encode(text)) == text)
            for index in 0..<vocabulary.count {
                let code = try vocabulary.oneHot(index)
                #expect(code.reduce(0, +) == 1 && code[index] == 1)
            }
        }
    }

    @Test("refusals: empty text, duplicates, unknown characters, indices, sizes, windows")
    func refusals() throws {
        #expect(throws: RNNError.emptyVocabulary) { try CharacterVocabulary(text: "") }
        #expect(throws: RNNError.duplicateSymbol("a")) { try CharacterVocabulary(symbols: ["a", "b", "a"]) }
        let vocabulary = try CharacterVocabulary(text: "masse")
        #expect(throws: RNNError.unknownCharacter("x", position: 2)) { try vocabulary.encode("maxe") }
        #expect(throws: RNNError.indexOutOfRange(index: 4, vocabularySize: 4)) { try vocabulary.oneHot(4) }
        #expect(throws: RNNError.invalidSize("the number of hidden units", value: 0, minimum: 1)) {
            try VanillaRNN(vocabularySize: 4, hiddenSize: 0, seed: 1)
        }
        #expect(throws: RNNError.sequenceTooLong(length: 5, textLength: 5)) {
            try CharRNNTrainer(text: "masse", settings: .init(sequenceLength: 5))
        }
        #expect(throws: RNNError.invalidSize("the sequence length", value: 0, minimum: 1)) {
            try CharRNNTrainer(text: "masse", settings: .init(sequenceLength: 0))
        }
        #expect(throws: RNNError.invalidLearningRate(-1)) {
            try CharRNNTrainer(text: "masse", settings: .init(sequenceLength: 4, learningRate: -1))
        }
        let model = try VanillaRNN(vocabularySize: 4, hiddenSize: 2, seed: 1)
        #expect(throws: RNNError.invalidSize("the sequence length", value: 0, minimum: 1)) {
            try model.forward(inputs: [], targets: [])
        }
        #expect(throws: RNNError.targetCountMismatch(inputs: 2, targets: 1)) {
            try model.forward(inputs: [0, 1], targets: [1])
        }
        #expect(throws: RNNError.indexOutOfRange(index: 7, vocabularySize: 4)) {
            try model.forward(inputs: [0, 7], targets: [1, 2])
        }
        #expect(throws: RNNError.hiddenStateSize(expected: 2, given: 3)) {
            try model.forward(inputs: [0], targets: [1], from: [0, 0, 0])
        }
        // BPTT of a pass that another network (V = 5) made.
        let other = try VanillaRNN(vocabularySize: 5, hiddenSize: 2, seed: 1)
        let pass = try other.forward(inputs: [0], targets: [4])
        #expect(throws: TensorError.self) { try model.backward(pass) }
    }

    @Test("every error is one sentence naming what was expected and what was given")
    func sentences() {
        let errors: [RNNError] = [
            .emptyVocabulary, .duplicateSymbol("a"), .unknownCharacter("x", position: 2),
            .indexOutOfRange(index: 4, vocabularySize: 4), .invalidSize("the sequence length", value: 0, minimum: 1),
            .invalidLearningRate(-1), .sequenceTooLong(length: 30, textLength: 5),
            .targetCountMismatch(inputs: 2, targets: 1), .sequenceBeyondCapacity(length: 3, capacity: 2),
            .hiddenStateSize(expected: 2, given: 3), .diverged(iteration: 12, loss: .nan),
        ]
        for error in errors {
            #expect(!error.description.contains("\n") && error.description.count > 20)
        }
        #expect(RNNError.sequenceTooLong(length: 30, textLength: 5).description
            == "a sequence of 30 characters needs 31 characters of text (its targets are shifted by one), and the text has 5")
    }
}
