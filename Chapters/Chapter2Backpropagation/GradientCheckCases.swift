import NeuralNet
import Tensors

/// Gradient checks of every building block of the chapter, in `Double` (``GradientCheck``):
/// the backward pass against central differences on seeded random inputs. The property tests
/// run them on many seeds; the report's table shows the same checks for one seed.
///
/// A block y = f(x) whose backward maps g = ∂J/∂y to ∂J/∂x is checked through the scalar
/// J = Σᵢ rᵢyᵢ for a random r: its gradient is exactly backward(r).
public enum GradientCheckCases {
    /// One check: which block, which gradient, how many coordinates, and the comparison.
    public struct Row: Sendable {
        public let block: String
        public let gradient: String
        public let comparison: GradientComparison
        public var count: Int { comparison.analytic.count }
    }

    /// Values drawn uniformly from [−1, 1).
    static func random(_ shape: [Int], _ generator: inout SeededGenerator) throws -> Tensor<Double> {
        try Tensor.uniform(shape: shape, low: -1, high: 1, using: &generator)
    }

    /// Σᵢ rᵢyᵢ.
    static func dot(_ r: Tensor<Double>, _ y: Tensor<Double>) throws -> Double { try (r * y).sum() }

    /// A dense layer of n neurons on m inputs, on a batch of N: ∇W, ∇w₀ and ∂J/∂x.
    public static func dense(inputs m: Int, outputs n: Int, batch: Int, seed: UInt64) throws -> [Row] {
        var generator = SeededGenerator(seed: seed)
        let layer = try Dense(weight: random([n, m], &generator), bias: random([n], &generator))
        let x = try random([batch, m], &generator), r = try random([batch, n], &generator)
        let (gradient, input) = try layer.backward(r, input: x)
        let name = "dense \(m) → \(n), batch \(batch)"
        return [
            Row(block: name, gradient: "∇W", comparison: try GradientCheck.compare(analytic: gradient.weight, at: layer.weight) {
                try dot(r, Dense(weight: $0, bias: layer.bias).forward(x))
            }),
            Row(block: name, gradient: "∇w₀", comparison: try GradientCheck.compare(analytic: gradient.bias, at: layer.bias) {
                try dot(r, Dense(weight: layer.weight, bias: $0).forward(x))
            }),
            Row(block: name, gradient: "∂J/∂x", comparison: try GradientCheck.compare(analytic: input ?? x, at: x) {
                try dot(r, layer.forward($0))
            }),
        ]
    }

    /// An activation on `count` points kept at least 0.05 away from 0, where ReLU has its kink.
    public static func activation(_ activation: Activation, count: Int, seed: UInt64) throws -> Row {
        var generator = SeededGenerator(seed: seed)
        let z = try Tensor<Double>(shape: [count]) { _ in
            let magnitude = generator.uniform(0.05, 2)
            return generator.unit() < 0.5 ? -magnitude : magnitude
        }
        let r = try random([count], &generator)
        let analytic = try activation.backward(r, at: z)
        return Row(block: activation.name, gradient: "∂J/∂z", comparison: try GradientCheck.compare(analytic: analytic, at: z) {
            try dot(r, activation.forward($0))
        })
    }

    /// Random targets a loss accepts: one-hot rows for the softmax, values in [0, 1] for the
    /// sigmoid, any number in [−1, 1) for the squared error.
    static func targets(for loss: Loss, batch: Int, classes: Int,
                        _ generator: inout SeededGenerator) throws -> Tensor<Double> {
        switch loss {
        case .squaredError: return try random([batch, classes], &generator)
        case .sigmoidCrossEntropy: return try Tensor.uniform(shape: [batch, classes], low: 0, high: 1, using: &generator)
        case .softmaxCrossEntropy:
            let labels = (0..<batch).map { _ in Int(generator.next() % UInt64(classes)) }
            return try Tensor(shape: [batch, classes]) { $0[1] == labels[$0[0]] ? 1 : 0 }
        }
    }

