import Plot

/// The French texts of a chapter's worked examples, keyed by the example's id (the test's name):
/// what CNNLab computes (nil where the English row is only symbols and numbers), the explanation of a verdict that has one, and the slide's own words
/// where the English row describes the slide instead of quoting it (a French slide is quoted
/// verbatim in both languages). Part of the chapter's text catalogue; `problems(for:)` is what its
/// test asserts empty.
public struct FrenchExamples: Sendable {
    /// One example's French texts.
    public struct Entry: Sendable {
        public let computed: String?
        public let explanation: String?
        public let printed: String?

        public init(computed: String?, explanation: String? = nil, printed: String? = nil) {
            self.computed = computed
            self.explanation = explanation
            self.printed = printed
        }
    }

    private let entries: [String: Entry]

    public init(_ entries: [String: Entry]) {
        self.entries = entries
    }

    /// What the French errata page lacks, one sentence each: an example without French texts, or
    /// a verdict whose explanation is not translated (or translated where there is none).
    public func problems(for examples: [WorkedExample]) -> [String] {
        examples.compactMap { example in
            guard let entry = entries[example.id] else { return "\(example.id): no French texts" }
            if entry.computed?.isEmpty == true { return "\(example.id): an empty French text for what CNNLab computes" }
            if (entry.explanation == nil) != (example.verdict.explanation == nil) {
                return "\(example.id): the French explanation does not match the verdict"
            }
            return nil
        }
    }

    /// What the slide says, in `language`'s row.
    public func printed(_ example: WorkedExample, _ language: Language) -> String {
        language == .french ? entries[example.id]?.printed ?? example.printed : example.printed
    }

    /// What CNNLab computes, in `language`.
    public func computed(_ example: WorkedExample, _ language: Language) -> String {
        language == .french ? entries[example.id]?.computed ?? example.computed : example.computed
    }

    /// The verdict's explanation, in `language`.
    public func explanation(_ example: WorkedExample, _ language: Language) -> String? {
        language == .french ? entries[example.id]?.explanation ?? example.verdict.explanation
            : example.verdict.explanation
    }
}

extension WorkedExample.Verdict {
    /// The verdict's label in `language`: "slide erratum" / "erratum de la diapositive".
    public func label(in language: Language) -> String {
        guard language == .french else { return label }
        switch self {
        case .matches: return "conforme"
        case .ocrDamage: return "dégât d'OCR"
        case .erratum: return "erratum de la diapositive"
        case .ambiguous: return "ambigu"
        case .derived: return "déduit"
        case .constructed: return "construit"
        }
    }
}

/// A deck reference ("IFT 780, slides 39–45; Apprentissage profond ≈ slide 68") in `language`:
/// the decks keep their names, slides become diapositives.
public func deckReference(_ source: String, in language: Language) -> String {
    guard language == .french else { return source }
    return source.replacingOccurrences(of: "slides", with: "diapositives")
        .replacingOccurrences(of: "slide", with: "diapositive")
        .replacingOccurrences(of: " and ", with: " et ")
        .replacingOccurrences(of: "beyond the diapositives", with: "au-delà des diapositives")
}
