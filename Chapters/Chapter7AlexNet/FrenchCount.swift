/// Counts written with the French abbreviations of the decks: "M" for mille (10³) and "MM" for
/// million (10⁶) — Apprentissage profond ≈ slide 75 gives ImageNet as "1.2MM images (app.), 50M
/// (val.), 150M (test), 1M catégories", i.e. 1.2 million training images and 1,000 classes (read
/// with the English M, the 1M categories would be absurd).
public enum FrenchCount {
    /// A count that is not a decimal number followed by M or MM.
    public struct Error: Swift.Error, CustomStringConvertible {
        public let text: String
        public var description: String { "\"\(text)\" is not a count such as 50M (mille) or 1.2MM (million)" }
    }

    /// "50M" → 50,000; "1.2MM" → 1,200,000.
    public static func value(_ text: String) throws -> Int {
        let (digits, scale): (Substring, Double) = text.hasSuffix("MM") ? (text.dropLast(2), 1e6)
            : text.hasSuffix("M") ? (text.dropLast(), 1e3) : (Substring(text), 0)
        guard scale > 0, let number = Double(String(digits)), number >= 0 else {
            throw Error(text: text)
        }
        return Int((number * scale).rounded())
    }

    /// Every count of a sentence, in order: the words that end in M or MM and start with a digit.
    public static func all(in sentence: String) throws -> [Int] {
        try sentence.split(whereSeparator: { $0 == " " || $0 == "," })
            .filter { $0.first?.isNumber == true && $0.hasSuffix("M") }
            .map { try value(String($0)) }
    }
}
