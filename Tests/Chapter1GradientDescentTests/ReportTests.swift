import Chapter1GradientDescent
import Testing

@Suite("Chapter 1 report")
struct ReportTests {
    @Test("The report has the issue's five figures and the worked examples, each citing its deck")
    func figures() throws {
        let report = try Chapter1GradientDescent.makeReport(quick: false)
        #expect(report.name == "chapter1")
        #expect(report.figures.map(\.id) == ["bowl-step-sizes", "rosenbrock-pathological", "local-minima",
                                              "stopping-tests", "sgd-minibatch-batch", "worked-examples"])
        for figure in report.figures.dropLast() {
            #expect(figure.source.english.contains("slide"), "\(figure.id): \(figure.source.english)")
        }
        // The captions carry the numbers the tests check.
        #expect(report.figures[0].caption.english.contains("diverged at iteration"))
        #expect(report.figures[1].caption.english.contains("(0.992356, 0.984739)"))
    }
}
