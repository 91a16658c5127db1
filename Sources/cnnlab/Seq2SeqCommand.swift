import ArgumentParser
import Chapter8CharRNN
import Foundation
import NeuralNet

/// `cnnlab seq2seq`: the encoder–decoder of IFT 780 slides 243–248 trained on 'assez' → 'enough'
/// (seeded, teacher forcing), then a word translated by greedy decoding.
struct Seq2SeqCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "seq2seq",
        abstract: "Train the encoder–decoder 'assez' → 'enough' and translate a word with it (chapter 8).",
        discussion: """
            An encoder RNN reads the word one one-hot letter at a time (alphabet a, e, s, z); its last hidden state \
            starts a decoder RNN that writes letters of e, g, h, n, o, u from <BoS> until it writes <EoS>. Trained on the \
            slides' one pair with teacher forcing and Adagrad (seed 1, 8 hidden units) until it translates it; other \
            words show what a network trained on one pair makes of them.
            """)

    @Option(name: .long, help: "The word to translate, in the letters a, e, s, z.")
    var word: String = AssezEnough.source

    @Flag(name: .long, help: "End with one JSON object on one line: input, output, source_alphabet, target_alphabet, iterations, loss.")
    var json = false

    func execute() throws {
        let letters = CharRNNExamples.frenchAlphabet.filter { $0.unicodeScalars.count == 1 }
        if let bad = word.unicodeScalars.first(where: { !letters.contains(String($0)) }) {
            throw CommandError("--word \(word.debugDescription) has \(String(bad).debugDescription), which is not in the source "
                + "alphabet \(letters.joined(separator: ", ")) of IFT 780 slide 243")
        }
        guard !word.isEmpty else { throw CommandError("--word must have at least one letter of \(letters.joined(separator: ", "))") }
        let toy = try AssezEnough.train()
        let (output, _) = try toy.translate(word)
        print("trained on '\(AssezEnough.source)' → '\(AssezEnough.target)': \(toy.iterations) iterations, loss "
            + String(format: "%.4f nats", toy.loss))
        print("\(word) → \(output)")
        if json {
            print(JSONLine([("input", .text(word)), ("output", .text(output)), ("source_alphabet", .texts(toy.french.symbols)),
                            ("target_alphabet", .texts(toy.english.symbols)), ("iterations", .int(toy.iterations)),
                            ("loss", .number(toy.loss))]).rendered)
        }
    }
}
