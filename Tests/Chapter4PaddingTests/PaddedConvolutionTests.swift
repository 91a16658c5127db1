import NeuralNet
import PropertyTesting
import Tensors
import Testing

/// Padded convolution = padding step + valid convolution: sizes, the zero fast path, translation,
/// errors and gradient checks.
@Suite("Padded convolution")
struct PaddedConvolutionTests {
    private static let seeds = Gen.uint64(in: 0...UInt64.max)

    /// One image batch (N, C, n, n) and a kernel bank (2, C, k, k) drawn from `seed`.
    private func images(size n: Int, kernel k: Int, seed: UInt64) throws -> (Tensor<Double>, Tensor<Double>) {
        var generator = SeededGenerator(seed: seed)
        let x = try Tensor<Double>.gaussian(shape: [2, 2, n, n], standardDeviation: 1, using: &generator)
        let w = try Tensor<Double>.gaussian(shape: [2, 2, k, k], standardDeviation: 1, using: &generator)
        return (x, w)
    }

    @Test("'same' gives ⌈n/s⌉ in every mode, and keeps the size at stride 1 (odd kernels split evenly)")
    func sameSize() async {
        await checkProperty(count: 40, input: Gen.int(in: 3...9), Gen.int(in: 1...4), Gen.int(in: 1...3), Self.seeds) { n, k, s, seed in
            let (x, w) = try images(size: n, kernel: k, seed: seed)
            let expected = (n + s - 1) / s
            for mode in PaddingMode.allCases {
                let y = try conv2d(x, kernel: w, parameters: Conv2DParameters(stride: s, padding: .same), paddingMode: mode)
                #expect(y.shape == [2, 2, expected, expected], "\(mode) n=\(n) k=\(k) s=\(s)")
            }
            if s == 1, k % 2 == 1 {
                let y = try conv2d(x, kernel: w, parameters: Conv2DParameters(padding: .same(split: .symmetric)), paddingMode: .reflect)
                #expect(y.shape == [2, 2, n, n])
            }
        }
    }

    @Test("'full' gives n + K − 1 at stride 1")
    func fullSize() async {
        await checkProperty(count: 40, input: Gen.int(in: 1...9), Gen.int(in: 1...5), Self.seeds) { n, k, seed in
            var generator = SeededGenerator(seed: seed)
            let x = try Tensor<Double>.gaussian(shape: [1, 1, n], standardDeviation: 1, using: &generator)
            let w = try Tensor<Double>.gaussian(shape: [1, 1, k], standardDeviation: 1, using: &generator)
            for mode in [PaddingMode.zero, .replicate, .circular] {
                let y = try conv1d(x, kernel: w, parameters: Conv1DParameters(padding: .full), paddingMode: mode)
                #expect(y.shape == [1, 1, n + k - 1], "\(mode)")
            }
        }
    }

    @Test("zero padding folded into the convolution equals pad with zeros then a valid convolution")
    func zeroFastPathIsThePaddingStep() async {
        await checkProperty(count: 30, input: Gen.int(in: 3...8), Gen.int(in: 1...3), Gen.int(in: 0...2), Self.seeds) { n, k, p, seed in
            let (x, w) = try images(size: n, kernel: k, seed: seed)
            for implementation in ConvolutionImplementation.allCases {
                let folded = try conv2d(x, kernel: w, parameters: Conv2DParameters(padding: .explicit(p)),
                                        implementation: implementation)
                let explicit = try conv2d(pad(x, cells: p, spatialAxes: 2, mode: .zero), kernel: w,
                                          implementation: implementation)
                #expect(try folded.maxAbsDifference(explicit) < 1e-12)
            }
        }
    }

    @Test("circular 'same' convolution commutes with a circular shift of the whole image")
    func circularShiftEquivariance() async {
        await checkProperty(count: 30, input: Gen.int(in: 3...8), Gen.int(in: 0...7), Gen.int(in: 0...7), Self.seeds) { n, dy, dx, seed in
            let (x, w) = try images(size: n, kernel: 3, seed: seed)
            func shifted(_ t: Tensor<Double>) throws -> Tensor<Double> {
                let size = t.shape[2]
                return try Tensor(shape: t.shape) { i in t[i[0], i[1], (i[2] + size - dy % size) % size, (i[3] + size - dx % size) % size] }
            }
            let parameters = Conv2DParameters(padding: .same)
            let a = try conv2d(shifted(x), kernel: w, parameters: parameters, paddingMode: .circular)
            let b = try shifted(conv2d(x, kernel: w, parameters: parameters, paddingMode: .circular))
            #expect(try a.maxAbsDifference(b) < 1e-12)
        }
    }

