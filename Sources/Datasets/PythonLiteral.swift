/// A Python literal as `ast.literal_eval` reads it — the language of a `.npy` header, which
/// `numpy.load` evaluates with `ast.literal_eval` (numpy.lib.format). Only what a header can
/// meaningfully hold is kept apart (dicts, tuples, integers, booleans, strings); every other
/// literal (lists, sets, floats, bytes, None) is `.other`, which no header check accepts.
indirect enum PythonLiteral: Equatable {
    case dict([(key: PythonLiteral, value: PythonLiteral)])
    case tuple([PythonLiteral])
    /// An integer; `nil` when it does not fit in `Int`.
    case int(Int?)
    case bool(Bool)
    case string(String)
    /// What the literal is, for messages ("a list", "a float").
    case other(String)

    static func == (a: PythonLiteral, b: PythonLiteral) -> Bool {
        switch (a, b) {
        case let (.dict(x), .dict(y)): x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case let (.tuple(x), .tuple(y)): x == y
        case let (.int(x), .int(y)): x == y
        case let (.bool(x), .bool(y)): x == y
        case let (.string(x), .string(y)): x == y
        case let (.other(x), .other(y)): x == y
        default: false
        }
    }
}

/// The reader: Python 3's tokens for these literals (whitespace ' ', tab, form feed and line
/// breaks; `#` comments; a backslash before a line break inside brackets; string prefixes r and
/// u, single and triple quotes, escapes, adjacent strings joined; integers in decimal without
/// leading zeros, 0x, 0o, 0b, with single underscores between digits; a sign before a number),
/// and, for headers of versions 1.0 and 2.0 (written by Python 2), an `L` after an integer, as
/// numpy's `_filter_header` drops it. Anything else is a syntax error, as in `literal_eval`.
struct PythonLiteralReader {
    struct SyntaxError: Error {
        let reason: String
    }

    private let scalars: [Unicode.Scalar]
    private let allowsLongSuffix: Bool
    private var position = 0
    private var depth = 0

    init(_ text: String, allowsLongSuffix: Bool) {
        scalars = Array(text.unicodeScalars)
        self.allowsLongSuffix = allowsLongSuffix
    }

    /// The whole text as one literal (leading and trailing space and comments allowed).
    mutating func read() throws(SyntaxError) -> PythonLiteral {
        // Python refuses a source with a NUL byte anywhere, a comment included.
        guard !scalars.contains("\0") else { throw SyntaxError(reason: "contains a NUL byte, which Python source cannot") }
        let value = try expression()
        skipSpace()
        guard position == scalars.count else { throw unexpected("after the end of the literal") }
        return value
    }

    private var next: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    private func unexpected(_ context: String) -> SyntaxError {
        guard let next else { return SyntaxError(reason: "ends too early \(context)") }
        return SyntaxError(reason: "has \(PythonLiteralReader.quoted(next)) \(context)")
    }

    /// A scalar quoted for a message, control and invisible characters as escapes (U+00A0).
    static func quoted(_ scalar: Unicode.Scalar) -> String {
        scalar.value >= 0x21 && scalar.value < 0x7F ? "'\(scalar)'" : String(format: "U+%04X", scalar.value)
    }

    /// Spaces, tabs, form feeds, comments; inside brackets also line breaks and backslash
    /// continuations (a top-level literal may still end with line breaks).
    private mutating func skipSpace() {
        while let c = next {
            switch c {
            case " ", "\t", "\u{0C}", "\n", "\r": position += 1
            case "#": while let d = next, d != "\n", d != "\r" { position += 1 }
            case "\\" where depth > 0 && position + 1 < scalars.count && (scalars[position + 1] == "\n" || scalars[position + 1] == "\r"):
                position += 2
            default: return
            }
        }
    }

    private mutating func take(_ c: Unicode.Scalar) -> Bool {
        skipSpace()
        guard next == c else { return false }
        position += 1
        return true
    }

