import Chapters
import NeuralNet

/// The pooling examples of the decks, as data (catalogue `../shared/worked-examples.md` §8): the
/// input, the pooling, what the slide prints and what the catalogue computes. The tests assert
/// the computed values; the report draws the same ones.
public enum PoolingExamples {
    /// The 8×8 table of IFT 780 slides 141–144 (identical in all four OCR copies).
    public static let ift780Table: [[Double]] = [
        [1, 2, 4, 4, 9, 3, 1, 2],
        [6, 7, 8, 4, -3, -3, 6, 3],
        [9, -9, 8, -4, 5, 5, 3, 0],
        [8, -8, 9, -9, 5, 5, 0, 1],
        [0, 0, 1, 2, 7, 9, 7, 8],
        [-1, -3, 3, 6, 8, 8, 7, 6],
        [9, 9, 8, 2, 1, 5, -1, -1],
        [1, 1, -2, 8, 3, 7, 4, -2],
    ]

    /// The 4×4 table of "Apprentissage profond" ≈ slides 71–72 (cs231n's, recovered from the OCR).
    public static let deepLearningTable: [[Double]] = [[1, 1, 2, 4], [5, 6, 7, 8], [3, 2, 1, 0], [1, 2, 3, 4]]

    /// One pooling of a slide's table: the catalogue's row, the pooling's settings, and values.
    public struct TableExample: Sendable {
        public let example: WorkedExample
        public let kind: PoolingKind
        public let size: Int
        public let stride: Int
        public let rounding: PoolingRounding
        public let input: [[Double]]
        /// What the slide prints, where it prints numbers (empty when only a picture shows it).
        public let printed: [[Double]]
        /// What the catalogue computes, which the tests assert.
        public let expected: [[Double]]

        /// The pooling the example applies.
        public var pooling: Pooling2D {
            get throws { try Pooling2D(kind, size: size, stride: stride, rounding: rounding) }
        }
    }

    public static let maxPool2x2Stride2 = TableExample(
        example: WorkedExample(
            id: "ift780-maxpool-2x2-s2", source: "IFT 780, slide 141",
            printed: "7 8 9 6 / 9 9 5 3 / 0 6 9 8 / 9 8 7 4", computed: "the same", verdict: .matches),
        kind: .max, size: 2, stride: 2, rounding: .floor, input: ift780Table,
        printed: [[7, 8, 9, 6], [9, 9, 5, 3], [0, 6, 9, 8], [9, 8, 7, 4]],
        expected: [[7, 8, 9, 6], [9, 9, 5, 3], [0, 6, 9, 8], [9, 8, 7, 4]])

    public static let meanPool2x2Stride2 = TableExample(
        example: WorkedExample(
            id: "ift780-meanpool-2x2-s2", source: "IFT 780, slide 142",
            printed: "4 5 3 4 / 0 1 5 1 / −1 8 8 7 / 5 4 4 1",
            computed: "4 5 1.5 3 / 0 1 5 1 / −1 3 8 7 / 5 4 4 0",
            verdict: .ambiguous("12 cells match; 4 cannot come from the table the same slide shows: "
                + "(0,2) (9 + 3 − 3 − 3)/4 = 1.5 printed 3, (0,3) (1 + 2 + 6 + 3)/4 = 3 printed 4, "
                + "(2,1) (1 + 2 + 3 + 6)/4 = 3 printed 8 (an OCR 3/8 confusion?), (3,3) (−1 − 1 + 4 − 2)/4 = 0 printed 1; "
                + "max pooling of the same table matches everywhere, so the computed values are asserted")),
        kind: .mean, size: 2, stride: 2, rounding: .floor, input: ift780Table,
        printed: [[4, 5, 3, 4], [0, 1, 5, 1], [-1, 8, 8, 7], [5, 4, 4, 1]],
        expected: [[4, 5, 1.5, 3], [0, 1, 5, 1], [-1, 3, 8, 7], [5, 4, 4, 0]])

