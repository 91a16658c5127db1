import NeuralNet
import Tensors
import Testing

/// Whole small networks against central differences, in `Double`: every parameter's gradient
/// from ``Sequential/backward(_:targets:)`` against (J(θ + h eᵢ) − J(θ − h eᵢ))/2h. The network is
/// a value, so each evaluation replays the same dropout masks; batch normalisation runs in
/// training mode (batch statistics) in both. A correct backward pass gives 10⁻⁹–10⁻¹⁰.
@Suite("Gradient checks of whole networks")
struct NetworkGradientCheckTests {
    static let bound = 1e-6

    /// The relative error of the analytic gradient of the mean cross-entropy against the
    /// numerical one, over every parameter of `network`.
    static func relativeError(_ network: Sequential<Double>, batch: Int, seed: UInt64) throws -> Double {
        var generator = SeededGenerator(seed: seed)
        let inputs = try Tensor<Double>.gaussian(shape: [batch] + network.inputShape, standardDeviation: 1, using: &generator)
        let classes = try network.scores(inputs).shape[1]
        var targets = try Tensor<Double>(zeros: [batch, classes])
        targets.withUnsafeMutableBufferPointer { t in
            for n in 0..<batch { t[n * classes + Int(generator.next() % UInt64(classes))] = 1 }
        }
        var trained = network
        let analytic = Tensor(try trained.lossAndParameterGradients(inputs: inputs, targets: targets).gradients.flatMap(\.value.scalars))
        var copy = network
        var theta: [Double] = []
        copy.updateParameters { parameter, _ in theta += parameter.scalars }
        let comparison = try GradientCheck.compare(analytic: analytic, at: Tensor(theta)) { point in
            var probe = network
            var offset = 0
            try probe.updateParameters { parameter, _ in
                parameter = try Tensor(shape: parameter.shape, scalars: Array(point.scalars[offset..<(offset + parameter.count)]))
                offset += parameter.count
            }
            let trace = try probe.forward(inputs)
            return try probe.loss.value(scores: trace.scores, targets: targets)
        }
        return comparison.relativeError
    }

    static func convolution(_ channels: Int, _ filters: Int, _ size: Int, stride: Int = 1, padding: Padding = .valid,
                            _ generator: inout SeededGenerator) throws -> any Layer<Double> {
        var layer = try ConvolutionLayer<Double>(channels: channels, filters: filters, size: size,
                                                 parameters: Conv2DParameters(stride: stride, padding: padding),
                                                 initialization: .glorotUniform, using: &generator)
        layer.bias = try .gaussian(shape: [filters], standardDeviation: 0.1, using: &generator)
        return layer
    }

    static func dense(_ inputs: Int, _ outputs: Int, _ generator: inout SeededGenerator) throws -> any Layer<Double> {
        var layer = try Dense<Double>(inputs: inputs, outputs: outputs, initialization: .glorotUniform, using: &generator)
        layer.bias = try .gaussian(shape: [outputs], standardDeviation: 0.1, using: &generator)
        return layer
    }

    @Test("LeNet in miniature, 16×16: conv 5×5 valid + tanh, mean pool, conv + tanh, mean pool, dense + tanh, dense")
    func leNetMiniature() throws {
        var g = SeededGenerator(seed: 11)
        let network = try Sequential<Double>(inputShape: [1, 16, 16], layers: [
            .init("C1", try Self.convolution(1, 3, 5, &g)), .init("tanh", ActivationLayer<Double>(.tanh)),
            .init("S2", PoolingLayer<Double>(try Pooling2D(.mean, size: 2))),
            .init("C3", try Self.convolution(3, 4, 3, &g)), .init("tanh", ActivationLayer<Double>(.tanh)),
            .init("S4", PoolingLayer<Double>(try Pooling2D(.mean, size: 2))),
            .init("flatten", Flatten<Double>()),
            .init("F5", try Self.dense(16, 6, &g)), .init("tanh", ActivationLayer<Double>(.tanh)),
            .init("out", try Self.dense(6, 4, &g)),
        ], seed: 1)
        #expect(try Self.relativeError(network, batch: 3, seed: 2) < Self.bound)
    }

    @Test("Görner in miniature: conv SAME stride 2 + ReLU, max pool, dense + ReLU, dropout with its mask replayed, dense")
    func gornerMiniature() throws {
        var g = SeededGenerator(seed: 12)
        let network = try Sequential<Double>(inputShape: [2, 8, 8], layers: [
            .init("W1", try Self.convolution(2, 3, 4, stride: 2, padding: .same, &g)), .init("relu", ActivationLayer<Double>(.relu)),
            .init("pool", PoolingLayer<Double>(try Pooling2D(.max, size: 2))),
            .init("flatten", Flatten<Double>()),
            .init("W4", try Self.dense(12, 8, &g)), .init("relu", ActivationLayer<Double>(.relu)),
            .init("dropout", DropoutLayer<Double>(try Dropout(rate: 0.3))),
            .init("W5", try Self.dense(8, 5, &g)),
        ], seed: 7)
        #expect(try Self.relativeError(network, batch: 4, seed: 3) < Self.bound)
    }

    @Test("batch normalisation on maps and on vectors, trained with batch statistics")
    func batchNormalisation() throws {
        var g = SeededGenerator(seed: 13)
        var maps = try BatchNormalization<Double>(channels: 3)
        maps.scale = try .gaussian(shape: [3], mean: 1, standardDeviation: 0.3, using: &g)
        maps.shift = try .gaussian(shape: [3], standardDeviation: 0.3, using: &g)
        let network = try Sequential<Double>(inputShape: [1, 6, 6], layers: [
            .init("conv", try Self.convolution(1, 3, 3, &g)),
            .init("BN maps", maps), .init("tanh", ActivationLayer<Double>(.tanh)),
            .init("pool", PoolingLayer<Double>(try Pooling2D(.mean, size: 2))),
            .init("flatten", Flatten<Double>()),
            .init("dense", try Self.dense(12, 5, &g)),
            .init("BN vector", try BatchNormalization(channels: 5)), .init("sigmoid", ActivationLayer<Double>(.sigmoid)),
            .init("out", try Self.dense(5, 3, &g)),
        ], seed: 1)
        #expect(try Self.relativeError(network, batch: 5, seed: 4) < Self.bound)
    }
}
