import Chapters
import Foundation
import NeuralNet
import Plot

/// Chapter 1 — gradient descent, after the "Apprentissage profond" deck (002, ≈ slides 27–41) and
/// IFT 780 (slides 6–17): step size on an ill-conditioned bowl, the Rosenbrock valley, local
/// minima, the stopping tests, and SGD versus mini-batch versus batch.
public enum Chapter1GradientDescent: CourseChapter {
    public static let number = 1
    public static let title = Text.title.words()

    /// Every run is analytic or a 200-example regression, well under a second: `quick` changes nothing.
    public static func makeReport(quick: Bool) throws -> Report {
        var report = Report(chapter: number, title: title, subtitle: Text.subtitle.words())
        report.add(try StepSizeFigure.make())
        report.add(try RosenbrockFigure.make())
        report.add(try LocalMinimaFigure.make())
        report.add(try StoppingFigure.make())
        report.add(try MiniBatchFigure.make())
        report.add(WorkedExamplesFigure.make())
        return report
    }
}

/// How the chapter's figures write points.
enum Format {
    /// A point "(0.992356, 0.984739)", each coordinate with `digits` significant digits (tables:
    /// the decimal point in every language).
    static func point(_ p: [Double], digits: Int = 6) -> String {
        "(" + p.map { NumberFormat.significant($0, digits: digits) }.joined(separator: ", ") + ")"
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
