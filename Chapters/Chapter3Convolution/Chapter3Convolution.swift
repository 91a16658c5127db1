import Chapters
import Plot

/// Chapter 3 — convolution in 1D and 2D: the filter sliding along a signal and over an image,
/// stride and output size, several channels with a bias, classic filters on real images,
/// im2col, counting neurons and parameters (IFT 780 slides 25–164; deck 002 ≈ slide 68; FIDLE).
public enum Chapter3Convolution: CourseChapter {
    public static let number = 3
    public static let title = Text.title.words()

    /// The figures of the issue, in the course's order; every number drawn is one the chapter's
    /// tests check. `quick` changes nothing: the chapter takes about a second.
    public static func makeReport(quick _: Bool) throws -> Report {
        var report = Report(chapter: number, title: title, subtitle: Text.subtitle.words())
        report.add(try SignalFigures.slidingWindow())
        report.add(try SignalFigures.sizesAndStrides())
        report.add(try ImageFigures.strides7x7())
        report.add(try ImageFigures.rgb())
        report.add(try ClassicFilters.load().figure())
        report.add(try Im2colFigure.figure())
        report.add(try BackwardFigure.figure())
        report.add(try SpeedFigure.figure())
        report.add(try TableFigures.outputSizes())
        report.add(try TableFigures.counting())
        report.add(TableFigures.errata())
        return report
    }
}

/// A value as the figures print it: integers without decimals, the rest with `decimals`; the
/// rounding noise of Double sums (21.000000000000004) never reaches a figure.
func display(_ value: Double, decimals: Int = 2) -> String {
    let cleaned = (value * 1e9).rounded() / 1e9
    return NumberFormat.string(cleaned, decimals: cleaned == cleaned.rounded() ? 0 : decimals)
}

/// `values` rounded to nine decimals, for number grids.
func cleaned(_ values: [Double]) -> [Double] {
    values.map { ($0 * 1e9).rounded() / 1e9 }
}

extension Chapter3Convolution {
    /// Every worked example of the chapter, in the catalogue's order (§3, §4, §5, §7, §10, §11);
    /// `ranvier-zero-pad-2d` of §5 is chapter 4's, which owns the padding examples.
    public static var examples: [WorkedExample] {
        let runs: [WorkedExample] = SignalExamples.slideRuns.map(\.example)
        let signal: [WorkedExample] = [SignalExamples.shortExample] + runs.prefix(3) + [SignalExamples.fullyConnected]
            + runs.suffix(2) + [SignalExamples.otherStrides, SignalExamples.multifilterCounts]
        let images: [WorkedExample] = [OutputSizeTable.example, OutputSizeTable.sameValidStride, ImageExamples.sizes7x7,
                                       ImageExamples.formulaOrientation, ImageExamples.grayscale, RGBExample.example]
        let counts: [WorkedExample] = CountingExamples.counts.map(\.example)
        let countingExtras: [WorkedExample] = [CountingExamples.fullyConnectedEquivalence, CountingExamples.fidleFormula,
                                               CountingExamples.receptiveField]
        let im2col: [WorkedExample] = [Im2colExamples.single, Im2colExamples.batch, Im2colExamples.twoFilters, Im2colExamples.twoChannels]
        return signal + images + counts.prefix(7) + countingExtras + counts.suffix(1) + im2col
    }
}
