import Chapters
import NeuralNet
import Tensors

/// The 2D examples of IFT 780 (slides 69–106; catalogue §5): sizes on a 7×7 image, the
/// orientation of slide 69's formula, and the 1×1 filter that turns colour into grey.
public enum ImageExamples {
    /// `ift780-2d-sizes-7x7`: a 3×3 filter over a 7×7 image at strides 1, 2, 3.
    public static let sizes7x7 = WorkedExample(
        id: "ift780-2d-sizes-7x7", source: "IFT 780, slides 70–80",
        printed: "stride 1 → 5×5; stride 2 → 3×3; stride 3 → invalid",
        computed: "5×5, 3×3, and (7 − 3)/3 + 1 = 7/3: invalid",
        verdict: .matches)
    /// The strides of slides 70–80 and the side of the output they give (`nil`: invalid).
    public static let strides7x7: [(stride: Int, side: Int?)] = [(1, 5), (2, 3), (3, nil)]
    /// The 7×7 image the figures slide the window over (the slides' values are only in their
    /// pictures): a bright ring, so that the edge filter has edges to find.
    public static let image7x7: [[Double]] = [
        [0, 0, 0, 0, 0, 0, 0], [0, 9, 9, 9, 9, 0, 0], [0, 9, 0, 0, 9, 0, 0], [0, 9, 0, 0, 9, 0, 0],
        [0, 9, 9, 9, 9, 0, 0], [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0],
    ]
    /// The 3×3 filter of the figures: a small signed one, so that the outputs are distinct.
    public static let filter3x3: [[Double]] = [[1, 0, -1], [2, 0, -2], [1, 0, -1]]

    /// `ift780-2d-formula-orientation`: slide 69 writes the 3×3 sum centred on x(i, j) with i the
    /// column and j the row, w1…w9 row by row.
    public static let formulaOrientation = WorkedExample(
        id: "ift780-2d-formula-orientation", source: "IFT 780, slide 69",
        printed: "(x ∗ W)(i, j) = w1·x(i−1, j−1) + w2·x(i, j−1) + … + w9·x(i+1, j+1)",
        computed: "the valid cross-correlation with W row-major; x = 0…24 (5×5), W = 1…9, centre column 2, row 1 → 411",
        verdict: .matches)
    /// x = 0…24 as a 5×5 image, row-major.
    public static let orientationImage: [[Double]] = (0..<5).map { r in (0..<5).map { c in Double(5 * r + c) } }
    /// w1…w9 = 1…9, row-major.
    public static let orientationFilter: [[Double]] = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]

    /// `ift780-1x1-grayscale`: a 1×1 filter over three channels mixes them pixel by pixel.
    public static let grayscale = WorkedExample(
        id: "ift780-1x1-grayscale", source: "IFT 780, slides 105–106",
        printed: "a 1×1 filter [1/3, 1/3, 1/3] gives the grey image",
        computed: "(30, 60, 90) → 60, (0, 0, 255) → 85, (255, 255, 255) → 255, (10, 20, 30) → 20; 3 weights",
        verdict: .constructed)
    /// Four (R, G, B) pixels as a 2×2 image.
    public static let grayscalePixels: [[(Double, Double, Double)]] = [
        [(30, 60, 90), (0, 0, 255)], [(255, 255, 255), (10, 20, 30)],
    ]
}

extension ImageExamples {
    /// A one-channel image (1, 1, H, W) from its rows.
    static func image(_ rows: [[Double]]) throws -> Tensor<Double> {
        try Tensor(shape: [1, 1, rows.count, rows.first?.count ?? 0], scalars: rows.flatMap { $0 })
    }

    /// The rows of a (1, 1, H, W) tensor.
    static func rows(_ t: Tensor<Double>) -> [[Double]] {
        (0..<t.shape[2]).map { i in (0..<t.shape[3]).map { j in t[0, 0, i, j] } }
    }

    /// `image` ∗ `filter` (one channel each) at `stride` with zero `padding`, as rows.
    public static func correlate(_ image: [[Double]], _ filter: [[Double]], stride: Int = 1,
                                 padding: Padding = .valid) throws -> [[Double]] {
        rows(try conv2d(self.image(image), kernel: self.image(filter),
                        parameters: Conv2DParameters(stride: stride, padding: padding)))
    }

    /// Slide 69's nine-term sum, written as the slide writes it: i the column, j the row.
    public static func slideSum(_ x: [[Double]], _ w: [[Double]], column i: Int, row j: Int) -> Double {
        let w = w.flatMap { $0 }
        func x_(_ column: Int, _ row: Int) -> Double { x[row][column] }
        return w[0] * x_(i - 1, j - 1) + w[1] * x_(i, j - 1) + w[2] * x_(i + 1, j - 1)
            + w[3] * x_(i - 1, j) + w[4] * x_(i, j) + w[5] * x_(i + 1, j)
            + w[6] * x_(i - 1, j + 1) + w[7] * x_(i, j + 1) + w[8] * x_(i + 1, j + 1)
    }

    /// The grey image of ``grayscalePixels`` by a 1×1 convolution with [1/3, 1/3, 1/3].
    public static func grey() throws -> [[Double]] {
        let (h, w) = (grayscalePixels.count, grayscalePixels[0].count)
        let rgb = try Tensor<Double>(shape: [1, 3, h, w]) { i in
            let p = grayscalePixels[i[2]][i[3]]
            return [p.0, p.1, p.2][i[1]]
        }
        let third = try Tensor<Double>(shape: [1, 3, 1, 1], repeating: 1.0 / 3)
        return rows(try conv2d(rgb, kernel: third))
    }
}