    @Test("every mode commutes with a translation in the interior (windows that do not touch the border)")
    func interiorTranslation() async {
        await checkProperty(count: 30, input: Gen.int(in: 6...12), Gen.int(in: 1...3), Self.seeds) { n, t, seed in
            var generator = SeededGenerator(seed: seed)
            let x = try Tensor<Double>.gaussian(shape: [1, 1, n], standardDeviation: 1, using: &generator)
            let w = try Tensor<Double>.gaussian(shape: [1, 1, 3], standardDeviation: 1, using: &generator)
            // x moved t cells to the right; the t cells that enter on the left are fresh values.
            let moved = try Tensor(shape: [1, 1, n]) { i in i[2] >= t ? x[0, 0, i[2] - t] : Double(generator.gaussian()) }
            for mode in PaddingMode.allCases {
                let parameters = Conv1DParameters(padding: .same)
                let y = try conv1d(x, kernel: w, parameters: parameters, paddingMode: mode)
                let yMoved = try conv1d(moved, kernel: w, parameters: parameters, paddingMode: mode)
                // Output i reads inputs i − 1 … i + 1: interior when t + 1 ≤ i ≤ n − 2.
                for i in (t + 1)..<(n - 1) {
                    #expect(abs(yMoved[0, 0, i] - y[0, 0, i - t]) < 1e-12, "\(mode) at \(i)")
                }
            }
        }
    }

