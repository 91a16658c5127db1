import Chapters
import Foundation
import NeuralNet
import Plot

/// Chapter 1 — gradient descent, after the "Apprentissage profond" deck (002, ≈ slides 27–41) and
/// IFT 780 (slides 6–17): step size on an ill-conditioned bowl, the Rosenbrock valley, local
/// minima, the stopping tests, and SGD versus mini-batch versus batch.
public enum Chapter1GradientDescent: CourseChapter {
    public static let number = 1
    public static let title = "Gradient descent"

    /// Every run is analytic or a 200-example regression, well under a second: `quick` changes nothing.
    public static func makeReport(quick: Bool) throws -> Report {
        var report = Report(chapter: number, title: title,
                            subtitle: "Step size, stopping tests, Rosenbrock, local minima, SGD and mini-batches — "
                                + "Apprentissage profond ≈ slides 27–41, IFT 780 slides 6–17")
        report.add(try StepSizeFigure.make())
        report.add(try RosenbrockFigure.make())
        report.add(try LocalMinimaFigure.make())
        report.add(try StoppingFigure.make())
        report.add(try MiniBatchFigure.make())
        report.add(WorkedExamplesFigure.make())
        return report
    }
}

/// How the chapter's figures write numbers.
enum Format {
    /// `value` with `digits` significant digits, scientific below 10⁻³ or from 10⁵ ("5.85×10⁻⁵"),
    /// with the typographic minus.
    static func number(_ value: Double, digits: Int = 3) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "−∞") }
        let magnitude = abs(value)
        guard magnitude != 0, magnitude < 1e-3 || magnitude >= 1e5 else {
            let integral = magnitude >= pow(10, Double(digits - 1))  // %g would switch to e-notation
            return minus(String(format: integral ? "%.0f" : "%.\(digits)g", value))
        }
        var exponent = Int(log10(magnitude).rounded(.down))
        if magnitude == pow(10, Double(exponent)) { return (value < 0 ? "−" : "") + "10" + superscript(exponent) }
        var mantissa = String(format: "%.\(digits - 1)f", value / pow(10, Double(exponent)))
        if mantissa.hasPrefix("10") || mantissa.hasPrefix("-10") {  // 9.996 rounds to 10.0
            exponent += 1
            mantissa = String(format: "%.\(digits - 1)f", value / pow(10, Double(exponent)))
        }
        return minus(mantissa) + "×10" + superscript(exponent)
    }

    /// A point "(0.992, 0.985)".
    static func point(_ p: [Double], digits: Int = 6) -> String {
        "(" + p.map { number($0, digits: digits) }.joined(separator: ", ") + ")"
    }

    /// "−" for "-".
    static func minus(_ text: String) -> String { text.replacingOccurrences(of: "-", with: "−") }

    private static func superscript(_ n: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return (n < 0 ? "⁻" : "") + String(String(abs(n)).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }
}

extension DescentResult {
    /// The iterates as chart points (x, y) — every `stride`-th one and the last.
    func trajectory(stride: Int = 1) -> [Point] {
        let kept = steps.enumerated().filter { $0.offset % stride == 0 || $0.offset == steps.count - 1 }
        return kept.map { Point($0.element.point[0], $0.element.point[1]) }
    }

    /// (k, J(θ(k))) for a log-scale convergence chart.
    var valueCurve: [Point] { steps.map { Point(Double($0.iteration), $0.value) } }
}
