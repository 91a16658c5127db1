import NeuralNet
import PropertyTesting
import Tensors
import Testing

/// What a convolution must do whatever its sizes: the implementations agree, it is linear,
/// it commutes with shifts, it degenerates into a dense layer or a per-pixel channel mix, and its
/// output has the size the rule predicts.
@Suite("Convolution properties")
struct ConvolutionPropertyTests {
    @Test("im2col + GEMM equals the direct loop on random shapes, strides, channels, filters, batches and paddings")
    func fastImplementationsMatchDirect() async {
        await checkProperty(count: 60, input: Gen.int(in: 0...1_000_000)) { seed in
            let problem = RandomConvolution(seed: seed, maxFilters: 5)
            let direct = problem.output(.direct)
            #expect(try direct.maxAbsDifference(problem.output(.im2col)) < 1e-12, "\(problem)")
            // A batch is its images convolved one by one.
            for n in 0..<problem.input.shape[0] {
                let single = try conv2d(problem.input.slice(n..<(n + 1)), kernel: problem.kernel, bias: problem.bias,
                                        parameters: problem.parameters, implementation: .direct)
                #expect(try single.maxAbsDifference(direct.slice(n..<(n + 1))) == 0, "\(problem)")
            }
        }
    }

    @Test("The output has the size (D − F + P₁ + P₂)/S + 1 on each axis")
    func outputShapeFollowsTheRule() async {
        await checkProperty(count: 40, input: Gen.int(in: 0...1_000_000)) { seed in
            let problem = RandomConvolution(seed: seed)
            let (x, k, p) = (problem.input.shape, problem.kernel.shape, problem.parameters)
            let widths = try p.padding.widths(size: [x[2], x[3]], kernel: [k[2], k[3]], stride: [p.strideHeight, p.strideWidth])
            let rows = try OutputSize(input: x[2], filter: k[2], stride: p.strideHeight, padding: widths[0]).value
            let columns = try OutputSize(input: x[3], filter: k[3], stride: p.strideWidth, padding: widths[1]).value
            #expect(problem.output(.im2col).shape == [x[0], k[0], rows, columns])
        }
    }

    @Test("Linear in the input and in the kernel: conv(a·x₁ + b·x₂) = a·conv(x₁) + b·conv(x₂)")
    func linearity() async {
        await checkProperty(count: 30, input: Gen.int(in: 0...1_000_000), Gen.double(in: -2...2), Gen.double(in: -2...2)) { seed, a, b in
            let one = RandomConvolution(seed: seed)
            var random = SeededGenerator(seed: UInt64(seed) &+ 1)
            let x2 = try Tensor<Double>.uniform(shape: one.input.shape, low: -1, high: 1, using: &random)
            let k2 = try Tensor<Double>.uniform(shape: one.kernel.shape, low: -1, high: 1, using: &random)
            let p = one.parameters
            for implementation in ConvolutionImplementation.allCases {
                func conv(_ x: Tensor<Double>, _ k: Tensor<Double>) throws -> Tensor<Double> {
                    try conv2d(x, kernel: k, parameters: p, implementation: implementation)
                }
                let inInput = try conv(a * one.input + b * x2, one.kernel)
                let sumOfInputs = try a * conv(one.input, one.kernel) + b * conv(x2, one.kernel)
                #expect(try inInput.maxAbsDifference(sumOfInputs) < 1e-12, "\(one)")
                let inKernel = try conv(one.input, a * one.kernel + b * k2)
                let sumOfKernels = try a * conv(one.input, one.kernel) + b * conv(one.input, k2)
                #expect(try inKernel.maxAbsDifference(sumOfKernels) < 1e-12, "\(one)")
            }
        }
    }

