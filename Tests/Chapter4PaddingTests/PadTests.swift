import Chapter4Padding
import NeuralNet
import PropertyTesting
import Tensors
import Testing

/// The padding step on its own: the slides' padded signals, numpy's `np.pad` on a small image,
/// the errors, and the properties of the forward pass and of its adjoint.
@Suite("Padding step")
struct PadTests {
    @Test("IFT 780 slides 61–62: the padded signals of the three options (and circular)")
    func paddedSignals() throws {
        for example in PaddingExamples.oneDimensional {
            #expect(try example.paddedSignal() == example.padded, "\(example.mode)")
        }
    }

    @Test("reflection does not repeat the edge: 10 20 30 40 → 30 20 | 10 20 30 40 | 30 20")
    func reflectionSkipsTheEdge() throws {
        let padded = try pad(Tensor<Double>([10, 20, 30, 40]), cells: 2, spatialAxes: 1, mode: .reflect)
        #expect(padded.scalars == [30, 20, 10, 20, 30, 40, 30, 20])
    }

    /// Expected values from numpy: `np.pad(np.arange(1, 7.).reshape(2, 3), ((1, 1), (2, 1)), mode)`
    /// with mode constant, reflect, edge, wrap.
    @Test("2D padding of every channel and batch item equals numpy's np.pad")
    func imageMatchesNumpy() throws {
        let expected: [PaddingMode: [Double]] = [
            .zero: [0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 0, 0, 0, 4, 5, 6, 0, 0, 0, 0, 0, 0, 0],
            .reflect: [6, 5, 4, 5, 6, 5, 3, 2, 1, 2, 3, 2, 6, 5, 4, 5, 6, 5, 3, 2, 1, 2, 3, 2],
            .replicate: [1, 1, 1, 2, 3, 3, 1, 1, 1, 2, 3, 3, 4, 4, 4, 5, 6, 6, 4, 4, 4, 5, 6, 6],
            .circular: [5, 6, 4, 5, 6, 4, 2, 3, 1, 2, 3, 1, 5, 6, 4, 5, 6, 4, 2, 3, 1, 2, 3, 1],
        ]
        // Two batch items × two channels; each plane is the numpy image plus 10·plane index.
        let plane: [Double] = [1, 2, 3, 4, 5, 6]
        let x = try Tensor(shape: [2, 2, 2, 3], scalars: (0..<4).flatMap { k in plane.map { $0 + 10 * Double(k) } })
        for mode in PaddingMode.allCases {
            let y = try pad(x, widths: [Padding.Width(1), Padding.Width(before: 2, after: 1)], mode: mode)
            #expect(y.shape == [2, 2, 4, 6])
            let planes = (0..<4).flatMap { k in expected[mode]!.map { $0 == 0 && mode == .zero ? 0 : $0 + 10 * Double(k) } }
            #expect(y.scalars == planes, "\(mode)")
        }
    }