    private mutating func expression() throws(SyntaxError) -> PythonLiteral {
        skipSpace()
        guard let c = next else { throw unexpected("where a value was expected") }
        switch c {
        case "{": return try container(close: "}")
        case "(": return try container(close: ")")
        case "[": return try container(close: "]")
        case "'", "\"": return try strings()
        case "+", "-":
            position += 1
            skipSpace()
            guard let d = next, d.properties.numericType != nil || d == "." else { throw unexpected("after a sign") }
            let number = try self.number()
            guard c == "-", case let .int(value?) = number else { return number }
            return .int(value == .min ? nil : -value)
        case "0"..."9", ".": return try number()
        default:
            let word = identifier()
            switch word {
            case "True": return .bool(true)
            case "False": return .bool(false)
            case "None": return .other("None")
            case "r", "R", "u", "U", "b", "B", "rb", "br", "Rb", "bR", "RB", "BR", "rB", "Br":
                guard next == "'" || next == "\"" else { throw SyntaxError(reason: "has the name '\(word)', not a literal") }
                position -= word.unicodeScalars.count
                return try strings()
            case "": throw unexpected("where a value was expected")
            default: throw SyntaxError(reason: "has the name '\(word)', not a literal")
            }
        }
    }

    private mutating func identifier() -> String {
        var word = ""
        while let c = next, c.properties.isXIDContinue { word.unicodeScalars.append(c); position += 1 }
        return word
    }

    /// `{…}` (a dict, or a set), `(…)` (a tuple, or one value in parentheses), `[…]` (a list).
    private mutating func container(close: Unicode.Scalar) throws(SyntaxError) -> PythonLiteral {
        position += 1
        depth += 1
        defer { depth -= 1 }
        var items: [PythonLiteral] = [], pairs: [(key: PythonLiteral, value: PythonLiteral)] = []
        var sawComma = false
        while !take(close) {
            if !items.isEmpty || !pairs.isEmpty {
                guard take(",") else { throw unexpected("where ',' or '\(close)' was expected") }
                sawComma = true
                if take(close) { break }
            }
            let value = try expression()
            if close == "}", items.isEmpty, take(":") {
                pairs.append((value, try expression()))
            } else if pairs.isEmpty {
                items.append(value)
            } else {
                throw unexpected("where ':' was expected")
            }
        }
        switch close {
        case "}": return pairs.isEmpty && !items.isEmpty ? .other("a set") : .dict(pairs)
        case ")": return items.count == 1 && !sawComma ? items[0] : .tuple(items)
        default: return .other("a list")
        }
    }

    /// One or more adjacent string literals, joined; bytes literals are `.other`.
    private mutating func strings() throws(SyntaxError) -> PythonLiteral {
        var text = "", isBytes: Bool?
        repeat {
            let prefix = identifier().lowercased()
            guard ["", "r", "u", "b", "rb", "br"].contains(prefix) else { throw SyntaxError(reason: "has the name '\(prefix)', not a literal") }
            let bytes = prefix.contains("b"), raw = prefix.contains("r")
            guard isBytes == nil || isBytes == bytes else { throw SyntaxError(reason: "joins a bytes literal and a string") }
            isBytes = bytes
            text += try string(raw: raw)
            skipSpace()
        } while next == "'" || next == "\"" || (next.map { "rRuUbB".unicodeScalars.contains($0) } ?? false)
        return isBytes == true ? .other("bytes") : .string(text)
    }

