import Chapters
import Foundation
import NeuralNet
import Plot

/// Chapter 2 — the multilayer perceptron and backpropagation, after the "Apprentissage profond"
/// deck (002, ≈ slides 11–61) and IFT 780 (slides 2–17): the four-class spiral learnt by four
/// hidden layers, what those layers compute, universal approximation, the gradient checks, the
/// cost of a mini-batch as one matrix product, the derivative table, and the worked examples.
public enum Chapter2Backpropagation: CourseChapter {
    public static let number = 2
    public static let title = "The multilayer perceptron and backpropagation"

    /// `quick` trains the spiral for 200 epochs instead of 1,000, the sine fits for 1,000 epochs
    /// instead of 4,000, and times fewer repetitions.
    public static func makeReport(quick: Bool) throws -> Report {
        var report = Report(chapter: number, title: title,
                            subtitle: "Dense layers, losses, the δ rules, mini-batches, universal approximation — "
                                + "Apprentissage profond ≈ slides 11–61, IFT 780 slides 2–17")
        let spiral = try SpiralRun.train(epochs: quick ? 200 : 1000)
        report.add(try SpiralFigure.make(spiral))
        report.add(try HiddenUnitsFigure.make(spiral))
        report.add(try ApproximationFigure.make(epochs: quick ? 1000 : 4000))
        report.add(try GradientCheckFigure.make())
        report.add(try VectorisationFigure.make(quick: quick))
        report.add(try ActivationFigure.make())
        report.add(WorkedExamplesFigure.make())
        return report
    }
}

/// How the chapter's figures write numbers.
enum Format {
    /// `value` in scientific notation with `digits` significant digits ("3.2×10⁻¹⁰"), or plainly
    /// between 10⁻³ and 10⁵, with the typographic minus.
    static func number(_ value: Double, digits: Int = 3) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "−∞") }
        let magnitude = abs(value)
        if magnitude == 0 { return "0" }
        if magnitude >= 1e-3 && magnitude < 1e5 {
            let decimals = max(0, digits - 1 - Int(log10(magnitude).rounded(.down)))
            return minus(String(format: "%.\(decimals)f", value))
        }
        var exponent = Int(log10(magnitude).rounded(.down))
        var mantissa = value / pow(10, Double(exponent))
        if abs((mantissa * pow(10, Double(digits - 1))).rounded()) >= pow(10, Double(digits)) {
            exponent += 1
            mantissa /= 10
        }
        return minus(String(format: "%.\(digits - 1)f", mantissa)) + "×10" + superscript(exponent)
    }

    /// A count with thousands separators: 7,850.
    static func count(_ n: Int) -> String {
        let digits = String(abs(n))
        var groups: [String] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(String(digits[start..<end]), at: 0)
            end = start
        }
        return (n < 0 ? "−" : "") + groups.joined(separator: ",")
    }

    /// "−" for "-".
    static func minus(_ text: String) -> String { text.replacingOccurrences(of: "-", with: "−") }

    /// −10 → "⁻¹⁰".
    static func superscript(_ n: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return (n < 0 ? "⁻" : "") + String(String(abs(n)).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }
}
