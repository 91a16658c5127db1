import Foundation
import Tensors

/// How a layer's weights are drawn before training ("initialisation aléatoire de W (petites
/// valeurs)", Apprentissage profond ≈ slides 51, 54). Biases start at zero. The scale follows the
/// layer's fan-in m and fan-out n so that signals keep their size through a deep stack:
///
/// - Glorot/Xavier uniform (Glorot & Bengio, 2010): U(−a, a) with a = √(6 / (m + n)), for
///   sigmoid and tanh;
/// - He normal (He et al., 2015): N(0, 2/m), for ReLU and its leaky variant;
/// - a plain Gaussian N(0, σ²).
public enum Initialization: Hashable, Sendable {
    case glorotUniform
    case heNormal
    case gaussian(standardDeviation: Double)

    /// The usual choice for a layer followed by `activation`.
    public static func suited(to activation: Activation) -> Initialization {
        switch activation {
        case .relu, .leakyReLU: .heNormal
        case .identity, .sigmoid, .tanh: .glorotUniform
        }
    }

    /// Weights of the given shape for a layer with `fanIn` inputs and `fanOut` outputs per
    /// weight, drawn from `generator`.
    public func weights<Scalar: TensorScalar>(shape: [Int], fanIn: Int, fanOut: Int,
                                              using generator: inout SeededGenerator) throws -> Tensor<Scalar> {
        switch self {
        case .glorotUniform:
            let a = (6 / Double(Swift.max(fanIn + fanOut, 1))).squareRoot()
            return try .uniform(shape: shape, low: Scalar(-a), high: Scalar(a), using: &generator)
        case .heNormal:
            let sigma = (2 / Double(Swift.max(fanIn, 1))).squareRoot()
            return try .gaussian(shape: shape, standardDeviation: Scalar(sigma), using: &generator)
        case let .gaussian(sigma):
            return try .gaussian(shape: shape, standardDeviation: Scalar(sigma), using: &generator)
        }
    }
}
