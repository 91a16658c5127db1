import Chapter3Convolution
import Testing

/// The chapter's worked examples are exactly the catalogue's §3, §4, §5 (less chapter 4's
/// `ranvier-zero-pad-2d`), §7, §10 and §11, once each — the list the report's errata figure reads.
@Suite("Catalogue coverage")
struct CatalogueTests {
    @Test("Every catalogue id of §3, §4, §5, §7, §10, §11 is a worked example of the chapter, once")
    func ids() {
        let ids = Chapter3Convolution.examples.map(\.id)
        #expect(ids == [
            "ift780-1d-d5-f3", "ift780-1d-valid-f3", "ift780-1d-valid-f5", "ift780-1d-valid-f7",
            "ift780-1d-f9-fully-connected", "ift780-1d-f5-s2", "ift780-1d-f5-s3-invalid",
            "ift780-1d-derived-other-strides", "ift780-1d-multifilter-counts",
            "output-size-formula-table", "same-valid-stride-facts",
            "ift780-2d-sizes-7x7", "ift780-2d-formula-orientation", "ift780-1x1-grayscale",
            "multichannel-rgb-bias",
            "ift780-2d-same-5filters", "ift780-valid-6filters-100x100", "ift780-cifar-same-6filters",
            "ift780-cifar-stride3", "ift780-10filters-5x5x3", "ift780-3layer-same", "ift780-3layer-valid",
            "ift780-fc-vs-conv-equivalence", "fidle-conv-param-formula", "receptive-field-3x3-stack",
            "002-conv-32-to-28",
            "ift780-im2col-4x4-3x3", "ift780-im2col-batch2", "ift780-im2col-2filters", "ift780-im2col-2channels",
        ])
        // The catalogue's slide errata of these sections, each with its explanation.
        let errata = Chapter3Convolution.examples.filter { $0.verdict.label == "slide erratum" }
        #expect(errata.map(\.id) == ["ift780-1d-f9-fully-connected", "ift780-im2col-4x4-3x3", "ift780-im2col-2channels"])
        #expect(errata.allSatisfy { !($0.verdict.explanation ?? "").isEmpty })
    }
}
