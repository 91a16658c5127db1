import Chapters
import Plot

/// Chapter 5 — pooling and ReLU: the slides' pooling tables, Rohrer's X/O pipeline as Pasco's
/// deck shows it, pooling on a real digit, and what pooling tolerates, measured.
public enum Chapter5Pooling: CourseChapter {
    public static let number = 5
    public static let title = Text.title.words()

    /// Six figures: the pooling tables, their backward pass, the X/O pipeline, a digit's feature
    /// maps pooled, translation tolerance, and the errata. `quick` measures the tolerance on
    /// fewer digits.
    public static func makeReport(quick: Bool) throws -> Report {
        var report = Report(chapter: number, title: title, subtitle: Text.subtitle.words())
        report.add(try PoolingTableFigure.figure())
        report.add(try PoolingBackwardFigure.figure())
        report.add(try XOFigure.figure())
        let digits = try DigitPooling.load(perDigit: quick ? 5 : 20)
        report.add(try digits.figure())
        report.add(try ToleranceFigure.figure(digits))
        report.add(ErrataFigure.figure())
        return report
    }

    /// Every worked example of the chapter once, in the catalogue's order (§8, then §9): the list
    /// the errata figure shows. The two roundings of slide 144 share one row.
    public static var examples: [WorkedExample] {
        var rows: [WorkedExample] = []
        for example in PoolingExamples.tables.map(\.example) + [PoolingExamples.fidleDefaultStride] + XOImages.examples {
            if let index = rows.firstIndex(where: { $0.id == example.id }) {
                let first = rows[index]
                rows[index] = WorkedExample(id: first.id, source: first.source, printed: first.printed,
                                            computed: first.computed + "; " + example.computed, verdict: first.verdict)
            } else {
                rows.append(example)
            }
        }
        return rows
    }
}
