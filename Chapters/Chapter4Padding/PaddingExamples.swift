import Chapters
import NeuralNet

/// The padding examples of the decks, as data (catalogue `../shared/worked-examples.md` §4, §5,
/// §6, §12): the inputs, what the slide prints and what CNNLab computes. The tests assert the
/// computed values; the report draws the same ones.
public enum PaddingExamples {
    /// IFT 780 slides 61–62: the signal of slide 31 (the OCR dropped its minus signs, catalogue §6).
    public static let signal: [Double] = [10, 20, -30, 40, -50]
    /// The filter of slides 61–62.
    public static let filter: [Double] = [0.1, 0.2, 0.3]

    /// One mode of slides 61–62: one cell of border on each side, stride 1, five outputs.
    public struct OneDimensional: Sendable {
        public let mode: PaddingMode
        public let example: WorkedExample
        /// The padded signal the slide draws (with the recovered signs).
        public let padded: [Double]
        /// The outputs as the slide prints them.
        public let printed: [Double]
        /// The outputs as the catalogue recomputes them, which the tests assert.
        public let expected: [Double]
    }

    /// The three options of the slides, then circular padding (beyond the slides).
    public static let oneDimensional: [OneDimensional] = [
        OneDimensional(
            mode: .zero,
            example: WorkedExample(
                id: "ift780-pad-zero", source: "IFT 780, slides 61–62",
                printed: "8, −4, 8, 10, −6", computed: "8, −4, 8, −10, −6",
                verdict: .ocrDamage(recovered: "the input's minus signs (10 20 −30 40 −50, as slide 31) and −10")),
            padded: [0, 10, 20, -30, 40, -50, 0], printed: [8, -4, 8, 10, -6], expected: [8, -4, 8, -10, -6]),
        OneDimensional(
            mode: .reflect,
            example: WorkedExample(
                id: "ift780-pad-reflect", source: "IFT 780, slides 61–62",
                printed: "10, −4, 8, 10, 2", computed: "10, −4, 8, −10, 6",
                verdict: .erratum("the last output is 0.1·40 + 0.2·(−50) + 0.3·40 = 6, printed 2 on both slides "
                    + "(0.2 instead of 0.3 on the last term would give 2); −10 lost its sign in the OCR")),
            padded: [20, 10, 20, -30, 40, -50, 40], printed: [10, -4, 8, 10, 2], expected: [10, -4, 8, -10, 6]),
        OneDimensional(
            mode: .replicate,
            example: WorkedExample(
                id: "ift780-pad-replicate", source: "IFT 780, slides 61–62 (\"étirement\", stretching)",
                printed: "9, −4, 8, 10, −21", computed: "9, −4, 8, −10, −21",
                verdict: .ocrDamage(recovered: "the input's minus signs and −10")),
            padded: [10, 10, 20, -30, 40, -50, -50], printed: [9, -4, 8, 10, -21], expected: [9, -4, 8, -10, -21]),
        OneDimensional(
            mode: .circular,
            example: WorkedExample(
                id: "circular-pad-1d", source: "beyond the slides (same signal and filter)",
                printed: "—", computed: "3, −4, 8, −10, −3", verdict: .constructed),
            padded: [-50, 10, 20, -30, 40, -50, 10], printed: [], expected: [3, -4, 8, -10, -3]),
    ]

    /// Ranvier, "Le padding": a 5×5 input, zero padding 1, a 3×3 filter, stride 1.
    public enum Ranvier {
        public static let input: [[Double]] = [
            [0, 1, 0, 1, 0], [1, 0, 1, 0, 1], [1, 0, 1, 0, 1], [0, 1, 0, 1, 0], [0, 1, 0, 1, 0],
        ]
        /// Only in the slide's picture: the one filter that reproduces all 25 printed values.
        public static let filter: [[Double]] = [[0, 1, 0], [1, 0, 1], [1, 0, 1]]
        /// The feature map the slide prints (the OCR labels it "Filter").
        public static let featureMap: [[Double]] = [
            [1, 2, 2, 2, 1], [0, 5, 0, 5, 0], [2, 2, 3, 2, 2], [3, 0, 5, 0, 3], [1, 1, 2, 1, 1],
        ]
        public static let example = WorkedExample(
            id: "ranvier-zero-pad-2d", source: "Ranvier, \"Le padding\"",
            printed: "a 5×5 map (the OCR labels it \"Filter\")",
            computed: "the same 25 values; 5 = (5 − 3 + 2)/1 + 1",
            verdict: .ocrDamage(recovered: "the filter is only in the picture; the 5×5 grid is the feature map"))
    }

    /// A row of the output-size table (catalogue §4) that has padding: O = (D − F + 2P)/S + 1.
    public struct SizeRow: Sendable {
        public let size: Int, kernel: Int, stride: Int, padding: Int, output: Int
        public let source: String
    }

    /// The rows of `output-size-formula-table` with P > 0.
    public static let paddedSizeRows: [SizeRow] = [
        SizeRow(size: 100, kernel: 5, stride: 1, padding: 2, output: 100, source: "IFT 780, slides 67, 85 ('same')"),
        SizeRow(size: 32, kernel: 5, stride: 1, padding: 2, output: 32, source: "IFT 780, slides 94, 98 ('same')"),
        SizeRow(size: 27, kernel: 5, stride: 1, padding: 2, output: 27, source: "IFT 780, slide 179 (AlexNet CONV2)"),
        SizeRow(size: 13, kernel: 3, stride: 1, padding: 1, output: 13, source: "IFT 780, slide 179 (AlexNet CONV3)"),
        SizeRow(size: 5, kernel: 3, stride: 1, padding: 1, output: 5, source: "Ranvier, \"Le padding\""),
    ]

    /// One convolution of Görner's MNIST networks with TensorFlow's 'SAME' padding (catalogue §12).
    public struct SameRow: Sendable {
        public let layer: String
        public let size: Int, kernel: Int, stride: Int
        /// The border TensorFlow adds: (top/left, bottom/right).
        public let expected: Padding.Width
        public let output: Int
        public let source: String
    }

    /// Görner's layers: stride 2 or an even kernel put the extra cell at the bottom/right.
    public static let gornerSame: [SameRow] = [
        SameRow(layer: "config 1, W1 5×5 S1", size: 28, kernel: 5, stride: 1, expected: Padding.Width(2), output: 28,
                source: "Pasco (Görner), ≈ slides 42–48"),
        SameRow(layer: "config 1, W2 5×5 S2 (code)", size: 28, kernel: 5, stride: 2,
                expected: Padding.Width(before: 1, after: 2), output: 14, source: "Pasco (Görner), code of ≈ slide 43"),
        SameRow(layer: "config 1, W2 4×4 S2 (figure)", size: 28, kernel: 4, stride: 2, expected: Padding.Width(1), output: 14,
                source: "Pasco (Görner), figure of ≈ slide 42"),
        SameRow(layer: "config 1, W3 4×4 S2", size: 14, kernel: 4, stride: 2, expected: Padding.Width(1), output: 7,
                source: "Pasco (Görner), ≈ slides 42–48"),
        SameRow(layer: "config 2, W1 6×6 S1", size: 28, kernel: 6, stride: 1, expected: Padding.Width(before: 2, after: 3),
                output: 28, source: "Pasco (Görner), ≈ slides 42–48"),
    ]
}