    public static let maxPool2x2Stride1 = TableExample(
        example: WorkedExample(
            id: "ift780-maxpool-2x2-s1", source: "IFT 780, slide 143",
            printed: "only in the picture", computed: "7×7, (8 − 2)/1 + 1 = 7", verdict: .derived),
        kind: .max, size: 2, stride: 1, rounding: .floor, input: ift780Table, printed: [],
        expected: [
            [7, 8, 8, 9, 9, 6, 6],
            [9, 8, 8, 5, 5, 6, 6],
            [9, 9, 9, 5, 5, 5, 3],
            [8, 9, 9, 7, 9, 9, 8],
            [0, 3, 6, 8, 9, 9, 8],
            [9, 9, 8, 8, 8, 8, 7],
            [9, 9, 8, 8, 7, 7, 4],
        ])

    /// The verdict both 3×3 stride-2 roundings share: the slide's own rule says "invalid".
    static let strideThreeNote = "(8 − 3)/2 + 1 = 3.5 is invalid by the deck's own rule (slides 59, 80); "
        + "only the picture shows which windows the slide keeps, so CNNLab computes both: floor keeps "
        + "the whole windows (Keras, PyTorch; the default), ceil adds partial windows at the right and bottom (Caffe)"

    public static let maxPool3x3Stride2Floor = TableExample(
        example: WorkedExample(
            id: "ift780-maxpool-3x3-s2", source: "IFT 780, slide 144",
            printed: "only in the picture", computed: "floor: 9 9 9 / 9 9 9 / 9 8 9",
            verdict: .ambiguous(strideThreeNote)),
        kind: .max, size: 3, stride: 2, rounding: .floor, input: ift780Table, printed: [],
        expected: [[9, 9, 9], [9, 9, 9], [9, 8, 9]])

    public static let maxPool3x3Stride2Ceil = TableExample(
        example: WorkedExample(
            id: "ift780-maxpool-3x3-s2", source: "IFT 780, slide 144",
            printed: "only in the picture", computed: "ceil: 9 9 9 6 / 9 9 9 8 / 9 8 9 8 / 9 8 7 4",
            verdict: .ambiguous(strideThreeNote)),
        kind: .max, size: 3, stride: 2, rounding: .ceil, input: ift780Table, printed: [],
        expected: [[9, 9, 9, 6], [9, 9, 9, 8], [9, 8, 9, 8], [9, 8, 7, 4]])

    public static let deepLearningMaxPool = TableExample(
        example: WorkedExample(
            id: "002-maxpool-4x4", source: "Apprentissage profond, ≈ slides 71–72",
            printed: "OCR garbled (\"1112 | 4\", \"3|21 0 3|4\")", computed: "6 8 / 3 4; 224×224 → 112×112",
            verdict: .ocrDamage(recovered: "the standard cs231n table 1 1 2 4 / 5 6 7 8 / 3 2 1 0 / 1 2 3 4, which every fragment fits")),
        kind: .max, size: 2, stride: 2, rounding: .floor, input: deepLearningTable, printed: [],
        expected: [[6, 8], [3, 4]])

    /// The slides' tables, in the order of the report's first figure.
    public static let tables: [TableExample] = [
        maxPool2x2Stride2, meanPool2x2Stride2, maxPool2x2Stride1, maxPool3x3Stride2Floor, maxPool3x3Stride2Ceil,
        deepLearningMaxPool,
    ]

    /// FIDLE, "Max Pooling": a (2,2) window whose stride defaults to the window gives "an image
    /// twice as small" — 6×6 → 3×3.
    public static let fidleDefaultStride = WorkedExample(
        id: "fidle-pool-default-stride", source: "FIDLE sequence 7, \"Max Pooling\"",
        printed: "an image twice as small", computed: "6×6 → 3×3 with stride = window = 2", verdict: .matches)
}
