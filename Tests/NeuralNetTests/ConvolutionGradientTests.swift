import NeuralNet
import PropertyTesting
import Tensors
import Testing

/// The backward passes against central finite differences in Double. The scalar checked is
/// L = Σ r ⊙ y for a fixed random r, whose gradient with respect to y is r: the backward pass
/// given r must return ∂L/∂x, ∂L/∂W and ∂L/∂b. A correct pass gives relative errors near 1e-10.
@Suite("Convolution gradients")
struct ConvolutionGradientTests {
    @Test("Input, kernel and bias gradients match finite differences (relative error < 1e-7), every implementation",
          arguments: ConvolutionImplementation.allCases)
    func gradientCheck(implementation: ConvolutionImplementation) async {
        await checkProperty(count: 12, input: Gen.int(in: 0...1_000_000), Gen.bool()) { seed, flip in
            let problem = RandomConvolution(seed: seed, maxBatch: 2, maxChannels: 2, maxKernel: 3, maxStride: 2, maxOutput: 3)
            var p = problem.parameters
            p.flipped = flip
            let (x, k, b) = (problem.input, problem.kernel, problem.bias)
            var random = SeededGenerator(seed: UInt64(seed) &+ 3)
            let shape = try conv2d(x, kernel: k, bias: b, parameters: p).shape
            let r = try Tensor<Double>.uniform(shape: shape, low: -1, high: 1, using: &random)
            func loss(_ x: Tensor<Double>, _ k: Tensor<Double>, _ b: Tensor<Double>) throws -> Double {
                dot(r, try conv2d(x, kernel: k, bias: b, parameters: p, implementation: implementation))
            }
            let gradients = try conv2dBackward(r, input: x, kernel: k, parameters: p, implementation: implementation)
            let dx = try GradientCheck.compare(analytic: #require(gradients.input), at: x) { try loss($0, k, b) }
            let dw = try GradientCheck.compare(analytic: gradients.kernel, at: k) { try loss(x, $0, b) }
            let db = try GradientCheck.compare(analytic: gradients.bias, at: b) { try loss(x, k, $0) }
            #expect(dx.relativeError < 1e-7, "∂L/∂x, \(problem), flipped \(flip)")
            #expect(dw.relativeError < 1e-7, "∂L/∂W, \(problem), flipped \(flip)")
            #expect(db.relativeError < 1e-7, "∂L/∂b, \(problem), flipped \(flip)")
        }
    }

    @Test("The backward passes of im2col and the direct loop agree, and skipping the input gradient leaves the others unchanged")
    func implementationsAgree() async {
        let implementation = ConvolutionImplementation.im2col
        await checkProperty(count: 30, input: Gen.int(in: 0...1_000_000)) { seed in
            let problem = RandomConvolution(seed: seed, maxFilters: 5)
            var random = SeededGenerator(seed: UInt64(seed) &+ 5)
            let r = try Tensor<Double>.uniform(shape: problem.output(.direct).shape, low: -1, high: 1, using: &random)
            let direct = try conv2dBackward(r, input: problem.input, kernel: problem.kernel, parameters: problem.parameters,
                                            implementation: .direct)
            let fast = try conv2dBackward(r, input: problem.input, kernel: problem.kernel, parameters: problem.parameters,
                                          implementation: implementation)
            let weightsOnly = try conv2dBackward(r, input: problem.input, kernel: problem.kernel, parameters: problem.parameters,
                                                 implementation: implementation, needsInputGradient: false)
            #expect(try #require(direct.input).maxAbsDifference(#require(fast.input)) < 1e-12, "\(problem)")
            #expect(try direct.kernel.maxAbsDifference(fast.kernel) < 1e-12, "\(problem)")
            #expect(try direct.bias.maxAbsDifference(fast.bias) < 1e-12, "\(problem)")
            #expect(weightsOnly.input == nil)
            #expect(weightsOnly.kernel == fast.kernel && weightsOnly.bias == fast.bias)
        }
    }

    @Test("A larger layer (19 filters, asymmetric padding, a batch of 3): im2col agrees with the direct loop")
    func largerLayer() throws {
        let implementation = ConvolutionImplementation.im2col
        var random = SeededGenerator(seed: 21)
        let x = try Tensor<Double>.uniform(shape: [3, 4, 25, 25], low: -1, high: 1, using: &random)
        let k = try Tensor<Double>.uniform(shape: [19, 4, 4, 4], low: -1, high: 1, using: &random)
        let b = try Tensor<Double>.uniform(shape: [19], low: -1, high: 1, using: &random)
        let p = Conv2DParameters(padding: .explicit(top: 1, bottom: 0, left: 1, right: 1))
        let fast = try conv2d(x, kernel: k, bias: b, parameters: p, implementation: implementation)
        let direct = try conv2d(x, kernel: k, bias: b, parameters: p, implementation: .direct)
        #expect(fast.shape == [3, 19, 23, 24])
        #expect(try fast.maxAbsDifference(direct) < 1e-12)
        let r = try Tensor<Double>.uniform(shape: fast.shape, low: -1, high: 1, using: &random)
        let fastGradients = try conv2dBackward(r, input: x, kernel: k, parameters: p, implementation: implementation)
        let directGradients = try conv2dBackward(r, input: x, kernel: k, parameters: p, implementation: .direct)
        #expect(try #require(fastGradients.input).maxAbsDifference(#require(directGradients.input)) < 1e-11)
        #expect(try fastGradients.kernel.maxAbsDifference(directGradients.kernel) < 1e-10)
        #expect(try fastGradients.bias.maxAbsDifference(directGradients.bias) < 1e-10)
    }

    @Test("1D gradients: the signal, kernel and bias of conv1d")
    func oneDimensional() throws {
        var random = SeededGenerator(seed: 11)
        let x = try Tensor<Double>.uniform(shape: [2, 2, 9], low: -1, high: 1, using: &random)
        let k = try Tensor<Double>.uniform(shape: [3, 2, 3], low: -1, high: 1, using: &random)
        let b = try Tensor<Double>.uniform(shape: [3], low: -1, high: 1, using: &random)
        let p = Conv1DParameters(stride: 2, padding: .explicit(1))
        let r = try Tensor<Double>.uniform(shape: [2, 3, 5], low: -1, high: 1, using: &random)
        func loss(_ x: Tensor<Double>, _ k: Tensor<Double>, _ b: Tensor<Double>) throws -> Double {
            dot(r, try conv1d(x, kernel: k, bias: b, parameters: p))
        }
        let gradients = try conv1dBackward(r, input: x, kernel: k, parameters: p)
        #expect(try #require(gradients.input).shape == [2, 2, 9])
        #expect(try GradientCheck.compare(analytic: #require(gradients.input), at: x) { try loss($0, k, b) }.relativeError < 1e-7)
        #expect(try GradientCheck.compare(analytic: gradients.kernel, at: k) { try loss(x, $0, b) }.relativeError < 1e-7)
        #expect(try GradientCheck.compare(analytic: gradients.bias, at: b) { try loss(x, k, $0) }.relativeError < 1e-7)
    }
}