    /// A loss on a batch of scores: its δ against the derivative of the mean loss.
    public static func loss(_ loss: Loss, classes: Int, batch: Int, seed: UInt64) throws -> Row {
        var generator = SeededGenerator(seed: seed)
        let z = try Tensor<Double>.uniform(shape: [batch, classes], low: -3, high: 3, using: &generator)
        let y = try targets(for: loss, batch: batch, classes: classes, &generator)
        let analytic = try loss.delta(scores: z, targets: y)
        return Row(block: "\(loss.outputName) + \(loss.name)", gradient: "δ = ∂J/∂z",
                   comparison: try GradientCheck.compare(analytic: analytic, at: z) {
                       try loss.value(scores: $0, targets: y)
                   })
    }

    /// A whole network on a batch: every weight and bias at once, flattened in the order of
    /// ``MLP/updateParameters(_:)``. `nil` when a ReLU pre-activation lies within 10⁻⁴ of its
    /// kink, where central differences straddle two slopes.
    public static func network(sizes: [Int], activations: [Activation], loss: Loss, batch: Int,
                               seed: UInt64) throws -> Row? {
        var generator = SeededGenerator(seed: seed)
        var model = try MLP<Double>(sizes: sizes, activations: activations, loss: loss, seed: seed,
                                    initialization: .gaussian(standardDeviation: 0.8))
        let x = try random([batch, sizes[0]], &generator)
        let y = try targets(for: loss, batch: batch, classes: sizes[sizes.count - 1], &generator)
        let trace = try model.forward(x)
        for (z, activation) in zip(trace.preActivations, activations) where activation != .sigmoid && activation != .tanh {
            if z.scalars.contains(where: { abs($0) < 1e-4 }) { return nil }
        }
        let analytic = try flatten(model.backward(trace, targets: y).flatMap { [$0.weight, $0.bias] })
        var parameters: [Tensor<Double>] = []
        model.updateParameters { parameter, _ in parameters.append(parameter) }
        let comparison = try GradientCheck.compare(analytic: analytic, at: flatten(parameters)) { theta in
            var offset = 0
            try model.updateParameters { parameter, _ in
                let count = parameter.count
                parameter = try Tensor(shape: parameter.shape, scalars: Array(theta.scalars[offset..<(offset + count)]))
                offset += count
            }
            return try model.lossAndGradients(x, targets: y).loss
        }
        let hidden = activations.map(\.name).joined(separator: ", ")
        return Row(block: "network \(sizes.map(String.init).joined(separator: "-"))" + (hidden.isEmpty ? "" : " (\(hidden))"),
                   gradient: "all W, w₀", comparison: comparison)
    }

    /// The tensors' values end to end, as one vector.
    static func flatten(_ tensors: [Tensor<Double>]) -> Tensor<Double> { Tensor(tensors.flatMap(\.scalars)) }

    /// The checks the report's table shows: every block once, then networks of depth 1 to 5.
    public static func table(seed: UInt64) throws -> [Row] {
        var rows = try dense(inputs: 4, outputs: 3, batch: 5, seed: seed)
        for activation in [Activation.identity] + Activation.table {
            rows.append(try Self.activation(activation, count: 12, seed: seed))
        }
        for loss in Loss.allCases {
            rows.append(try Self.loss(loss, classes: 4, batch: 5, seed: seed))
        }
        let hidden: [Activation] = [.tanh, .sigmoid, .relu, .leakyReLU(slope: 0.01)]
        let losses: [Loss] = [.softmaxCrossEntropy, .squaredError, .sigmoidCrossEntropy, .softmaxCrossEntropy, .squaredError]
        for depth in 1...5 {
            let sizes = [3] + Array(repeating: 5, count: depth - 1) + [4]
            let activations = (0..<(depth - 1)).map { hidden[$0 % hidden.count] }
            var attempt = seed
            while true {
                if let row = try network(sizes: sizes, activations: activations, loss: losses[depth - 1],
                                         batch: 4, seed: attempt) {
                    rows.append(row)
                    break
                }
                attempt &+= 1
            }
        }
        return rows
    }
}
