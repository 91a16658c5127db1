@testable import Plot
import Testing

/// A catalogue of three keys, one of them broken three ways, to check what `problems()` finds.
private enum Key: String, CatalogueKey {
    case fine, formula, missingFrench, mismatched, absent

    static let catalogue = Catalogue<Key>([
        .fine: ("μ = {mu} after {k} steps, {point}", "μ = {mu} après {k} pas, {point}"),
        .formula: ("max{1, ·}", "max{1, ·}"),
        .missingFrench: ("a step", ""),
        .mismatched: ("J = {j}", "J = {value}"),
    ])
}

@Suite("Text catalogue")
struct TextCatalogueTests {
    @Test("A sentence gets the run's numbers, with a decimal comma and grouped thousands in French prose")
    func filling() {
        let words = Key.fine.words(["mu": .number(0.125), "k": .count(10_000), "point": .point([-1.2, 1])])
        #expect(words.english == "μ = 0.125 after 10,000 steps, (−1.2, 1)")
        #expect(words.french == "μ = 0,125 après 10\u{202F}000 pas, (−1,2 ; 1)")
    }

    @Test("A formula's braces are text, not a placeholder; a missing argument stays visible")
    func braces() {
        #expect(Placeholder.names(in: "max{1, ·} and {mu}") == ["mu"])
        #expect(Key.fine.words(["mu": .number(1)]).english == "μ = 1 after {k} steps, {point}")
    }

    @Test("problems() names every key without both languages or with different placeholders")
    func problems() {
        #expect(Key.catalogue.problems(sameInBothLanguages: [.formula]) == [
            "missingFrench: an empty text",
            "mismatched: placeholders [\"j\"] in English, [\"value\"] in French",
            "absent: no entry",
        ])
        #expect(Key.catalogue.problems().contains("formula: the French text is the English one"))
        #expect(Key.absent.words().french == "⟦absent⟧")
    }

    @Test("textProblems(in:) finds a key without an entry and an unfilled placeholder, part by part")
    func textProblems() {
        let broken = Figure(id: "broken", title: Key.absent.words(), caption: Key.fine.words(["mu": .number(1)]),
                            source: .same("max{1, ·}"), width: 10, height: 10) { _, _, _ in }
        #expect(broken.textProblems(in: .french) == [
            "broken: its title names a key without an entry: ⟦absent⟧",
            "broken: its caption has unfilled [\"k\", \"point\"]: μ = 1 après {k} pas, {point}",
        ])
        let whole = Figure(id: "whole", title: .same("t"), caption: Key.fine.words(["mu": .number(1), "k": .count(2), "point": .point([0])]),
                           source: .same("s"), width: 10, height: 10) { _, _, _ in }
        #expect(whole.textProblems(in: .english) == [] && whole.textProblems(in: .french) == [])
    }

    @Test("Table cells keep the decimal point: only prose converts")
    func prose() {
        #expect(NumberFormat.prose("−5.24×10⁻⁸", in: .french) == "−5,24×10⁻⁸")
        #expect(NumberFormat.prose("1,234.5", in: .english) == "1,234.5")
    }
}
