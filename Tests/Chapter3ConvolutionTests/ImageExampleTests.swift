import Chapter3Convolution
import NeuralNet
import Testing

/// The 2D examples (catalogue §5) and the RGB layer with bias (catalogue §7).
@Suite("Worked examples: 2D convolution")
struct ImageExampleTests {
    @Test("ift780-2d-sizes-7x7 — IFT 780 slides 70–80")
    func sizes7x7() throws {
        let image = ImageExamples.image7x7, filter = ImageExamples.filter3x3
        #expect(try ImageExamples.correlate(image, filter, stride: 1).map(\.count) == [5, 5, 5, 5, 5])
        #expect(try ImageExamples.correlate(image, filter, stride: 2).map(\.count) == [3, 3, 3])
        // Stride 3: (7 − 3)/3 + 1 = 7/3, invalid (slide 80's label says "Stride = 2" next to
        // "invalid"; stride 2 is the valid 3×3 case, the invalid one is stride 3 of slides 78–79).
        let error = try #require(throws: ConvolutionError.self) { try ImageExamples.correlate(image, filter, stride: 3) }
        #expect(error.description == "stride 3 does not tile 7 with a 3-wide filter along the height: (7 − 3)/3 + 1 = 7/3")
        #expect(ImageExamples.strides7x7.map(\.side) == [5, 3, nil])
    }

    @Test("ift780-2d-formula-orientation — IFT 780 slide 69")
    func formulaOrientation() throws {
        let x = ImageExamples.orientationImage, w = ImageExamples.orientationFilter
        // The slide's sum at column i = 2, row j = 1 is output (row 0, column 1) of the valid
        // cross-correlation with the weights read row by row.
        #expect(ImageExamples.slideSum(x, w, column: 2, row: 1) == 411)
        let map = try ImageExamples.correlate(x, w)
        #expect(map[0][1] == 411)
        for j in 1...3 {
            for i in 1...3 { #expect(map[j - 1][i - 1] == ImageExamples.slideSum(x, w, column: i, row: j)) }
        }
    }

    @Test("ift780-1x1-grayscale — IFT 780 slides 105–106")
    func grayscale() throws {
        let grey = try ImageExamples.grey()
        let expected: [[Double]] = [[60, 85], [255, 20]]
        for (row, want) in zip(grey, expected) {
            for (value, target) in zip(row, want) { #expect(abs(value - target) < 1e-12) }
        }
        let g = try ConvolutionGeometry(inputShape: [1, 3, 2, 2], kernelShape: [1, 3, 1, 1], parameters: Conv2DParameters())
        #expect(g.parameterCount(includingBias: false) == 3)
    }

    @Test("multichannel-rgb-bias — deck 002 ≈ slide 68")
    func rgbBias() throws {
        // Each channel with its own kernel at (0, 0), over the zero padding of the top and left.
        #expect(try RGBExample.channelMap(0)[0][0] == 308)
        #expect(try RGBExample.channelMap(1)[0][0] == -498)
        #expect(try RGBExample.channelMap(2)[0][0] == 164)
        // OCR damage: read literally, the OCR's blue rows (…163 165 165 / …164 166 166) would put
        // 163 − 164 + 166 = 165 in the blue sum and −24 in the result; the full rows give 164 and −25.
        let ocr = RGBExample.ocrBlueRows
        #expect(ocr[0][0] * 1 + ocr[1][0] * -1 + ocr[1][1] * 1 == 165)
        let output = try RGBExample.output()
        #expect(output[0][0] == 308 - 498 + 164 + 1)
        #expect(output[0][0] == -25)
        // Derived: the 4×4 block the crop determines.
        #expect(try RGBExample.determinedBlock() == [
            [-25, 466, 466, 475], [295, 787, 798, 812], [291, 776, 784, 800], [293, 771, 773, 782],
        ])
    }
}
