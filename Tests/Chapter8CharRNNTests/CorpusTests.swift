import Chapter8CharRNN
import Datasets
import Foundation
import NeuralNet
import Testing

/// The texts the chapter and `cnnlab charrnn` train on, the settings each gets, and the
/// catalogue rows the errata page draws.
@Suite("Corpora and catalogue rows")
struct CorpusTests {
    @Test("masse gets slide 220's three hidden units and windows of the whole word")
    func masseSettings() throws {
        let corpus = try CharRNNCorpus(named: "masse")
        #expect(corpus.text == "masse" && corpus.length == 5)
        #expect(corpus.defaultSettings == CharRNNTrainer.Settings(hiddenSize: 3, sequenceLength: 4))
    }

    @Test("a file gets the slides' settings, its window shortened to what the text allows")
    func fileSettings() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cnnlab-ch8-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let short = folder.appendingPathComponent("short.txt"), long = folder.appendingPathComponent("long.txt")
        try Data("to be or not".utf8).write(to: short)
        try Data(String(repeating: "to be or not to be ", count: 5).utf8).write(to: long)
        #expect(try CharRNNCorpus(named: short.path).defaultSettings == CharRNNTrainer.Settings(sequenceLength: 11))
        #expect(try CharRNNCorpus(named: long.path).defaultSettings == CharRNNExamples.slideSettings)
        let latin1 = folder.appendingPathComponent("latin1.txt")
        try Data([0x63, 0x61, 0x66, 0xE9, 0xFF]).write(to: latin1)
        #expect(throws: DatasetError.malformed(file: latin1.path, reason: "it is not UTF-8 text")) {
            try CharRNNCorpus(named: latin1.path)
        }
        #expect(throws: DatasetError.self) { try CharRNNCorpus(named: folder.appendingPathComponent("missing.txt").path) }
    }

    @Test("the errata page lists the four catalogue ids of §13, each with its IFT 780 slides")
    func catalogueRows() {
        #expect(CharRNNExamples.all.map(\.id) == ["ift780-rnn-masse-onehot", "ift780-rnn-forward-shapes",
                                                  "ift780-seq2seq-assez-enough", "ift780-min-char-rnn"])
        #expect(CharRNNExamples.all.allSatisfy { $0.source.hasPrefix("IFT 780, slides ") })
        #expect(CharRNNExamples.all.map(\.verdict.label) == ["matches", "constructed", "matches", "ambiguous"])
    }
}
