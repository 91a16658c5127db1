import Chapter4Padding
import NeuralNet
import Testing

/// The padding examples of the decks (catalogue §4, §5, §6, §12), one test per catalogue id.
@Suite("Worked examples: padding")
struct WorkedExampleTests {
    /// The example of `mode` in ``PaddingExamples/oneDimensional``.
    private func example(_ mode: PaddingMode) throws -> PaddingExamples.OneDimensional {
        try #require(PaddingExamples.oneDimensional.first { $0.mode == mode })
    }

    private func expectClose(_ a: [Double], _ b: [Double], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.count == b.count, sourceLocation: sourceLocation)
        for (x, y) in zip(a, b) { #expect(abs(x - y) < 1e-12, "\(a) vs \(b)", sourceLocation: sourceLocation) }
    }

    @Test("ift780-pad-zero — IFT 780 slides 61–62")
    func zero() throws {
        let zero = try example(.zero)
        #expect(try zero.paddedSignal() == [0, 10, 20, -30, 40, -50, 0])
        // OCR damage: the slide's 10 is −10 (0.1·(−30) + 0.2·40 + 0.3·(−50)); the other four match.
        expectClose(try zero.outputs(), [8, -4, 8, -10, -6])
    }

    @Test("ift780-pad-reflect — IFT 780 slides 61–62 (slide erratum: last output 6, not 2)")
    func reflect() throws {
        let reflect = try example(.reflect)
        #expect(try reflect.paddedSignal() == [20, 10, 20, -30, 40, -50, 40])
        // Slide erratum: the last window is 40 −50 | 40 (the reflection of −50's neighbour 40), so
        // 0.1·40 + 0.2·(−50) + 0.3·40 = 4 − 10 + 12 = 6; both slides print 2 (0.2 instead of 0.3
        // on the last term would give 2). −10, printed 10, lost its sign in the OCR.
        let outputs = try reflect.outputs()
        expectClose(outputs, [10, -4, 8, -10, 6])
        #expect(abs(outputs[4] - reflect.printed[4]) > 1, "the slide's 2 is not what reflection gives")
    }

    @Test("ift780-pad-replicate — IFT 780 slides 61–62 (\"étirement\", stretching)")
    func replicate() throws {
        let replicate = try example(.replicate)
        #expect(try replicate.paddedSignal() == [10, 10, 20, -30, 40, -50, -50])
        // OCR damage: −10 printed as 10.
        expectClose(try replicate.outputs(), [9, -4, 8, -10, -21])
    }

    @Test("circular-pad-1d — beyond the slides (the same signal and filter, wrapped)")
    func circular() throws {
        let circular = try example(.circular)
        #expect(try circular.paddedSignal() == [-50, 10, 20, -30, 40, -50, 10])
        expectClose(try circular.outputs(), [3, -4, 8, -10, -3])
    }

    @Test("ranvier-zero-pad-2d — Ranvier, \"Le padding\"")
    func ranvier() throws {
        // OCR damage: the grid labelled "Filter" is the feature map; the filter
        // [[0,1,0],[1,0,1],[1,0,1]] is the one solution of its 25 equations.
        let map = try PaddingExamples.Ranvier.computedMap()
        #expect(map == PaddingExamples.Ranvier.featureMap)
        #expect(map == [[1, 2, 2, 2, 1], [0, 5, 0, 5, 0], [2, 2, 3, 2, 2], [3, 0, 5, 0, 3], [1, 1, 2, 1, 1]])
    }

    @Test("output-size-formula-table (padded rows) — IFT 780 slides 67, 85, 94, 98, 179; Ranvier")
    func paddedSizeRows() throws {
        let computed = try PaddingExamples.paddedSizeRows.map { try $0.computedOutput() }
        #expect(computed == [100, 32, 27, 13, 5])
        #expect(computed == PaddingExamples.paddedSizeRows.map(\.output))
        // Each of these rows is a 'same' layer: P = (F − 1)/2 is what Padding.same resolves to.
        for row in PaddingExamples.paddedSizeRows {
            let same = try Padding.same(split: .symmetric).widths(size: [row.size], kernel: [row.kernel], stride: [row.stride])
            #expect(same == [Padding.Width(row.padding)])
        }
    }

    @Test("same-valid-stride-facts — FIDLE padding/strides; Ranvier Conv2D arguments")
    func sameValidStrideFacts() throws {
        let same = try Padding.same.widths(size: [28], kernel: [3], stride: [1])[0]
        #expect(same == Padding.Width(1))
        #expect(try OutputSize(input: 28, filter: 3, padding: same).value == 28)
        #expect(try OutputSize(input: 28, filter: 3).value == 26)
        // TensorFlow 'SAME' at stride 2 gives ⌈n/2⌉: 28 → 14 → 7.
        var size = 28
        for expected in [14, 7] {
            let width = try Padding.same.widths(size: [size], kernel: [3], stride: [2])[0]
            size = try OutputSize(input: size, filter: 3, stride: 2, padding: width).value
            #expect(size == expected)
        }
    }

    @Test("gorner-config1 — SAME paddings (top/left, bottom/right), Pasco ≈ slides 42–43")
    func gornerConfig1() throws {
        let rows = PaddingExamples.gornerSame.filter { $0.layer.hasPrefix("config 1") }
        // W1 (2,2); W2 5×5 S2 (1,2) — the extra row/column at the bottom/right, TensorFlow's
        // split; W2 4×4 S2 (1,1); W3 (1,1).
        #expect(try rows.map { try $0.computedPadding() }
            == [Padding.Width(2), Padding.Width(before: 1, after: 2), Padding.Width(1), Padding.Width(1)])
        #expect(try rows.map { try $0.computedOutput() } == [28, 14, 14, 7])
    }

    @Test("gorner-config2 — SAME padding of the 6×6 W1, Pasco ≈ slides 42–48")
    func gornerConfig2() throws {
        let row = try #require(PaddingExamples.gornerSame.first { $0.layer.hasPrefix("config 2") })
        // An even kernel at stride 1 needs 5 extra cells: 2 at the top/left, 3 at the bottom/right.
        #expect(try row.computedPadding() == Padding.Width(before: 2, after: 3))
        #expect(try row.computedOutput() == 28)
        #expect(throws: PaddingError.unevenSame(kernel: 6, stride: 1, size: 28, total: 5)) {
            try Padding.same(split: .symmetric).widths(size: [28], kernel: [6], stride: [1])
        }
    }
}
