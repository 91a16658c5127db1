/// A chapter's texts: each key has an English and a French sentence, with `{name}` placeholders
/// for the numbers of the run. A figure asks for a key with the run's values as arguments once,
/// and gets `Words` that write the same values in either language (a decimal point in English,
/// a decimal comma in French prose: "μ = 0.1" / "μ = 0,1").
///
///     Text.catalogue[.bowlOutcome, ["mu": .number(0.1), "j": .number(1.2e-5)]]
///
/// `problems()` is what a chapter's test asserts empty: every key present, in both languages,
/// with the same placeholders.
public struct Catalogue<Key>: Sendable
where Key: CaseIterable & Hashable & RawRepresentable & Sendable, Key.RawValue == String {
    /// One key's two texts.
    public struct Entry: Sendable {
        public let english: String
        public let french: String

        /// The text of `language`.
        public subscript(language: Language) -> String {
            switch language {
            case .english: english
            case .french: french
            }
        }
    }

    private let entries: [Key: Entry]

    /// A catalogue from key → (English, French).
    public init(_ entries: [Key: (english: String, french: String)]) {
        self.entries = entries.mapValues { Entry(english: $0.english, french: $0.french) }
    }

    /// The key's texts with `arguments` put in place of their `{name}` placeholders.
    public subscript(key: Key, arguments: [String: TextValue]) -> Words {
        let entry = entries[key]
        return Words { language in
            guard let entry else { return "⟦\(key.rawValue)⟧" }
            return Catalogue.fill(entry[language], arguments: arguments, language: language)
        }
    }

    /// The key's texts, which have no placeholder.
    public subscript(key: Key) -> Words {
        self[key, [:]]
    }

    /// The key's text in `language` (a label drawn inside a figure).
    public func callAsFunction(_ key: Key, _ language: Language, _ arguments: [String: TextValue] = [:]) -> String {
        self[key, arguments](language)
    }

    /// What is wrong with the catalogue, one sentence each: a key without an entry, an empty
    /// text, a French text identical to the English one (unless `sameInBothLanguages` lists the
    /// key: a formula, a name), or placeholders that differ between the two languages.
    public func problems(sameInBothLanguages: Set<Key> = []) -> [String] {
        Key.allCases.compactMap { key -> String? in
            guard let entry = entries[key] else { return "\(key.rawValue): no entry" }
            if entry.english.isEmpty || entry.french.isEmpty { return "\(key.rawValue): an empty text" }
            if entry.english == entry.french && !sameInBothLanguages.contains(key) {
                return "\(key.rawValue): the French text is the English one"
            }
            let english = Placeholder.names(in: entry.english)
            let french = Placeholder.names(in: entry.french)
            if english != french {
                return "\(key.rawValue): placeholders \(english.sorted()) in English, \(french.sorted()) in French"
            }
            return nil
        }
    }

    /// `text` with each `{name}` replaced by its argument written in `language`; a placeholder
    /// without an argument stays visible, for the reader (and a test) to see.
    static func fill(_ text: String, arguments: [String: TextValue], language: Language) -> String {
        Placeholder.pieces(text).map { literal, name in
            String(literal) + (name.map { arguments[$0]?.text(in: language) ?? "{\($0)}" } ?? "")
        }.joined()
    }
}

/// A value put into a catalogue's sentence, written the way `language` writes numbers in prose.
/// Number grids and tables do not go through here: they keep the decimal point in every language,
/// as the decks print them.
public enum TextValue: Sendable {
    /// `digits` significant digits (`NumberFormat.significant`).
    case number(Double, digits: Int = 3)
    /// A fixed number of decimals (`NumberFormat.string`).
    case fixed(Double, decimals: Int)
    /// A whole number, its thousands grouped ("10,000" / "10 000").
    case count(Int)
    /// A whole number as it is ("2016", an iteration).
    case integer(Int)
    /// A point or a vector, "(0.5, 1)" / "(0,5 ; 1)".
    case point([Double], digits: Int = 6)
    /// Text that is written the same in every language (a formula, a name, a shape "28×28").
    case text(String)
    /// Text that has its own translations (a nested catalogue entry).
    case words(Words)

    /// The value as `language` writes it in a sentence.
    public func text(in language: Language) -> String {
        switch self {
        case let .number(value, digits): NumberFormat.prose(NumberFormat.significant(value, digits: digits), in: language)
        case let .fixed(value, decimals): NumberFormat.prose(NumberFormat.string(value, decimals: decimals), in: language)
        case let .count(value): NumberFormat.prose(NumberFormat.grouped(value), in: language)
        case let .integer(value): NumberFormat.string(Double(value), decimals: 0)
        case let .point(values, digits):
            "(" + values.map { NumberFormat.prose(NumberFormat.significant($0, digits: digits), in: language) }
                .joined(separator: language == .french ? " ; " : ", ") + ")"
        case let .text(text): text
        case let .words(words): words(language)
        }
    }
}

/// A chapter's text keys: an enum whose cases name its sentences, and whose `catalogue` holds
/// them in both languages. `key.words(…)` is what a figure's title or caption takes;
/// `key(language)` is a label drawn inside a figure.
public protocol CatalogueKey: CaseIterable, Hashable, RawRepresentable, Sendable where RawValue == String {
    static var catalogue: Catalogue<Self> { get }
}

extension CatalogueKey {
    /// The key's words with `arguments` in place of its placeholders.
    public func words(_ arguments: [String: TextValue] = [:]) -> Words {
        Self.catalogue[self, arguments]
    }

    /// The key's text in `language` with `arguments` in place.
    public func callAsFunction(_ language: Language, _ arguments: [String: TextValue] = [:]) -> String {
        Self.catalogue[self, arguments](language)
    }
}
