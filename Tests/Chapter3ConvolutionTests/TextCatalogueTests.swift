@testable import Chapter3Convolution
import Plot
import Testing

@Suite("Chapter 3 text catalogue")
struct TextCatalogueTests {
    @Test("Every key has an English and a French text with the same placeholders")
    func bothLanguages() {
        #expect(Text.catalogue.problems(sameInBothLanguages: Text.sameInBothLanguages) == [])
    }

    @Test("Every worked example has its French texts")
    func examples() {
        #expect(Text.examples.problems(for: Chapter3Convolution.examples.filter { $0.verdict.explanation != nil }) == [])
    }

    @Test("The report names every figure in French, with no key left without an entry")
    func captions() throws {
        let report = try Chapter3Convolution.makeReport(quick: true)
        #expect(report.figures[8].caption.french.contains("54,25"))
        #expect(Language.allCases.flatMap { report.textProblems(in: $0) } == [])
    }
}

@Suite("Chapter 3 counting table in French")
struct CountingTextTests {
    @Test("Every set-up of the counting table has its French text")
    func setups() {
        #expect(CountingExamples.counts.filter { Text.frenchSetups[$0.example.id] == nil }.map(\.example.id) == [])
    }
}
