import NeuralNet
import Tensors
import Testing

/// Shapes that do not fit are refused with a sentence that says what was expected and what was
/// given; nothing traps on user input.
@Suite("Convolution shapes and errors")
struct ConvolutionShapeTests {
    let image = try! Tensor<Double>(zeros: [1, 3, 7, 7])

    @Test("Mismatched channels, a wrong rank and a wrong bias are named")
    func shapes() throws {
        let kernel = try Tensor<Double>(zeros: [2, 1, 3, 3])
        #expect(throws: ConvolutionError.channelMismatch(kernel: 1, input: 3)) { try conv2d(image, kernel: kernel) }
        #expect(ConvolutionError.channelMismatch(kernel: 1, input: 3).description == "the kernel expects 1 input channel, the input has 3")
        #expect(throws: ConvolutionError.self) { try conv2d(Tensor<Double>(zeros: [7, 7]), kernel: kernel) }
        let rgbKernel = try Tensor<Double>(zeros: [2, 3, 3, 3])
        #expect(throws: ConvolutionError.biasMismatch(filters: 2, given: [3])) {
            try conv2d(image, kernel: rgbKernel, bias: Tensor<Double>(zeros: [3]))
        }
        #expect(throws: ConvolutionError.gradientShapeMismatch(expected: [1, 2, 5, 5], given: [1, 2, 4, 4])) {
            try conv2dBackward(Tensor<Double>(zeros: [1, 2, 4, 4]), input: image, kernel: rgbKernel)
        }
    }

    @Test("An invalid stride and a kernel larger than the input say along which axis")
    func geometry() throws {
        let kernel = try Tensor<Double>(zeros: [1, 3, 3, 3])
        let stride3 = Conv2DParameters(strideHeight: 3, strideWidth: 2)
        let error = try #require(throws: ConvolutionError.self) { try conv2d(image, kernel: kernel, parameters: stride3) }
        #expect(error.description == "stride 3 does not tile 7 with a 3-wide filter along the height: (7 − 3)/3 + 1 = 7/3")
        let wide = try Tensor<Double>(zeros: [1, 3, 3, 9])
        let tooWide = try #require(throws: ConvolutionError.self) { try conv2d(image, kernel: wide) }
        #expect(tooWide.description == "a 9-wide filter does not fit in 7 cells along the width: (7 − 9)/1 + 1 < 1")
        #expect(throws: ConvolutionError.nonPositiveStride(0, axis: "width")) {
            try conv2d(image, kernel: kernel, parameters: Conv2DParameters(strideHeight: 1, strideWidth: 0))
        }
        #expect(throws: PaddingError.self) {
            try conv2d(image, kernel: kernel, parameters: Conv2DParameters(padding: .explicit(-1)))
        }
    }

    @Test("1D: the signal's errors carry no axis name")
    func signal() throws {
        let x = try Tensor<Double>(zeros: [1, 1, 9])
        let k = try Tensor<Double>(zeros: [1, 1, 5])
        let error = try #require(throws: ConvolutionError.self) { try conv1d(x, kernel: k, parameters: Conv1DParameters(stride: 3)) }
        #expect(error.description == "stride 3 does not tile 9 with a 5-wide filter: (9 − 5)/3 + 1 = 7/3")
        #expect(throws: ConvolutionError.shape(expected: "a signal (N, C, L)", given: [9])) {
            try conv1d(Tensor<Double>(zeros: [9]), kernel: k)
        }
    }

    @Test("im2col of a 4×4 input and a 3×3 filter holds each window in a column (IFT 780, slides 149–158)")
    func im2colLayout() throws {
        let labels = try Tensor<Double>(shape: [1, 1, 4, 4], scalars: (0..<16).map(Double.init))
        let columns = try im2col(labels, kernelHeight: 3, kernelWidth: 3)
        #expect(columns.shape == [9, 4])
        #expect(columns.scalars == [0, 1, 4, 5, 1, 2, 5, 6, 2, 3, 6, 7, 4, 5, 8, 9, 5, 6, 9, 10,
                                    6, 7, 10, 11, 8, 9, 12, 13, 9, 10, 13, 14, 10, 11, 14, 15])
        // Zero padding is read as 0 without building the padded copy.
        let padded = try im2col(labels, kernelHeight: 3, kernelWidth: 3, parameters: Conv2DParameters(padding: .explicit(1)))
        #expect(padded.shape == [9, 16])
        #expect(padded[0, 0] == 0 && padded[4, 0] == 0 && padded[8, 0] == 5 && padded[4, 15] == 15)
    }
}
