@testable import Chapter5Pooling
import Plot
import Testing

@Suite("Chapter 5 text catalogue")
struct TextCatalogueTests {
    @Test("Every key has an English and a French text with the same placeholders")
    func bothLanguages() {
        #expect(Text.catalogue.problems(sameInBothLanguages: Text.sameInBothLanguages) == [])
    }

    @Test("Every worked example has its French texts")
    func examples() {
        #expect(Text.examples.problems(for: Chapter5Pooling.examples) == [])
    }

    @Test("The report names every figure in French, with no key left without an entry")
    func captions() throws {
        let report = try Chapter5Pooling.makeReport(quick: true)
        #expect(report.figures[2].caption.french.contains("0,77"))
        #expect(Language.allCases.flatMap { report.textProblems(in: $0) } == [])
    }
}
