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

    /// An integer in superscript digits, e.g. −4 → "⁻⁴".
    static func superscript(_ n: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let body = String(abs(n)).map { digits[Int(String($0))!] }
        return (n < 0 ? "⁻" : "") + String(body)
    }
}
