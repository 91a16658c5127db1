import Chapters
import Plot

/// Chapter 6 — LeNet: training convolutional networks on digits. LeNet-5 and LeNet-1 as IFT 780
/// slides 166–169 build them, trained on MNIST-5k; what they learn and where they fail; dropout
/// and batch normalisation on Görner's config 2 (Pasco slides 42–48); the same LeNet-5 on
/// Fashion-MNIST.
public enum Chapter6LeNet: CourseChapter {
    public static let number = 6
    public static let title = Text.title.words()

    /// Ten figures. Every training run happens once (``LeNetExperiments``); `quick` trains on a
    /// tenth of the digits for 2 epochs.
    public static func makeReport(quick: Bool) throws -> Report {
        var report = Report(chapter: number, title: title, subtitle: Text.subtitle.words())
        let runs = try LeNetExperiments.run(quick: quick)
        let errors = try ErrorFigures(runs)
        report.add(try DiagramFigure.figure())
        report.add(CurvesFigure.figure(runs))
        report.add(try FeatureFigures.filters(runs))
        report.add(try FeatureFigures.c3Filters(runs))
        report.add(try FeatureFigures.featureMaps(runs))
        report.add(try errors.confusionFigure())
        report.add(try errors.mistakesFigure())
        report.add(RegularisationFigure.figure(runs))
        report.add(try FashionFigure.figure(runs))
        report.add(NotesFigure.figure())
        return report
    }
}
