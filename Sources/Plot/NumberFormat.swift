import Foundation

/// How the figures write numbers: a fixed number of decimals, the typographic minus sign
/// (U+2212 "−", which `pdftotext` gives back as such), and never "−0".
public enum NumberFormat {
    /// `value` with `decimals` digits after the point, e.g. `string(-1.5, decimals: 2)` is "−1.50".
    public static func string(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "−∞") }
        var text = String(format: "%.\(max(0, decimals))f", value)
        if text.hasPrefix("-") {
            let magnitude = text.dropFirst()
            text = magnitude.allSatisfy({ $0 == "0" || $0 == "." }) ? String(magnitude) : "−" + magnitude
        }
        return text
    }

    /// 0 when every finite value is an integer, else `decimals`: integer grids print as integers.
    public static func decimals(for values: [Double], otherwise decimals: Int) -> Int {
        values.allSatisfy { !$0.isFinite || $0 == $0.rounded() } ? 0 : decimals
    }

    /// A compact label for an axis tick at a multiple of `step`: as many decimals as the step
    /// needs, or scientific notation ("1e−4") for very small or large magnitudes.
    public static func tick(_ value: Double, step: Double) -> String {
        let magnitude = max(abs(value), step)
        if magnitude >= 1e5 || magnitude < 1e-3, value != 0 {
            let exponent = Int(log10(abs(value)).rounded(.down))
            let mantissa = value / pow(10, Double(exponent))
            let m = abs(mantissa - mantissa.rounded()) < 1e-9 ? string(mantissa, decimals: 0) : string(mantissa, decimals: 1)
            return (m == "1" ? "" : m == "−1" ? "−" : m + "×") + "10" + superscript(exponent)
        }
        let decimals = max(0, Int((-log10(step)).rounded(.up)))
        return string(value, decimals: step >= 1 ? 0 : decimals)
    }

    /// `value` rounded to `digits` significant digits, trailing zeros dropped, as C's `%g` but
    /// written for reading: plainly from 10⁻³ up to 10⁵ ("0.00123", "12.5", "40", "12345" — whole
    /// numbers keep all their digits), otherwise as m×10ⁿ ("5.24×10⁻⁸", a power of ten as "10⁻⁵"),
    /// with the typographic minus. `trailingZeros` keeps every digit asked for ("2.00", "1.0×10⁻⁵"),
    /// for columns of measured values.
    public static func significant(_ value: Double, digits: Int = 3, trailingZeros: Bool = false) -> String {
        guard value.isFinite else { return string(value, decimals: 0) }
        let digits = max(digits, 1)
        let magnitude = abs(value)
        if magnitude == 0 { return "0" }
        var exponent = Int(log10(magnitude).rounded(.down))
        if magnitude >= 1e-3 && magnitude < 1e5 {
            let text = string(value, decimals: digits - 1 - exponent)
            return trailingZeros ? text : trimmingZeros(text)
        }
        var mantissa = string(value / pow(10, Double(exponent)), decimals: digits - 1)
        if mantissa.hasPrefix("10") || mantissa.hasPrefix("−10") {  // 9.996 rounded up to 10.0
            exponent += 1
            mantissa = string(value / pow(10, Double(exponent)), decimals: digits - 1)
        }
        if !trailingZeros { mantissa = trimmingZeros(mantissa) }
        return (mantissa == "1" ? "" : mantissa == "−1" ? "−" : mantissa + "×") + "10" + superscript(exponent)
    }

    /// A whole number with its thousands separated by commas, as the slides write counts: 7,850.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var groups: [String] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(String(digits[start..<end]), at: 0)
            end = start
        }
        return (n < 0 ? "−" : "") + groups.joined(separator: ",")
    }

    /// "2.500" → "2.5", "3.00" → "3"; text without a decimal point is left alone.
    private static func trimmingZeros(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var trimmed = Substring(text)
        while trimmed.hasSuffix("0") { trimmed = trimmed.dropLast() }
        if trimmed.hasSuffix(".") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }

    /// An integer in superscript digits, e.g. −4 → "⁻⁴".
    static func superscript(_ n: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let body = String(abs(n)).map { digits[Int(String($0))!] }
        return (n < 0 ? "⁻" : "") + String(body)
    }
}

extension NumberFormat {
    /// A number written by this enum ("1,234.5", "−0.25", "5.24×10⁻⁸") as `language` writes it in
    /// prose: unchanged in English; in French the thousands separated by a narrow no-break space
    /// and the decimal point a comma ("1 234,5", "−0,25", "5,24×10⁻⁸"). Only for sentences: grids
    /// and tables keep the decks' decimal point.
    public static func prose(_ number: String, in language: Language) -> String {
        switch language {
        case .english: number
        case .french: number.replacingOccurrences(of: ",", with: "\u{202F}").replacingOccurrences(of: ".", with: ",")
        }
    }
}