    @Test("errors reach the convolution: reflection wider than the image, negative padding")
    func errors() throws {
        let x = try Tensor<Double>(zeros: [1, 1, 3, 3])
        let w = try Tensor<Double>(zeros: [1, 1, 3, 3])
        #expect(throws: PaddingError.reflectionTooWide(Padding.Width(3), size: 3, axis: "rows")) {
            try conv2d(x, kernel: w, parameters: Conv2DParameters(padding: .explicit(3)), paddingMode: .reflect)
        }
        #expect(throws: PaddingError.negative(Padding.Width(-1), axis: "signal")) {
            try conv1d(Tensor<Double>(zeros: [1, 1, 5]), kernel: Tensor<Double>(zeros: [1, 1, 3]),
                       parameters: Conv1DParameters(padding: .explicit(-1)), paddingMode: .replicate)
        }
        // Reflecting D − 1 = 2 cells is allowed: 3 → 3 + 4 − 3 + 1 = 5.
        let y = try conv2d(x, kernel: w, parameters: Conv2DParameters(padding: .explicit(2)), paddingMode: .reflect)
        #expect(y.shape == [1, 1, 5, 5])
    }

    @Test("gradient check in Double: input, kernel and bias of a padded convolution, every mode, error < 1e-7")
    func gradientCheck() throws {
        var generator = SeededGenerator(seed: 4)
        let x = try Tensor<Double>.gaussian(shape: [2, 2, 6, 5], standardDeviation: 1, using: &generator)
        let w = try Tensor<Double>.gaussian(shape: [3, 2, 3, 2], standardDeviation: 1, using: &generator)
        let b = try Tensor<Double>.gaussian(shape: [3], standardDeviation: 1, using: &generator)
        let spec = [(Padding.same, 1), (Padding.explicit(top: 2, bottom: 1, left: 0, right: 1), 2), (Padding.full, 1)]
        for mode in PaddingMode.allCases {
            for (padding, stride) in spec where !(mode == .reflect && padding == .full) {
                let parameters = Conv2DParameters(stride: stride, padding: padding)
                let y = try conv2d(x, kernel: w, bias: b, parameters: parameters, paddingMode: mode)
                let r = try Tensor<Double>.gaussian(shape: y.shape, standardDeviation: 1, using: &generator)
                let g = try conv2dBackward(r, input: x, kernel: w, parameters: parameters, paddingMode: mode)
                let loss = { (x: Tensor<Double>, w: Tensor<Double>, b: Tensor<Double>) throws -> Double in
                    try (conv2d(x, kernel: w, bias: b, parameters: parameters, paddingMode: mode) * r).sum()
                }
                let dx = try GradientCheck.compare(analytic: #require(g.input), at: x) { try loss($0, w, b) }
                let dw = try GradientCheck.compare(analytic: g.kernel, at: w) { try loss(x, $0, b) }
                let db = try GradientCheck.compare(analytic: g.bias, at: b) { try loss(x, w, $0) }
                #expect(dx.relativeError < 1e-7, "\(mode) \(padding): ∂L/∂x \(dx.relativeError)")
                #expect(dw.relativeError < 1e-7, "\(mode) \(padding): ∂L/∂W \(dw.relativeError)")
                #expect(db.relativeError < 1e-7, "\(mode) \(padding): ∂L/∂b \(db.relativeError)")
            }
        }
    }

    @Test("'same' with a stride larger than the filter: ⌈D/S⌉ outputs, the unread last row gets no gradient, gradient check")
    func sameStrideBeyondFilter() throws {
        var generator = SeededGenerator(seed: 11)
        // Rows: D = 8, F = 1, S = 3 → O = 3, the windows reach rows 0, 3, 6: row 7 is not read.
        // Columns: D = 7, F = 2, S = 3 → O = 3, (3 − 1)·3 + 2 − 7 = 1 padded column on the right.
        let x = try Tensor<Double>.gaussian(shape: [1, 2, 8, 7], standardDeviation: 1, using: &generator)
        let w = try Tensor<Double>.gaussian(shape: [2, 2, 1, 2], standardDeviation: 1, using: &generator)
        let parameters = Conv2DParameters(stride: 3, padding: .same)
        let g = try ConvolutionGeometry(inputShape: x.shape, kernelShape: w.shape, parameters: parameters)
        #expect([g.unreadRows, g.unreadColumns] == [1, 0])
        #expect(g.paddingColumns == Padding.Width(before: 0, after: 1))
        for mode in PaddingMode.allCases {
            let y = try conv2d(x, kernel: w, parameters: parameters, paddingMode: mode)
            #expect(y.shape == [1, 2, 3, 3], "\(mode)")
            // Output (0, 0) of filter 0 is W·x over row 0, columns 0–1: the first window.
            let first = (0..<2).reduce(0.0) { sum, c in sum + w[0, c, 0, 0] * x[0, c, 0, 0] + w[0, c, 0, 1] * x[0, c, 0, 1] }
            #expect(abs(y[0, 0, 0, 0] - first) < 1e-12)
            let r = try Tensor<Double>.gaussian(shape: y.shape, standardDeviation: 1, using: &generator)
            let gradients = try conv2dBackward(r, input: x, kernel: w, parameters: parameters, paddingMode: mode)
            let dx = try #require(gradients.input)
            #expect((0..<2).allSatisfy { c in (0..<7).allSatisfy { dx[0, c, 7, $0] == 0 } }, "\(mode): row 7 is not read")
            let check = try GradientCheck.compare(analytic: dx, at: x) {
                try (conv2d($0, kernel: w, parameters: parameters, paddingMode: mode) * r).sum()
            }
            #expect(check.relativeError < 1e-7, "\(mode): ∂L/∂x \(check.relativeError)")
        }
    }

    @Test("gradient check in Double: 1D padded convolution, every mode")
    func gradientCheck1D() throws {
        var generator = SeededGenerator(seed: 7)
        let x = try Tensor<Double>.gaussian(shape: [2, 2, 7], standardDeviation: 1, using: &generator)
        let w = try Tensor<Double>.gaussian(shape: [2, 2, 4], standardDeviation: 1, using: &generator)
        let parameters = Conv1DParameters(padding: .same)
        for mode in PaddingMode.allCases {
            let y = try conv1d(x, kernel: w, parameters: parameters, paddingMode: mode)
            let r = try Tensor<Double>.gaussian(shape: y.shape, standardDeviation: 1, using: &generator)
            let g = try conv1dBackward(r, input: x, kernel: w, parameters: parameters, paddingMode: mode)
            let dx = try GradientCheck.compare(analytic: #require(g.input), at: x) {
                try (conv1d($0, kernel: w, parameters: parameters, paddingMode: mode) * r).sum()
            }
            #expect(dx.relativeError < 1e-7, "\(mode): \(dx.relativeError)")
        }
    }
}
