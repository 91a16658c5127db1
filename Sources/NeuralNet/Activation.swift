import Foundation
import Tensors

/// The activation functions of a layer, x = σ(z) applied to each component of z, with the
/// derivatives of the deck's table ("Dérivées usuelles", Apprentissage profond ≈ slide 61):
///
/// | name    | σ(z)                         | σ′(z)                         |
/// |---------|------------------------------|-------------------------------|
/// | sigmoid | 1 / (1 + e^−z)               | σ(z)·(1 − σ(z))               |
/// | tanh    | (e^z − e^−z) / (e^z + e^−z)  | 1 / cosh²(z)                  |
/// | ReLU    | max(0, z)                    | 1 if z > 0, else 0            |
///
/// plus the identity (the regression output, ≈ slide 22) and the leaky ReLU
/// (max(αz, z), derivative 1 if z > 0 else α), which the pooling chapter uses too. At z = 0 the
/// ReLU derivative is 0, as the table says ("1 si z > 0, sinon 0").
public enum Activation: Hashable, Sendable {
    case identity
    case sigmoid
    case tanh
    case relu
    /// max(slope·z, z) with a small slope (0.01 is the usual choice).
    case leakyReLU(slope: Double)

    /// The activations drawn in the deck's table, plus the leaky ReLU.
    public static let table: [Activation] = [.sigmoid, .tanh, .relu, .leakyReLU(slope: 0.01)]

    /// The activation named `name` on a command line: identity, sigmoid, tanh, relu, leaky-relu.
    public init?(name: String) {
        switch name.lowercased() {
        case "identity": self = .identity
        case "sigmoid": self = .sigmoid
        case "tanh": self = .tanh
        case "relu": self = .relu
        case "leaky-relu", "leakyrelu": self = .leakyReLU(slope: 0.01)
        default: return nil
        }
    }

    /// The short name used on the command line and in figures.
    public var name: String {
        switch self {
        case .identity: "identity"
        case .sigmoid: "sigmoid"
        case .tanh: "tanh"
        case .relu: "relu"
        case .leakyReLU: "leaky-relu"
        }
    }

    /// σ(z) as the deck's table writes it.
    public var formula: String {
        switch self {
        case .identity: "σ(z) = z"
        case .sigmoid: "σ(z) = 1 / (1 + e⁻ᶻ)"
        case .tanh: "tanh(z) = (eᶻ − e⁻ᶻ) / (eᶻ + e⁻ᶻ)"
        case .relu: "ReLU(z) = max(0, z)"
        case let .leakyReLU(slope): "max(\(slope)·z, z)"
        }
    }

    /// σ′(z) as the deck's table writes it.
    public var derivativeFormula: String {
        switch self {
        case .identity: "σ′(z) = 1"
        case .sigmoid: "σ′(z) = σ(z)·(1 − σ(z))"
        case .tanh: "tanh′(z) = 1 / cosh²(z)"
        case .relu: "ReLU′(z) = 1 if z > 0, else 0"
        case let .leakyReLU(slope): "1 if z > 0, else \(slope)"
        }
    }

    /// σ(z) for one number. The sigmoid is evaluated on the side where the exponential cannot
    /// overflow (e^−z for z ≥ 0, e^z otherwise).
    @inlinable
    public func value(_ z: Double) -> Double {
        switch self {
        case .identity: return z
        case .sigmoid:
            if z >= 0 { return 1 / (1 + exp(-z)) }
            let e = exp(z)
            return e / (1 + e)
        case .tanh: return Foundation.tanh(z)
        case .relu: return z > 0 ? z : 0
        case let .leakyReLU(slope): return z > 0 ? z : slope * z
        }
    }

    /// σ′(z) for one number, by the deck's formulas.
    @inlinable
    public func derivative(_ z: Double) -> Double {
        switch self {
        case .identity: return 1
        case .sigmoid:
            let s = value(z)
            return s * (1 - s)
        case .tanh:
            let c = cosh(z)
            return 1 / (c * c)
        case .relu: return z > 0 ? 1 : 0
        case let .leakyReLU(slope): return z > 0 ? 1 : slope
        }
    }

    /// x = σ(z), component by component (any shape).
    @inlinable
    public func forward<Scalar: TensorScalar>(_ z: Tensor<Scalar>) -> Tensor<Scalar> {
        if self == .identity { return z }
        return z.map { Scalar(value(Double($0))) }
    }

    /// The backward rule δ = σ′(z) ⊙ g: the gradient with respect to z from the gradient `g`
    /// with respect to x = σ(z) (the deck's δ_ℓ = σ′(z_ℓ) ⊙ ∂J/∂x_ℓ, ≈ slides 47 and 60).
    /// - Throws: ``TensorError/shapeMismatch(operation:_:_:)`` when z and g differ in shape.
    @inlinable
    public func backward<Scalar: TensorScalar>(_ upstream: Tensor<Scalar>,
                                               at z: Tensor<Scalar>) throws -> Tensor<Scalar> {
        if self == .identity {
            guard upstream.shape == z.shape else {
                throw TensorError.shapeMismatch(operation: "activation backward", z.shape, upstream.shape)
            }
            return upstream
        }
        return try z.zipMap(upstream, operation: "activation backward") { zi, gi in
            Scalar(derivative(Double(zi))) * gi
        }
    }
}
