import NeuralNet
import Tensors

/// A random convolution problem whose sizes tile by construction: batch, channels, kernel,
/// stride and (possibly asymmetric) zero padding drawn from a seed, values uniform in [−1, 1].
/// Small enough for debug builds and finite differences.
struct RandomConvolution: CustomStringConvertible {
    let input: Tensor<Double>
    let kernel: Tensor<Double>
    let bias: Tensor<Double>
    let parameters: Conv2DParameters

    init(seed: Int, maxBatch: Int = 3, maxChannels: Int = 3, maxFilters: Int = 3, maxKernel: Int = 4, maxStride: Int = 3,
         maxOutput: Int = 4) {
        var random = SeededGenerator(seed: UInt64(seed))
        func draw(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
        let (batch, channels, filters) = (draw(1...maxBatch), draw(1...maxChannels), draw(1...maxFilters))
        let (kh, kw) = (draw(1...maxKernel), draw(1...maxKernel))
        let (sh, sw) = (draw(1...maxStride), draw(1...maxStride))
        // Output size first, then the input that gives it exactly: H = (H_out − 1)·S + k − P_top − P_bottom.
        func axis(kernel: Int, stride: Int) -> (input: Int, padding: Padding.Width) {
            let span = (draw(1...maxOutput) - 1) * stride + kernel
            let padding = Padding.Width(before: draw(0...2), after: draw(0...2))
            return span - padding.total >= 1 ? (span - padding.total, padding) : (span, Padding.Width(0))
        }
        let (rows, columns) = (axis(kernel: kh, stride: sh), axis(kernel: kw, stride: sw))
        input = try! .uniform(shape: [batch, channels, rows.input, columns.input], low: -1, high: 1, using: &random)
        kernel = try! .uniform(shape: [filters, channels, kh, kw], low: -1, high: 1, using: &random)
        bias = try! .uniform(shape: [filters], low: -1, high: 1, using: &random)
        parameters = Conv2DParameters(
            strideHeight: sh, strideWidth: sw,
            padding: .explicit(top: rows.padding.before, bottom: rows.padding.after,
                               left: columns.padding.before, right: columns.padding.after))
    }

    var description: String {
        "input \(input.shape), kernel \(kernel.shape), stride (\(parameters.strideHeight), \(parameters.strideWidth)), padding \(parameters.padding)"
    }

    func output(_ implementation: ConvolutionImplementation) -> Tensor<Double> {
        try! conv2d(input, kernel: kernel, bias: bias, parameters: parameters, implementation: implementation)
    }
}

/// Σᵢ aᵢ·bᵢ.
func dot(_ a: Tensor<Double>, _ b: Tensor<Double>) -> Double {
    zip(a.scalars, b.scalars).reduce(0) { $0 + $1.0 * $1.1 }
}
