import Chapter3Convolution
import Testing

/// im2col as IFT 780 slides 147–164 lay it out (catalogue §11), one test per catalogue id.
@Suite("Worked examples: im2col")
struct Im2colExampleTests {
    @Test("the report's computed column is built from the run: cells and products of slides 156–164")
    func computedColumnFromTheRun() {
        #expect(Im2colExamples.single.computed == "X12, X13, X14; with Xi = i, Wk = k: Y = 258 294 402 438, the direct convolution's values")
        #expect(Im2colExamples.batch.computed
            == "a 9×8 matrix, the two 9×4 blocks side by side; X16…X31 give Y4…Y7 = 834 870 978 1014 (each +16·ΣW = +576)")
        #expect(Im2colExamples.twoFilters.computed == "(2×9)(9×4) = 2×4; with Wk = k: 258 294 402 438 / 663 780 1131 1248")
        #expect(Im2colExamples.twoChannels.computed
            == "X22 X23 X26 X27 / X24 X25 X28 X29 / X25 X26 X29 X30 / X26 X27 X30 X31; Y = 2793 2946 3405 3558")
    }

    @Test("ift780-im2col-4x4-3x3 — IFT 780 slides 149–158 (slide erratum: X12, X13, X14 in column Y2)")
    func single() throws {
        let labels = try Im2colExamples.labels()
        #expect(labels == [[0, 1, 4, 5], [1, 2, 5, 6], [2, 3, 6, 7], [4, 5, 8, 9], [5, 6, 9, 10], [6, 7, 10, 11],
                           [8, 9, 12, 13], [9, 10, 13, 14], [10, 11, 14, 15]])
        // Slide erratum: rows 6–8 of column Y2 read X11, X12, X13 on slides 156–158 and 162. Y2's
        // window starts at X4 (X4–X6, X8–X10, X12–X14), so its last row is X12 X13 X14 — the slide's own equation for Y2.
        let wrong = Im2colExamples.differences(printed: Im2colExamples.slideMatrix, computed: labels)
        #expect(wrong.map(\.row) == [6, 7, 8] && wrong.map(\.column) == [2, 2, 2])
        #expect(labels.map { $0[2] } == [4, 5, 6, 8, 9, 10, 12, 13, 14])
        // The slide's equations for Y0 and Y3 (slides 149–153) are the first and last columns.
        #expect(labels.map { $0[0] } == [0, 1, 2, 4, 5, 6, 8, 9, 10])
        #expect(labels.map { $0[3] } == [5, 6, 7, 9, 10, 11, 13, 14, 15])
        let y = try Im2colExamples.products()
        #expect(y == [[258, 294, 402, 438]])
        #expect(y == (try Im2colExamples.directOutputs()))
    }

    @Test("ift780-im2col-batch2 — IFT 780 slides 159–160")
    func batch() throws {
        let labels = try Im2colExamples.labels(batch: 2)
        #expect(labels.count == 9 && labels.allSatisfy { $0.count == 8 })
        // The second image's block is the first one's plus 16, to its right.
        #expect(labels.allSatisfy { row in (0..<4).allSatisfy { row[$0 + 4] == row[$0] + 16 } })
        let y = try Im2colExamples.products(batch: 2)
        #expect(y == [[258, 294, 402, 438, 834, 870, 978, 1014]])
        #expect(y == (try Im2colExamples.directOutputs(batch: 2)))
    }

    @Test("ift780-im2col-2filters — IFT 780 slides 161–162")
    func twoFilters() throws {
        let y = try Im2colExamples.products(filters: 2)
        #expect(y == [[258, 294, 402, 438], [663, 780, 1131, 1248]])
        #expect(y == (try Im2colExamples.directOutputs(filters: 2)))
    }

    @Test("ift780-im2col-2channels — IFT 780 slides 163–164 (slide erratum: X28, X29, X30 in column Y2)")
    func twoChannels() throws {
        let labels = try Im2colExamples.labels(channels: 2)
        #expect(labels.count == 18)
        let tail = Array(labels.suffix(4))
        #expect(tail == [[22, 23, 26, 27], [24, 25, 28, 29], [25, 26, 29, 30], [26, 27, 30, 31]])
        // Slide erratum: the same shift as in one channel, now in rows 15–17 of column Y2
        // (printed X27, X28, X29).
        let wrong = Im2colExamples.differences(printed: Im2colExamples.slideTwoChannelTail, computed: tail, firstRow: 14)
        #expect(wrong.map(\.row) == [15, 16, 17] && wrong.map(\.column) == [2, 2, 2])
        let y = try Im2colExamples.products(channels: 2)
        #expect(y == [[2793, 2946, 3405, 3558]])
        #expect(y == (try Im2colExamples.directOutputs(channels: 2)))
    }
}
