import NeuralNet
import Testing
import Tensors

/// Bad settings and bad inputs are refused with one sentence that says what was expected.
struct PoolingErrorTests {
    @Test("invalid windows are refused with the values given")
    func invalidWindows() {
        #expect(throws: PoolingError.invalidWindow(size: 0, stride: 0, padding: 0)) { try PoolingWindow(size: 0) }
        #expect(throws: PoolingError.invalidWindow(size: 2, stride: -1, padding: 0)) { try Pooling2D(.max, size: 2, stride: -1) }
        #expect(throws: PoolingError.paddingTooLarge(padding: 2, size: 2)) { try Pooling2D(.mean, size: 2, padding: 2) }
        #expect(PoolingError.paddingTooLarge(padding: 2, size: 2).description
            == "padding 2 must be smaller than the 2-wide pooling window, or a window would cover only padding")
    }

    @Test("inputs that do not fit are refused")
    func inputsThatDoNotFit() throws {
        let pooling = try Pooling2D(.max, size: 3)
        #expect(throws: PoolingError.windowLargerThanInput(size: 3, input: 2, padding: 0)) {
            try pooling(Tensor<Float>(zeros: [1, 2, 5]))
        }
        #expect(throws: PoolingError.rankTooSmall(needed: 2, shape: [7])) { try pooling(Tensor<Float>(zeros: [7])) }
        // A size from a command line: D + 2P beyond Int is an error, not an overflow trap.
        let huge = try Pooling2D(.max, size: Int.max, padding: Int.max - 1)
        #expect(throws: PoolingError.paddedLengthOverflow(input: 4, padding: Int.max - 1)) { try huge(Tensor<Float>(zeros: [4, 4])) }
        #expect(PoolingError.paddedLengthOverflow(input: 4, padding: 5).description
            == "4 values padded by 5 on each side are more than this machine can count")
        #expect(PoolingError.windowLargerThanInput(size: 3, input: 2, padding: 0).description
            == "a 3-wide pooling window does not fit in 2 values padded by 0 on each side")
        let (_, cache) = try pooling.forward(Tensor<Float>(zeros: [2, 6, 6]))
        #expect(throws: PoolingError.gradientShapeMismatch(expected: [2, 2, 2], given: [2, 2])) {
            try pooling.backward(Tensor<Float>(zeros: [2, 2]), cache: cache)
        }
        #expect(throws: PoolingError.self) { try Pooling2D(.mean, size: 3).backward(Tensor<Float>(zeros: [2, 2, 2]), cache: cache) }
    }

    @Test("shapes: leading axes kept, 1D pools the last axis, global average removes H and W")
    func shapes() throws {
        let pooling = try Pooling2D(.max, size: 2)
        #expect(try pooling.outputShape(for: [5, 7]) == [2, 3])
        #expect(try pooling.outputShape(for: [100, 6, 28, 28]) == [100, 6, 14, 14])
        #expect(try Pooling2D(.max, size: 3, stride: 2, rounding: .ceil).outputShape(for: [16, 96, 55, 55]) == [16, 96, 27, 27])
        let signal = try Pooling1D(.max, size: 2)(Tensor<Float>([3, 1, 4, 1, 5]))
        #expect(signal.scalars == [3, 4])
        let images = try Tensor<Double>(shape: [2, 2, 2, 2]) { Double($0[0] * 8 + $0[1] * 4 + $0[2] * 2 + $0[3]) }
        let means = try GlobalAveragePooling.forward(images)
        #expect(means.shape == [2, 2])
        #expect(means.scalars == [1.5, 5.5, 9.5, 13.5])
    }
}
