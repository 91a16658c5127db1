@testable import Chapter1GradientDescent
import Plot
import Testing

@Suite("Chapter 1 text catalogue")
struct TextCatalogueTests {
    @Test("Every key has an English and a French text with the same placeholders")
    func bothLanguages() {
        #expect(Text.catalogue.problems(sameInBothLanguages: Text.sameInBothLanguages) == [])
    }

    @Test("Every worked example has its French texts")
    func examples() {
        #expect(Text.examples.problems(for: GradientDescentExamples.all) == [])
    }

    @Test("The report writes the run's numbers in both languages, with a decimal comma in French prose")
    func captions() throws {
        let report = try Chapter1GradientDescent.makeReport(quick: false)
        let rosenbrock = report.figures[1].caption
        #expect(rosenbrock.english.contains("(0.992356, 0.984739)"))
        #expect(rosenbrock.french.contains("(0,992356 ; 0,984739)"))
        #expect(Language.allCases.flatMap { report.textProblems(in: $0) } == [])
    }
}
