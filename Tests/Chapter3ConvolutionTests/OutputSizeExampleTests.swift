import Chapter3Convolution
import NeuralNet
import Testing

/// The output-size rule on every layer the decks size (catalogue §4).
@Suite("Worked examples: output sizes")
struct OutputSizeExampleTests {
    @Test("output-size-formula-table — IFT 780, decks 001, 002", arguments: OutputSizeTable.rows)
    func formulaTable(row: OutputSizeTable.Row) throws {
        let size = try row.size
        if let expected = row.expected {
            #expect(try size.value == expected, "\(row.source)")
        } else {
            // Not a whole number: the combination is invalid and the layer refuses it.
            #expect(!size.isValid, "\(row.source)")
            #expect(throws: ConvolutionError.strideDoesNotTile(size)) { try size.value }
        }
    }

    @Test("output-size-formula-table — the invalid rows' fractions")
    func invalidFractions() throws {
        let fractions = try OutputSizeTable.rows.filter { $0.expected == nil }.map { try $0.size.description }
        #expect(fractions == ["(9 − 5)/3 + 1 = 7/3", "(7 − 3)/3 + 1 = 7/3", "(224 − 11)/4 + 1 = 217/4",
                              "(8 − 3)/2 + 1 = 7/2", "(7 − 2)/2 + 1 = 7/2"])
        // 224 with AlexNet's 11×11 stride 4 gives 54.25, the deck 002 figure's inconsistency; 227 gives 55.
        #expect(try OutputSize(input: 227, filter: 11, stride: 4).value == 55)
    }

    @Test("same-valid-stride-facts — FIDLE padding and strides; Ranvier, Conv2D arguments")
    func sameValidStride() throws {
        #expect(try OutputSizeTable.outputSide(28, kernel: 3, stride: 1, padding: .same) == 28)
        #expect(try OutputSizeTable.outputSide(28, kernel: 3, stride: 1, padding: .valid) == 26)
        // TensorFlow 'SAME' with stride 2: ⌈n/2⌉, 28 → 14 → 7.
        let half = try OutputSizeTable.outputSide(28, kernel: 3, stride: 2, padding: .same)
        #expect(half == 14)
        #expect(try OutputSizeTable.outputSide(half, kernel: 3, stride: 2, padding: .same) == 7)
        // 'same' at stride 1 and odd F is P = (F − 1)/2 = 1 on each side.
        let g = try ConvolutionGeometry(inputShape: [1, 1, 28, 28], kernelShape: [1, 1, 3, 3],
                                        parameters: Conv2DParameters(padding: .same))
        #expect(g.paddingRows == Padding.Width(1) && g.paddingColumns == Padding.Width(1))
    }
}
