import Chapters
import Datasets
import Plot

/// Chapter 8 — char-RNN: the vanilla recurrent network of IFT 780 (slides 207–248), the "masse"
/// example unrolled in time, and Karpathy's min-char-rnn trained on the Sonnets of slide 236.
public enum Chapter8CharRNN: CourseChapter {
    public static let number = 8
    public static let title = Text.title.words()

    /// Ten figures: "masse" unrolled, the four RNN configurations, the encoder–decoder
    /// 'assez' → 'enough' unrolled, then min-char-rnn on the Sonnets — a few hidden units, the
    /// loss beside NumPy's, the trained Wxh and Whh, samples as it learns and at three
    /// temperatures, the next-character probabilities — and the errata. `quick` trains on the
    /// Sonnets for 1,000 windows instead of 30,000.
    public static func makeReport(quick: Bool) throws -> Report {
        var report = Report(chapter: number, title: title, subtitle: Text.subtitle.words())
        report.add(try MasseFigure.figure())
        report.add(ConfigurationsFigure.figure())
        report.add(try TranslationFigure.figure())
        let run = try SonnetsRun(text: ShakespeareCorpus.load(name: "sonnets"), quick: quick)
        report.add(try HiddenStatesFigure.figure(run))
        report.add(try LossFigure.figure(run))
        report.add(try WeightsFigure.figure(run))
        report.add(SamplesFigure.figure(run))
        report.add(try TemperatureFigure.figure(run))
        report.add(try ProbabilityFigure.figure(run))
        report.add(ErrataFigure.figure())
        return report
    }
}
