import Foundation

/// One JSON object on one line, keys in the given order — the last line of stdout of commands
/// run with `--json` (`charrnn`, `seq2seq`), for scripts to read with any JSON parser.
struct JSONLine {
    /// A value: an integer, a finite number (printed in Swift's shortest round-trip form), a
    /// string (escaped as JSON requires), or an array of strings.
    enum Value {
        case int(Int)
        case number(Double)
        case text(String)
        case texts([String])

        var rendered: String {
            switch self {
            case let .int(n): String(n)
            case let .number(x): x.isFinite ? "\(x)" : "null"
            case let .text(s): JSONLine.quoted(s)
            case let .texts(list): "[" + list.map(JSONLine.quoted).joined(separator: ", ") + "]"
            }
        }
    }

    let fields: [(String, Value)]

    init(_ fields: [(String, Value)]) { self.fields = fields }

    var rendered: String {
        "{" + fields.map { "\(Self.quoted($0.0)): \($0.1.rendered)" }.joined(separator: ", ") + "}"
    }

    /// `s` between double quotes, with `"`, `\` and the control characters escaped.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
