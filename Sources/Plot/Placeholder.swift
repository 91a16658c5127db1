/// The `{name}` placeholders of a catalogue's sentences, which `Catalogue` fills with a run's
/// values and `Figure.textProblems(in:)` looks for in a finished text.
enum Placeholder {
    /// The `{name}` placeholders of `text`: a letter, then letters and digits, in braces (a
    /// formula's braces, "max{1, ·}", are text).
    static func names(in text: String) -> Set<String> {
        Set(pieces(text).compactMap(\.placeholder))
    }

    /// `text` cut into literal runs and placeholders, in order.
    static func pieces(_ text: String) -> [(literal: Substring, placeholder: String?)] {
        var result: [(Substring, String?)] = []
        var rest = Substring(text)
        var literalStart = rest.startIndex
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let first = after.first, first.isLetter, first.isASCII,
               after[..<close].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
                result.append((text[literalStart..<open], String(after[..<close])))
                rest = after[after.index(after: close)...]
                literalStart = rest.startIndex
            } else {
                rest = after
            }
        }
        result.append((text[literalStart...], nil))
        return result
    }
}