    @Test("Translation equivariance: shifting the input by (a·S_H, b·S_W) shifts the output by (a, b)")
    func translationEquivariance() async {
        await checkProperty(count: 30, input: Gen.int(in: 0...1_000_000), Gen.int(in: 0...2), Gen.int(in: 0...2)) { seed, a, b in
            // The problem's own sizes and zero padding, which tile by construction. The zeros of the
            // top/left border and the zeros that come in agree; the law holds for every output whose
            // moved window stays above the bottom/right border (which the shift pushes the input into).
            let problem = RandomConvolution(seed: seed, maxOutput: 5)
            let p = problem.parameters
            let x = problem.input
            let g = try ConvolutionGeometry(inputShape: x.shape, kernelShape: problem.kernel.shape, parameters: p)
            let (dr, dc) = (a * p.strideHeight, b * p.strideWidth)
            // The input moved down by dr rows and right by dc columns, zeros coming in.
            let shifted = try Tensor<Double>(shape: x.shape) { i in
                i[2] >= dr && i[3] >= dc ? x[i[0], i[1], i[2] - dr, i[3] - dc] : 0
            }
            let y = try conv2d(x, kernel: problem.kernel, bias: problem.bias, parameters: p)
            let moved = try conv2d(shifted, kernel: problem.kernel, bias: problem.bias, parameters: p)
            let inside = { (i: Int, j: Int) in
                i * g.strideHeight - g.paddingRows.before + g.kernelHeight <= g.inputHeight
                    && j * g.strideWidth - g.paddingColumns.before + g.kernelWidth <= g.inputWidth
            }
            var compared = 0
            for n in 0..<y.shape[0] {
                for o in 0..<y.shape[1] {
                    for i in 0..<y.shape[2] where i >= a {
                        for j in 0..<y.shape[3] where j >= b && inside(i, j) {
                            #expect(abs(moved[n, o, i, j] - y[n, o, i - a, j - b]) < 1e-12, "\(problem)")
                            compared += 1
                        }
                    }
                }
            }
            // Without a shift every output is compared with itself: the loop is not vacuous.
            if a == 0, b == 0, g.paddingRows.after == 0, g.paddingColumns.after == 0 { #expect(compared == y.count) }
        }
    }

    @Test("A kernel as large as the input is a dense layer: y = W·x + b (IFT 780, slides 132–138)")
    func kernelAsLargeAsInputIsDense() async {
        await checkProperty(count: 30, input: Gen.int(in: 0...1_000_000)) { seed in
            var random = SeededGenerator(seed: UInt64(seed))
            let (n, c, h, w, m) = (Int.random(in: 1...3, using: &random), Int.random(in: 1...3, using: &random),
                                   Int.random(in: 1...5, using: &random), Int.random(in: 1...5, using: &random),
                                   Int.random(in: 1...4, using: &random))
            let x = try Tensor<Double>.uniform(shape: [n, c, h, w], low: -1, high: 1, using: &random)
            let kernel = try Tensor<Double>.uniform(shape: [m, c, h, w], low: -1, high: 1, using: &random)
            let bias = try Tensor<Double>.uniform(shape: [m], low: -1, high: 1, using: &random)
            let dense = try Tensor.matmul(x.reshaped([n, c * h * w]), kernel.reshaped([m, c * h * w]), transposeB: true)
                .addingBias(bias, axis: 1)
            for implementation in ConvolutionImplementation.allCases {
                let y = try conv2d(x, kernel: kernel, bias: bias, implementation: implementation)
                #expect(y.shape == [n, m, 1, 1])
                #expect(try y.reshaped([n, m]).maxAbsDifference(dense) < 1e-12)
            }
        }
    }

    @Test("A 1×1 filter [1/3, 1/3, 1/3] turns an RGB image into its grey image (IFT 780, slides 105–106)")
    func oneByOneGrey() async {
        await checkProperty(count: 20, input: Gen.int(in: 0...1_000_000)) { seed in
            var random = SeededGenerator(seed: UInt64(seed))
            let (h, w) = (Int.random(in: 1...6, using: &random), Int.random(in: 1...6, using: &random))
            let rgb = try Tensor<Double>.uniform(shape: [1, 3, h, w], low: 0, high: 255, using: &random)
            let third = try Tensor<Double>(shape: [1, 3, 1, 1], repeating: 1.0 / 3)
            for implementation in ConvolutionImplementation.allCases {
                let grey = try conv2d(rgb, kernel: third, implementation: implementation)
                #expect(grey.shape == [1, 1, h, w])
                for i in 0..<h {
                    for j in 0..<w {
                        let mean = (rgb[0, 0, i, j] + rgb[0, 1, i, j] + rgb[0, 2, i, j]) / 3
                        #expect(abs(grey[0, 0, i, j] - mean) < 1e-12)
                    }
                }
            }
        }
    }

    @Test("The flipped option is the mathematical convolution: cross-correlation with the kernel rotated by 180°")
    func flipped() async throws {
        await checkProperty(count: 20, input: Gen.int(in: 0...1_000_000)) { seed in
            let problem = RandomConvolution(seed: seed)
            var flipped = problem.parameters
            flipped.flipped = true
            let convolution = try conv2d(problem.input, kernel: problem.kernel, bias: problem.bias, parameters: flipped)
            let rotated = try conv2d(problem.input, kernel: flippedKernel(problem.kernel), bias: problem.bias,
                                     parameters: problem.parameters, implementation: .direct)
            #expect(try convolution.maxAbsDifference(rotated) < 1e-12, "\(problem)")
        }
        // (x ⋆ w)(i) = Σ_u x(i − u)·w(u): numpy.convolve([1, 2, 3, 4], [1, 10], 'valid') = [12, 23, 34];
        // the decks' cross-correlation Σ_u x(i + u)·w(u) gives [21, 32, 43].
        let x = try Tensor<Double>(shape: [1, 1, 4], scalars: [1, 2, 3, 4])
        let w = try Tensor<Double>(shape: [1, 1, 2], scalars: [1, 10])
        #expect(try conv1d(x, kernel: w, parameters: Conv1DParameters(flipped: true)).scalars == [12, 23, 34])
        #expect(try conv1d(x, kernel: w).scalars == [21, 32, 43])
    }

    @Test("col2im is the adjoint of im2col: ⟨im2col(x), C⟩ = ⟨x, col2im(C)⟩")
    func col2imIsAdjoint() async {
        await checkProperty(count: 30, input: Gen.int(in: 0...1_000_000)) { seed in
            let problem = RandomConvolution(seed: seed)
            let (kh, kw) = (problem.kernel.shape[2], problem.kernel.shape[3])
            let columns = try im2col(problem.input, kernelHeight: kh, kernelWidth: kw, parameters: problem.parameters)
            var random = SeededGenerator(seed: UInt64(seed) &+ 7)
            let c = try Tensor<Double>.uniform(shape: columns.shape, low: -1, high: 1, using: &random)
            let back = try col2im(c, inputShape: problem.input.shape, kernelHeight: kh, kernelWidth: kw,
                                  parameters: problem.parameters)
            #expect(abs(dot(columns, c) - dot(problem.input, back)) < 1e-10, "\(problem)")
        }
    }
}
