import Chapters
import NeuralNet
import Plot

/// Chapter 4 — padding variants: how a convolution handles the borders (IFT 780, slides 60–67;
/// Ranvier, "Le padding"; Görner's 'SAME' layers), and what each choice does to an image.
public enum Chapter4Padding: CourseChapter {
    public static let number = 4
    public static let title = Text.title.words()

    /// The five figures of the issue: the 1D example under every mode, the same in 2D, borders
    /// on a real image, output sizes, and the errata. `quick` changes nothing: the chapter is fast.
    public static func makeReport(quick _: Bool) throws -> Report {
        var report = Report(chapter: number, title: title, subtitle: Text.subtitle.words())
        report.add(try PaddingFigures.oneDimensional())
        report.add(try PaddingFigures.twoDimensional())
        report.add(try ImageBorders.load().figure())
        report.add(try SizeFigure.figure())
        report.add(ErrataFigure.figure())
        return report
    }
}

/// The colour that marks each mode's added border in every figure of the chapter, and the
/// mode's name as the slides give it.
extension PaddingMode {
    var borderColor: Color {
        switch self {
        case .zero: Role.series(0).color
        case .reflect: Role.series(1).color
        case .replicate: Role.series(2).color
        case .circular: Role.series(3).color
        }
    }

    /// The border colour mixed with white, opaque, so that numbers drawn on it stay black.
    var borderTint: Color { Color.white.mixed(with: borderColor, 0.5) }

    /// "zero (option 1)", … — the slides' numbering of the options, circular beyond them.
    var slideName: Text {
        switch self {
        case .zero: .zeroOption
        case .reflect: .reflectOption
        case .replicate: .replicateOption
        case .circular: .circularOption
        }
    }
}
