@testable import Chapter2Backpropagation
import Plot
import Testing

@Suite("Chapter 2 text catalogue")
struct TextCatalogueTests {
    @Test("Every key has an English and a French text with the same placeholders")
    func bothLanguages() {
        #expect(Text.catalogue.problems(sameInBothLanguages: Text.sameInBothLanguages) == [])
    }

    @Test("Every worked example has its French texts")
    func examples() {
        #expect(Text.examples.problems(for: BackpropagationExamples.catalogue) == [])
    }

    @Test("The report names every figure in French, with no key left without an entry")
    func captions() throws {
        let report = try Chapter2Backpropagation.makeReport(quick: true)
        #expect(report.figures[3].caption.french.contains("10⁻⁶"))
        #expect(Language.allCases.flatMap { report.textProblems(in: $0) } == [])
    }
}
