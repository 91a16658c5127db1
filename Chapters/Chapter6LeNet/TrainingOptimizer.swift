import NeuralNet

/// The update rule of a chapter-6 training run: plain SGD (IFT 780 slides 6–9), momentum
/// (Polyak's heavy ball, chapter 1) or Adam (Görner's choice, Pasco slides 44–48; the default).
/// Each moves the weights with the run's learning rate μ.
public enum TrainingOptimizer: Sendable, Equatable {
    /// θ ← θ − μ∇J.
    case sgd
    /// v ← βv − μ∇J, θ ← θ + v, with β given.
    case momentum(Double)
    /// Adam with the paper's β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸.
    case adam

    /// The names `cnnlab train --optimizer` takes.
    public static let names = ["sgd", "momentum", "adam"]

    /// The rule named `name` (`momentum` with β = `momentum`), or nil for an unknown name.
    public init?(name: String, momentum: Double = 0.9) {
        switch name {
        case "sgd": self = .sgd
        case "momentum": self = .momentum(momentum)
        case "adam": self = .adam
        default: return nil
        }
    }

    /// Its name: sgd, momentum, adam.
    public var name: String {
        switch self {
        case .sgd: "sgd"
        case .momentum: "momentum"
        case .adam: "adam"
        }
    }

    /// β for momentum, nil for the others.
    public var momentum: Double? {
        if case let .momentum(beta) = self { beta } else { nil }
    }
}
