import Chapter5Pooling
import NeuralNet
import Testing
import Tensors

/// Catalogue §8: the pooling tables of IFT 780 (slides 141–144), "Apprentissage profond"
/// (≈ slides 71–72) and FIDLE ("Max Pooling"), one test per id.
struct SlideTableTests {
    /// The example's pooling applied to its table, as rows.
    func pooled(_ table: PoolingExamples.TableExample) throws -> [[Double]] {
        try rows(of: table.pooling(Tensor<Double>(rows: table.input)))
    }

    @Test("ift780-maxpool-2x2-s2 — IFT 780 slide 141")
    func maxPool2x2Stride2() throws {
        let table = PoolingExamples.maxPool2x2Stride2
        #expect(try pooled(table) == [[7, 8, 9, 6], [9, 9, 5, 3], [0, 6, 9, 8], [9, 8, 7, 4]])
        #expect(table.printed == table.expected)
    }

    @Test("ift780-meanpool-2x2-s2 — IFT 780 slide 142")
    func meanPool2x2Stride2() throws {
        let table = PoolingExamples.meanPool2x2Stride2
        // The computed means, not the slide's: four printed cells cannot come from the table.
        // (0,2): (9 + 3 − 3 − 3)/4 = 1.5, printed 3.   (0,3): (1 + 2 + 6 + 3)/4 = 3, printed 4.
        // (2,1): (1 + 2 + 3 + 6)/4 = 3, printed 8 (an OCR 3/8 confusion?).
        // (3,3): (−1 − 1 + 4 − 2)/4 = 0, printed 1.
        #expect(try pooled(table) == [[4, 5, 1.5, 3], [0, 1, 5, 1], [-1, 3, 8, 7], [5, 4, 4, 0]])
        var differing: [[Int]] = []
        for i in 0..<4 { for j in 0..<4 where table.printed[i][j] != table.expected[i][j] { differing.append([i, j]) } }
        #expect(differing == [[0, 2], [0, 3], [2, 1], [3, 3]])
    }

    @Test("ift780-maxpool-2x2-s1 — IFT 780 slide 143")
    func maxPool2x2Stride1() throws {
        // (8 − 2)/1 + 1 = 7: the overlapping windows of the slide's picture.
        #expect(try pooled(PoolingExamples.maxPool2x2Stride1) == [
            [7, 8, 8, 9, 9, 6, 6],
            [9, 8, 8, 5, 5, 6, 6],
            [9, 9, 9, 5, 5, 5, 3],
            [8, 9, 9, 7, 9, 9, 8],
            [0, 3, 6, 8, 9, 9, 8],
            [9, 9, 8, 8, 8, 8, 7],
            [9, 9, 8, 8, 7, 7, 4],
        ])
    }

    @Test("ift780-maxpool-3x3-s2 — IFT 780 slide 144 (floor and ceil)")
    func maxPool3x3Stride2() throws {
        // (8 − 3)/2 + 1 = 3.5: invalid for a convolution, so the rounding decides.
        let rule = try PoolingWindow(size: 3, stride: 2).rule(for: 8)
        #expect(!rule.isValid)
        #expect(rule.description == "(8 − 3)/2 + 1 = 7/2")
        // Floor: windows at columns 0, 2, 4; the last column and row are never read.
        #expect(try pooled(PoolingExamples.maxPool3x3Stride2Floor) == [[9, 9, 9], [9, 9, 9], [9, 8, 9]])
        // Ceil: a fourth, partial 3×2 / 2×3 / 2×2 window at column and row 6.
        #expect(try pooled(PoolingExamples.maxPool3x3Stride2Ceil)
            == [[9, 9, 9, 6], [9, 9, 9, 8], [9, 8, 9, 8], [9, 8, 7, 4]])
    }

    @Test("002-maxpool-4x4 — Apprentissage profond ≈ slides 71–72")
    func deepLearningMaxPool() throws {
        #expect(try pooled(PoolingExamples.deepLearningMaxPool) == [[6, 8], [3, 4]])
        // The slide's 224×224×64 volume → 112×112×64: the planes shrink, the channels stay.
        let pooling = try Pooling2D(.max, size: 2, stride: 2)
        #expect(try pooling.outputShape(for: [1, 64, 224, 224]) == [1, 64, 112, 112])
    }

    @Test("fidle-pool-default-stride — FIDLE \"Max Pooling\"")
    func fidleDefaultStride() throws {
        // Keras's MaxPooling2D((2,2)): stride defaults to the window, "an image twice as small".
        let pooling = try Pooling2D(.max, size: 2)
        #expect(pooling.rows.stride == 2 && pooling.columns.stride == 2)
        let image = try Tensor<Double>(shape: [6, 6]) { Double($0[0] * 6 + $0[1]) }
        let output = try pooling(image)
        #expect(output.shape == [3, 3])
        // Each 2×2 block's maximum is its bottom-right cell, 6(2i + 1) + 2j + 1.
        #expect(output.scalars == [7, 9, 11, 19, 21, 23, 31, 33, 35])
    }
}

/// The rows of a matrix (rank 2).
func rows(of tensor: Tensor<Double>) -> [[Double]] {
    let width = tensor.shape[1]
    return (0..<tensor.shape[0]).map { Array(tensor.scalars[($0 * width)..<(($0 + 1) * width)]) }
}
