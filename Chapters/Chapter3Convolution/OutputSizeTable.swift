import Chapters
import NeuralNet

/// The output-size rule O = (D − F + 2P)/S + 1 on every case the decks compute (catalogue §4).
public enum OutputSizeTable {
    /// One row: D, F, S, P, and the size the slide gives (`nil` when the result is not whole and
    /// the combination is invalid).
    public struct Row: Sendable {
        public let input: Int, filter: Int, stride: Int, padding: Int
        public let expected: Int?
        public let source: String
    }

    public static let example = WorkedExample(
        id: "output-size-formula-table", source: "IFT 780, slides 45–179; 002 ≈ slides 70–75; Ranvier, \"Le padding\"",
        printed: "the sizes of 31 layers, 5 of them invalid",
        computed: "the same; invalid: 9/5/3 = 7/3, 7/3/3 = 7/3, 224/11/4 = 217/4, 8/3/2 = 7/2, 7/2/2 = 7/2",
        verdict: .matches)

    public static let rows: [Row] = [
        Row(input: 9, filter: 3, stride: 1, padding: 0, expected: 7, source: "IFT 780, slide 45"),
        Row(input: 9, filter: 5, stride: 1, padding: 0, expected: 5, source: "IFT 780, slide 50"),
        Row(input: 9, filter: 7, stride: 1, padding: 0, expected: 3, source: "IFT 780, slide 53"),
        Row(input: 9, filter: 9, stride: 1, padding: 0, expected: 1, source: "IFT 780, slide 132"),
        Row(input: 9, filter: 5, stride: 2, padding: 0, expected: 3, source: "IFT 780, slide 56"),
        Row(input: 9, filter: 5, stride: 3, padding: 0, expected: nil, source: "IFT 780, slide 59"),
        Row(input: 7, filter: 3, stride: 1, padding: 0, expected: 5, source: "IFT 780, slide 74"),
        Row(input: 7, filter: 3, stride: 2, padding: 0, expected: 3, source: "IFT 780, slide 77"),
        Row(input: 7, filter: 3, stride: 3, padding: 0, expected: nil, source: "IFT 780, slides 78–80"),
        Row(input: 32, filter: 5, stride: 3, padding: 0, expected: 10, source: "IFT 780, slide 96"),
        Row(input: 32, filter: 5, stride: 1, padding: 0, expected: 28, source: "IFT 780, slide 104; 002 ≈ slide 70"),
        Row(input: 100, filter: 5, stride: 1, padding: 0, expected: 96, source: "IFT 780, slide 92"),
        Row(input: 100, filter: 5, stride: 1, padding: 2, expected: 100, source: "IFT 780, slides 67, 85 ('same')"),
        Row(input: 32, filter: 5, stride: 1, padding: 2, expected: 32, source: "IFT 780, slides 94, 98 ('same')"),
        Row(input: 32, filter: 7, stride: 1, padding: 0, expected: 26, source: "IFT 780, slide 114"),
        Row(input: 26, filter: 9, stride: 1, padding: 0, expected: 18, source: "IFT 780, slide 114"),
        Row(input: 18, filter: 11, stride: 1, padding: 0, expected: 8, source: "IFT 780, slide 114"),
        Row(input: 227, filter: 11, stride: 4, padding: 0, expected: 55, source: "IFT 780, slide 173"),
        Row(input: 55, filter: 3, stride: 2, padding: 0, expected: 27, source: "IFT 780, slide 176"),
        Row(input: 27, filter: 5, stride: 1, padding: 2, expected: 27, source: "IFT 780, slide 179"),
        Row(input: 27, filter: 3, stride: 2, padding: 0, expected: 13, source: "IFT 780, slide 179"),
        Row(input: 13, filter: 3, stride: 1, padding: 1, expected: 13, source: "IFT 780, slide 179"),
        Row(input: 13, filter: 3, stride: 2, padding: 0, expected: 6, source: "IFT 780, slide 179"),
        Row(input: 224, filter: 11, stride: 4, padding: 0, expected: nil, source: "002 ≈ slide 75 (AlexNet figure)"),
        Row(input: 5, filter: 3, stride: 1, padding: 1, expected: 5, source: "Ranvier, \"Le padding\""),
        Row(input: 224, filter: 2, stride: 2, padding: 0, expected: 112, source: "002 ≈ slide 72"),
        Row(input: 8, filter: 2, stride: 2, padding: 0, expected: 4, source: "IFT 780, slide 141"),
        Row(input: 8, filter: 2, stride: 1, padding: 0, expected: 7, source: "IFT 780, slide 143"),
        Row(input: 8, filter: 3, stride: 2, padding: 0, expected: nil, source: "IFT 780, slide 144 (pooling)"),
        Row(input: 7, filter: 2, stride: 2, padding: 0, expected: nil, source: "Rohrer's pooling (Pasco deck)"),
        Row(input: 150, filter: 3, stride: 1, padding: 0, expected: 148, source: "IFT 780, slide 26"),
    ]

    /// `same-valid-stride-facts`: 'same' keeps 28×28 under a 3×3 kernel, 'valid' shrinks it, and
    /// TensorFlow's 'SAME' at stride 2 halves it (⌈n/S⌉: 28 → 14 → 7).
    public static let sameValidStride = WorkedExample(
        id: "same-valid-stride-facts", source: "FIDLE, padding and strides; Ranvier, Conv2D arguments",
        printed: "'same' keeps the size, 'valid' does not; strides (2, 2) halve it",
        computed: "28 → 28 ('same', P = 1), 28 → 26 ('valid'); 'SAME' at stride 2: 28 → 14 → 7", verdict: .matches)
}

extension OutputSizeTable.Row {
    /// The rule for this row.
    public var size: OutputSize {
        get throws { try OutputSize(input: input, filter: filter, stride: stride, padding: padding) }
    }
}

extension OutputSizeTable {
    /// The output size of a `size`×`size` image under a `kernel`×`kernel` convolution at `stride`
    /// with the `padding` rule, as ``ConvolutionGeometry`` resolves it.
    public static func outputSide(_ size: Int, kernel: Int, stride: Int, padding: Padding) throws -> Int {
        try ConvolutionGeometry(inputShape: [1, 1, size, size], kernelShape: [1, 1, kernel, kernel],
                                parameters: Conv2DParameters(stride: stride, padding: padding)).outputHeight
    }
}
