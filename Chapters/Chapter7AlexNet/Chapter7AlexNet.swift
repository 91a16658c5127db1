import Chapters
import Plot

/// Chapter 7 — AlexNet shapes: the architectures of the course as lists of layers, with every
/// output shape, neuron and parameter computed by NeuralNet's rules; AlexNet and VGG16 as the
/// slides table them, where their parameters and activations live, receptive fields, errata.
public enum Chapter7AlexNet: CourseChapter {
    public static let number = 7
    public static let title = Text.title.words()

    /// The six figures: AlexNet's diagram and table, VGG16's table, parameters against neurons per
    /// layer, receptive fields, errata. Nothing is trained, so `quick` changes nothing.
    public static func makeReport(quick: Bool) throws -> Report {
        var report = Report(chapter: number, title: title, subtitle: Text.subtitle.words())
        report.add(try ArchitectureFigures.diagram())
        report.add(try VolumesFigure.figure())
        report.add(try ArchitectureFigures.alexNetTable())
        report.add(try ArchitectureFigures.vggTable())
        report.add(try BudgetFigure.figure())
        report.add(try ReceptiveFieldFigure.figure())
        report.add(try ReceptiveFieldGridFigure.figure())
        report.add(ErrataFigure.figure())
        return report
    }
}
