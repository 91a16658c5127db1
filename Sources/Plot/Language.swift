/// The language a report is written in. A chapter computes its figures once; each language then
/// renders the same figures (the same numbers) with its own words, so the language is a value
/// passed to the rendering, never a global setting.
public enum Language: String, CaseIterable, Sendable {
    case english = "en"
    case french = "fr"

    /// The folder of this language's reports inside the reports folder: English at the top
    /// (`Reports/chapter3/`), French beneath it (`Reports/fr/chapter3/`).
    public var subfolder: String? {
        switch self {
        case .english: nil
        case .french: "fr"
        }
    }

    /// "Source: " / "Source : " — French puts a no-break space before a colon.
    public func labelled(_ label: String, _ text: String) -> String {
        switch self {
        case .english: "\(label): \(text)"
        case .french: "\(label)\u{A0}: \(text)"
        }
    }
}

/// Words to be written in one of the languages: a figure's title, caption or source, resolved
/// only when a report is rendered in a given language. Built from a chapter's catalogue
/// (`Catalogue`), from text that no language changes (`Words.same`, a formula, a name), or by
/// joining such pieces.
public struct Words: Sendable {
    private let render: @Sendable (Language) -> String

    /// Words whose text `render` gives for each language.
    public init(_ render: @escaping @Sendable (Language) -> String) {
        self.render = render
    }

    /// Text every language writes the same way: a formula, a deck's name, a file name.
    public static func same(_ text: String) -> Words {
        Words { _ in text }
    }

    /// The text in `language`.
    public func callAsFunction(_ language: Language) -> String {
        render(language)
    }

    /// The English text (what the tests of the English report read).
    public var english: String { render(.english) }

    /// The French text.
    public var french: String { render(.french) }

    /// The pieces one after the other (sentences of a caption, some of them optional). A method,
    /// not `+`: another `+` overload makes the long `String` sums of the figures slow to type-check.
    public static func concatenation(_ pieces: Words...) -> Words {
        joined(pieces, separator: "")
    }

    /// The pieces in order, with `separator` between them.
    public static func joined(_ pieces: [Words], separator: String) -> Words {
        Words { language in pieces.map { $0(language) }.joined(separator: separator) }
    }

    /// The pieces as a list of values: separated by `english` (a comma) in English, by semicolons
    /// in French (where the comma is the decimal separator).
    public static func list(_ pieces: [Words], english: String = ", ") -> Words {
        Words { language in pieces.map { $0(language) }.joined(separator: language == .french ? " ; " : english) }
    }
}