    @Test("errors: too-wide reflection, negative amounts, uneven symmetric 'same', empty axes, borders beyond counting or memory")
    func errors() throws {
        #expect(throws: PaddingError.reflectionTooWide(Padding.Width(3), size: 3, axis: "signal")) {
            try pad(Tensor<Double>([1, 2, 3]), cells: 3, spatialAxes: 1, mode: .reflect)
        }
        #expect(throws: PaddingError.negative(Padding.Width(before: -1, after: 0), axis: "columns")) {
            try paddedShape([4, 4], widths: [Padding.Width(0), Padding.Width(before: -1, after: 0)], mode: .zero)
        }
        #expect(throws: PaddingError.negative(Padding.Width(-2), axis: "signal")) {
            try Padding.explicit(-2).widths(size: [9], kernel: [3], stride: [1])
        }
        #expect(throws: PaddingError.unevenSame(kernel: 4, stride: 1, size: 10, total: 3)) {
            try Padding.same(split: .symmetric).widths(size: [10], kernel: [4], stride: [1])
        }
        #expect(throws: PaddingError.emptyAxis(.replicate, axis: "rows")) {
            try pad(Tensor<Double>(zeros: [1, 0, 4]), cells: 1, spatialAxes: 2, mode: .replicate)
        }
        #expect(throws: PaddingError.tooLarge(Padding.Width(Int.max), axis: "signal")) {
            try paddedShape([2], widths: [Padding.Width(Int.max)], mode: .zero)
        }
        #expect(throws: PaddingError.tooLarge(Padding.Width(1 << 62 - 1), axis: "rows")) {
            try paddedShape([1, 4, 4], widths: Array(repeating: Padding.Width(1 << 62 - 1), count: 2), mode: .zero)
        }
        #expect(throws: TensorError.self) { try pad(Tensor<Float>([1, 2]), cells: 1 << 40, spatialAxes: 1, mode: .zero) }
        #expect(throws: PaddingError.tooLarge(Padding.Width(Int.max / 2), axis: "rows")) {
            try Padding.explicit(Int.max / 2).widths(size: [4, 4], kernel: [3, 3], stride: [1, 1])
        }
        #expect(try Padding.same.widths(size: [7], kernel: [3], stride: [Int.max]) == [Padding.Width(0)])
        #expect(try pad(Tensor<Float>(zeros: [0, 2]), cells: 1 << 40, spatialAxes: 1, mode: .zero).shape == [0, 2 + 1 << 41])
        let message = PaddingError.reflectionTooWide(Padding.Width(3), size: 3, axis: "signal").description
        #expect(message == "reflection padding of 3 along the signal needs at most D − 1 = 2 cells per side "
            + "(the edge is not repeated), got D = 3")
        #expect(throws: PaddingError.self) { try pad(Tensor<Double>([1, 2]), cells: 1, spatialAxes: 2, mode: .zero) }
        #expect(throws: TensorError.self) {
            try padBackward(Tensor<Double>([1, 2, 3]), inputShape: [2], widths: [Padding.Width(1)], mode: .zero)
        }
    }

    @Test("'same' and 'full' amounts: P = (F − 1)/2 for odd F at stride 1, F − 1 for 'full'")
    func amounts() throws {
        #expect(try Padding.same.widths(size: [28, 28], kernel: [3, 3], stride: [1, 1]) == [Padding.Width(1), Padding.Width(1)])
        #expect(try Padding.same(split: .symmetric).widths(size: [9], kernel: [5], stride: [1]) == [Padding.Width(2)])
        #expect(try Padding.full.widths(size: [9], kernel: [5], stride: [1]) == [Padding.Width(4)])
        #expect(try Padding.valid.widths(size: [9, 9], kernel: [5, 3], stride: [2, 1]) == [Padding.Width(0), Padding.Width(0)])
        #expect(try Padding.explicit(top: 1, bottom: 2, left: 0, right: 3).widths(size: [5, 5], kernel: [3, 3], stride: [1, 1])
            == [Padding.Width(before: 1, after: 2), Padding.Width(before: 0, after: 3)])
    }

    @Test("reflection and stretching (and circular) padding of a constant signal is that constant")
    func constantStaysConstant() async {
        await checkProperty(count: 40, input: Gen.int(in: 2...6), Gen.int(in: 0...5), Gen.double(in: -5...5)) { size, p, value in
            let x = try Tensor<Double>(shape: [2, size, size + 1], repeating: value)
            for mode in [PaddingMode.reflect, .replicate, .circular] {
                let cells = mode == .reflect ? min(p, size - 1) : p
                let y = try pad(x, cells: cells, spatialAxes: 2, mode: mode)
                #expect(y.scalars.allSatisfy { $0 == value }, "\(mode)")
            }
        }
    }

    @Test("the interior of a padded tensor is the input, in every mode")
    func interiorIsTheInput() async {
        await checkProperty(count: 40, input: Gen.int(in: 2...6), Gen.int(in: 0...3), Gen.uint64(in: 0...UInt64.max)) { size, p, seed in
            var generator = SeededGenerator(seed: seed)
            let x = try Tensor<Double>.gaussian(shape: [3, size, size], standardDeviation: 1, using: &generator)
            let cells = min(p, size - 1)
            for mode in PaddingMode.allCases {
                let y = try pad(x, cells: cells, spatialAxes: 2, mode: mode)
                let width = size + 2 * cells
                for c in 0..<3 {
                    for i in 0..<size {
                        for j in 0..<size {
                            #expect(y.scalars[(c * width + i + cells) * width + j + cells] == x[c, i, j])
                        }
                    }
                }
            }
        }
    }

    @Test("padᵀ is the adjoint of pad: ⟨pad(x), y⟩ = ⟨x, padᵀ(y)⟩ for every mode, 1D and 2D")
    func backwardIsTheAdjoint() async {
        await checkProperty(count: 40, input: Gen.int(in: 1...6), Gen.int(in: 0...5), Gen.int(in: 0...5), Gen.uint64(in: 0...UInt64.max)) { size, before, after, seed in
            var generator = SeededGenerator(seed: seed)
            for mode in PaddingMode.allCases {
                for spatialAxes in 1...2 {
                    let limit = mode == .reflect ? size - 1 : Int.max
                    let width = Padding.Width(before: min(before, limit), after: min(after, limit))
                    let widths = Array(repeating: width, count: spatialAxes)
                    let shape = [2] + Array(repeating: size, count: spatialAxes)
                    let x = try Tensor<Double>.gaussian(shape: shape, standardDeviation: 1, using: &generator)
                    let y = try Tensor<Double>.gaussian(shape: paddedShape(shape, widths: widths, mode: mode), standardDeviation: 1,
                                                        using: &generator)
                    let left = try (pad(x, widths: widths, mode: mode) * y).sum()
                    let right = try (x * padBackward(y, inputShape: shape, widths: widths, mode: mode)).sum()
                    #expect(abs(left - right) <= 1e-12 * max(1, abs(left)), "\(mode) \(width) on \(shape)")
                }
            }
        }
    }
}
