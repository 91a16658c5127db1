import Datasets
import Foundation
import NeuralNet

/// The texts a character model trains on here: the slides' word "masse" (IFT 780 slides
/// 218–234), a Shakespeare text of the cache by name ("sonnets" is the text of slides 236–237),
/// or any UTF-8 file. Each comes with the settings that suit it.
public struct CharRNNCorpus: Sendable {
    /// How the text was named: "masse", "sonnets", or the file's path.
    public let name: String
    /// The whole text.
    public let text: String

    /// The text called `name`: "masse"; the name of a Shakespeare text in the cache ("sonnets",
    /// "hamlet", …); otherwise the path of a UTF-8 file.
    /// - Throws: ``DatasetError`` when the file is missing, unreadable or not UTF-8 (for a
    ///   Shakespeare text, the error says to run `make data`).
    public init(named name: String) throws {
        self.name = name
        if name == CharRNNExamples.masse {
            text = name
        } else if name == "sonnets" || ShakespeareCorpus.names().contains(name) {
            text = try ShakespeareCorpus.load(name: name)
        } else {
            text = try TextCorpus.read(from: URL(fileURLWithPath: name))
        }
    }

    /// The number of characters (Unicode scalars, the model's symbols).
    public var length: Int { text.unicodeScalars.count }

    /// The slides' settings for a text (H = 100, T = 25, μ = 0.1); for "masse", slide 220's
    /// three hidden units and windows of the whole word (m,a,s,s → a,s,s,e). T never exceeds
    /// what the text allows (length − 1).
    public var defaultSettings: CharRNNTrainer.Settings {
        if name == CharRNNExamples.masse {
            return CharRNNTrainer.Settings(hiddenSize: 3, sequenceLength: 4)
        }
        return CharRNNTrainer.Settings(sequenceLength: max(1, min(25, length - 1)))
    }
}
