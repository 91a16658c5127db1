@testable import Chapter4Padding
import Plot
import Testing

@Suite("Chapter 4 text catalogue")
struct TextCatalogueTests {
    @Test("Every key has an English and a French text with the same placeholders")
    func bothLanguages() {
        #expect(Text.catalogue.problems(sameInBothLanguages: Text.sameInBothLanguages) == [])
    }

    @Test("Every worked example has its French texts")
    func examples() {
        #expect(Text.examples.problems(for: Chapter4Padding.errataExamples) == [])
    }

    @Test("The report names every figure in French, with no key left without an entry")
    func captions() throws {
        let report = try Chapter4Padding.makeReport(quick: true)
        #expect(report.figures[3].caption.french.contains("TensorFlow"))
        #expect(Language.allCases.flatMap { report.textProblems(in: $0) } == [])
    }
}
