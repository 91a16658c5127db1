/// A numeric example printed in one of the decks, as data: where it comes from, what the slide
/// prints, and what the catalogue (`../shared/worked-examples.md`) says of it. A chapter's test
/// asserts the computed value against it and its report draws the same numbers — one source of
/// truth for both.
public struct WorkedExample: Sendable, Identifiable {
    /// What the catalogue concluded when it recomputed the slide.
    public enum Verdict: Sendable, Equatable {
        /// The slide's number is what the computation gives.
        case matches
        /// The OCR lost signs, digits or cells; the recovery is described.
        case ocrDamage(recovered: String)
        /// The slide itself is wrong: the tests assert the computed value; the text says why.
        case erratum(String)
        /// The deck does not settle it; the text gives the resolution used.
        case ambiguous(String)
        /// Not printed: computed from the slide's setup.
        case derived
        /// The slide gives a formula; the numbers are ours, chosen small and exact.
        case constructed

        /// A short label for tables: "matches", "slide erratum", …
        public var label: String {
            switch self {
            case .matches: "matches"
            case .ocrDamage: "OCR damage"
            case .erratum: "slide erratum"
            case .ambiguous: "ambiguous"
            case .derived: "derived"
            case .constructed: "constructed"
            }
        }

        /// The explanation carried by an erratum, an OCR repair or an ambiguity.
        public var explanation: String? {
            switch self {
            case let .ocrDamage(text), let .erratum(text), let .ambiguous(text): text
            case .matches, .derived, .constructed: nil
            }
        }
    }

    /// The catalogue's id, also the test's name: `ift780-1d-valid-f3`.
    public let id: String
    /// Deck and slide: "IFT 780, slides 39–45".
    public let source: String
    /// What the slide prints, verbatim where it is legible.
    public let printed: String
    /// What CNNLab computes (and the test asserts), written the same way.
    public let computed: String
    public let verdict: Verdict

    public init(id: String, source: String, printed: String, computed: String, verdict: Verdict) {
        self.id = id
        self.source = source
        self.printed = printed
        self.computed = computed
        self.verdict = verdict
    }
}
