@testable import Chapter8CharRNN
import Foundation
import Plot
import Testing

@Suite("Chapter 8 text catalogue")
struct TextCatalogueTests {
    @Test("Every key has an English and a French text with the same placeholders")
    func bothLanguages() {
        #expect(Text.catalogue.problems(sameInBothLanguages: Text.sameInBothLanguages) == [])
    }

    @Test("Every worked example has its French texts")
    func examples() {
        #expect(Text.examples.problems(for: CharRNNExamples.all) == [])
    }

    @Test("The errata's listing table: each fault in French, the slide's seven lines of code quoted as they are")
    func listing() {
        for row in ErrataFigure.listing { #expect(row.wrong(.english) != row.wrong(.french)) }
        // Two rows describe the listing (the backprop loop, where it stops); the others quote it.
        #expect(ErrataFigure.listing.filter { $0.code(.english) == $0.code(.french) }.count == 7)
    }

    @Test("The report names every figure in French, with the run's numbers and no key left without an entry")
    func captions() throws {
        let report = try Chapter8CharRNN.makeReport(quick: true)
        #expect(report.figures[0].caption.french.contains("0,1842"))
        #expect(Language.allCases.flatMap { report.textProblems(in: $0) } == [])
    }
}