    private mutating func string(raw: Bool) throws(SyntaxError) -> String {
        guard let quote = next, quote == "'" || quote == "\"" else { throw unexpected("where a string was expected") }
        let triple = position + 2 < scalars.count && scalars[position + 1] == quote && scalars[position + 2] == quote
        position += triple ? 3 : 1
        var text = String.UnicodeScalarView()
        while true {
            guard let c = next else { throw SyntaxError(reason: "has an unterminated string") }
            if c == quote, !triple || (position + 2 < scalars.count && scalars[position + 1] == quote && scalars[position + 2] == quote) {
                position += triple ? 3 : 1
                return String(text)
            }
            if !triple, c == "\n" || c == "\r" { throw SyntaxError(reason: "has a line break inside a string") }
            position += 1
            guard c == "\\", let e = next else { text.append(c); continue }
            position += 1
            if raw { text.append(c); text.append(e); continue }
            switch e {
            case "\n": continue
            case "n": text.append("\n")
            case "t": text.append("\t")
            case "r": text.append("\r")
            case "0"..."7":
                var value = e.value - 48
                for _ in 0..<2 { if let d = next, ("0"..."7").contains(d) { value = value * 8 + d.value - 48; position += 1 } }
                text.append(Unicode.Scalar(value)!)
            case "x", "u", "U":
                let width = e == "x" ? 2 : e == "u" ? 4 : 8
                guard position + width <= scalars.count,
                      let value = UInt32(String(String.UnicodeScalarView(scalars[position..<(position + width)])), radix: 16),
                      let scalar = Unicode.Scalar(value) else { throw SyntaxError(reason: "has a malformed \\\(e) escape") }
                position += width
                text.append(scalar)
            case "\\", "'", "\"": text.append(e)
            case "a": text.append("\u{07}")
            case "b": text.append("\u{08}")
            case "f": text.append("\u{0C}")
            case "v": text.append("\u{0B}")
            default: text.append(c); text.append(e)  // an unknown escape keeps its backslash
            }
        }
    }

    /// An integer (decimal, 0x, 0o, 0b, single underscores between digits, no leading zero
    /// before another digit); a float or an imaginary number is `.other`.
    private mutating func number() throws(SyntaxError) -> PythonLiteral {
        var word = ""
        while let c = next, c.properties.isXIDContinue || c == "." ||
              ((c == "+" || c == "-") && (word.hasSuffix("e") || word.hasSuffix("E")) && !word.lowercased().hasPrefix("0x")) {
            word.unicodeScalars.append(c)
            position += 1
        }
        if allowsLongSuffix, word.count > 1, word.hasSuffix("L"), let value = try? Self.integer(String(word.dropLast())) {
            return value
        }
        let looksFloating = word.contains(where: { ".eE".contains($0) }) && !word.lowercased().hasPrefix("0x")
        if !looksFloating {
            let value = try Self.integer(word)
            if allowsLongSuffix {  // "2 L": numpy's _filter_header drops a NAME token L after a number
                let saved = position
                skipSpace()
                if next == "L", position + 1 == scalars.count || !scalars[position + 1].properties.isXIDContinue {
                    position += 1
                } else {
                    position = saved
                }
            }
            return value
        }
        if Double(word.replacingOccurrences(of: "_", with: "")) != nil, !word.contains("__") {
            return .other("a float")
        }
        throw SyntaxError(reason: "has the malformed number '\(word)'")
    }

    private static func integer(_ word: String) throws(SyntaxError) -> PythonLiteral {
        let lower = word.lowercased()
        let (radix, digits): (Int, Substring) =
            lower.hasPrefix("0x") ? (16, lower.dropFirst(2)) : lower.hasPrefix("0o") ? (8, lower.dropFirst(2))
            : lower.hasPrefix("0b") ? (2, lower.dropFirst(2)) : (10, Substring(lower))
        let body = radix == 10 ? digits : digits.hasPrefix("_") ? digits.dropFirst() : digits
        guard !body.isEmpty, !body.hasPrefix("_"), !body.hasSuffix("_"), !body.contains("__") else {
            throw SyntaxError(reason: "has the malformed number '\(word)'")
        }
        let plain = body.replacingOccurrences(of: "_", with: "")
        guard plain.allSatisfy({ $0.isASCII && $0.hexDigitValue.map { $0 < radix } == true }) else {
            throw SyntaxError(reason: "has the malformed number '\(word)'")
        }
        if radix == 10, plain.count > 1, plain.hasPrefix("0"), plain.contains(where: { $0 != "0" }) {
            throw SyntaxError(reason: "has the number '\(word)' with a leading zero, which Python 3 refuses")
        }
        return .int(Int(plain, radix: radix))
    }
}
