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
    public static let title = Text.title.words()

    /// `quick` trains the spiral for 200 epochs instead of 1,000 and the sine fits for 1,000 epochs
    /// instead of 4,000. Figure 5 draws the recorded timing (Measurements/), so every generation
    /// gives the same bytes.
    public static func makeReport(quick: Bool) throws -> Report {
        var report = Report(chapter: number, title: title, subtitle: Text.subtitle.words())
        let spiral = try SpiralRun.train(epochs: quick ? 200 : 1000)
        report.add(try SpiralFigure.make(spiral))
        report.add(try HiddenUnitsFigure.make(spiral))
        report.add(try ApproximationFigure.make(epochs: quick ? 1000 : 4000))
        report.add(try GradientCheckFigure.make())
        report.add(try VectorisationFigure.make())
        report.add(try ActivationFigure.make())
        report.add(WorkedExamplesFigure.make())
        return report
    }
}
