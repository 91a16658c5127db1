import Chapter5Pooling
import Testing

/// The chapter's worked examples are exactly the catalogue's §8 and §9, once each — the list the
/// report's errata figure reads.
@Suite("Catalogue coverage")
struct CatalogueTests {
    @Test("Every catalogue id of §8 and §9 is a worked example of the chapter, once")
    func ids() {
        #expect(Chapter5Pooling.examples.map(\.id) == [
            "ift780-maxpool-2x2-s2", "ift780-meanpool-2x2-s2", "ift780-maxpool-2x2-s1", "ift780-maxpool-3x3-s2",
            "002-maxpool-4x4", "fidle-pool-default-stride",
            "xo-image-and-features", "xo-top-left-0.77", "xo-conv-feature1", "xo-conv-feature2", "xo-conv-feature3",
            "xo-relu", "xo-maxpool-2x2-s2", "pasco-gorner-rgb-kernels",
        ])
        // No slide erratum in these sections; the two ambiguous rows carry their resolution.
        let ambiguous = Chapter5Pooling.examples.filter { $0.verdict.label == "ambiguous" }
        #expect(ambiguous.map(\.id) == ["ift780-meanpool-2x2-s2", "ift780-maxpool-3x3-s2"])
        #expect(ambiguous.allSatisfy { !($0.verdict.explanation ?? "").isEmpty })
        #expect(!Chapter5Pooling.examples.contains { $0.verdict.label == "slide erratum" })
    }
}
