@testable import Chapter7AlexNet
import NeuralNet
import Plot
import Testing

@Suite("Chapter 7 text catalogue")
struct TextCatalogueTests {
    @Test("Every key has an English and a French text with the same placeholders")
    func bothLanguages() {
        #expect(Text.catalogue.problems(sameInBothLanguages: Text.sameInBothLanguages) == [])
    }

    @Test("Every worked example has its French texts")
    func examples() {
        #expect(Text.examples.problems(for: ArchitectureExamples.all) == [])
    }

    @Test("A layer's description is NeuralNet's in English and translated in French")
    func layerLabels() throws {
        for row in try Networks.alexNet.table().rows + Networks.vgg16.table().rows + Networks.ranvier.table().rows {
            #expect(Text.label(row.spec, .english) == (row.spec?.label ?? "RGB image"))
        }
        #expect(Text.label(.conv(filters: 128, kernel: 5, stride: 1, padding: .valid, groups: 2), .french).hasSuffix(", 2 groupes"))
        #expect(Text.label(.dense(4096), .french) == "pleinement connectée 4096")
        #expect(Text.label(.meanPool(size: 2, stride: 2), .french) == "moyen 2×2, S=2")
    }

    @Test("The report names every figure in French, with the run's numbers and no key left without an entry")
    func captions() throws {
        let report = try Chapter7AlexNet.makeReport(quick: true)
        #expect(report.figures[0].title.french.contains("62\u{202F}378\u{202F}344 paramètres"))
        #expect(report.figures[2].title.french.contains("62,38 M"))
        #expect(Language.allCases.flatMap { report.textProblems(in: $0) } == [])
    }
}
