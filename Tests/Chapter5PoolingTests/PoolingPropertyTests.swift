import Foundation
import NeuralNet
import PropertyTesting
import Testing
import Tensors

/// The properties of pooling that hold for any input, window, stride, padding and rounding.
struct PoolingPropertyTests {
    @Test("max pooling ≥ mean pooling, element by element")
    func maxAboveMean() async throws {
        await checkProperty(count: 80, input: Gen.int(in: 0...1_000_000)) { seed in
            let random = try RandomPooling(seed: seed, kind: .max)
            let mean = Pooling2D(.mean, rows: random.pooling.rows, columns: random.pooling.columns,
                                 rounding: random.pooling.rounding)
            let maxima = try random.pooling(random.input), means = try mean(random.input)
            #expect(maxima.shape == means.shape)
            #expect(zip(maxima.scalars, means.scalars).allSatisfy { $0 >= $1 })
        }
    }

    @Test("pooling a constant gives the constant")
    func constant() async throws {
        await checkProperty(count: 60, input: Gen.int(in: 0...1_000_000), Gen.double(in: -100...100)) { seed, c in
            for kind in PoolingKind.allCases {
                let random = try RandomPooling(seed: seed, kind: kind)
                let output = try random.pooling(Tensor(shape: random.input.shape, repeating: c))
                // Max picks c itself; a mean of n copies of c is c up to the rounding of n additions.
                #expect(output.scalars.allSatisfy { abs($0 - c) <= 1e-14 * abs(c) * 16 })
                if kind == .max { #expect(output.scalars.allSatisfy { $0 == c }) }
            }
        }
    }

    @Test("max pooling commutes with increasing functions (ReLU, leaky ReLU, tanh, x³, eˣ)")
    func commutesWithIncreasingFunctions() async throws {
        let functions: [(Tensor<Double>) -> Tensor<Double>] = [
            { Activation.relu.forward($0) }, { Activation.leakyReLU(slope: 0.01).forward($0) },
            { Activation.tanh.forward($0) }, { $0.map { $0 * $0 * $0 } }, { $0.map { Foundation.exp($0) } },
        ]
        await checkProperty(count: 60, input: Gen.int(in: 0...1_000_000)) { seed in
            let random = try RandomPooling(seed: seed, kind: .max)
            for f in functions {
                // max f(xᵢ) = f(max xᵢ) exactly: f is applied to the same numbers either way.
                #expect(try random.pooling(f(random.input)) == f(random.pooling(random.input)))
            }
        }
    }

    @Test("the output size follows the convolution's rule, rounded down or up when it is not whole")
    func outputSizeRule() async throws {
        await checkProperty(count: 200, input: Gen.int(in: 1...30), Gen.int(in: 1...7), Gen.int(in: 1...5), Gen.int(in: 0...6)) { d, f, s, p in
            guard p < f, d + 2 * p >= f else { return }
            let window = try PoolingWindow(size: f, stride: s, padding: p)
            let rule = try OutputSize(input: d, filter: f, stride: s, padding: p)
            // Counted window by window, independently of the formula. Floor: whole windows
            // inside the padded input. Ceil: windows that start inside the input, until one has
            // reached the end of the padded input.
            let whole = (0...).prefix { $0 * s + f <= d + 2 * p }.count
            let partial = (0...).prefix { o in o * s - p < d && (o == 0 || (o - 1) * s - p + f < d + p) }.count
            #expect(try window.outputCount(for: d, rounding: .floor) == whole)
            #expect(try window.outputCount(for: d, rounding: .ceil) == partial)
            if rule.isValid {
                // The windows tile: both roundings give the convolution's (D − F + 2P)/S + 1.
                #expect(try window.outputCount(for: d, rounding: .floor) == rule.value)
                #expect(try window.outputCount(for: d, rounding: .ceil) == rule.value)
            } else {
                #expect(whole == rule.span / s + 1)
            }
        }
    }
}
