import Foundation
import Tensors

/// A rule that moves parameters against their gradients. Backward passes only compute
/// gradients; an optimizer is the one place where weights change.
///
/// An optimizer sees one parameter tensor at a time with its gradient and its name
/// (`conv1.weight`, PyTorch's `state_dict` name), under which momentum and Adam keep their
/// running averages from step to step. Any model — the MLP, a convolutional network, the RNN —
/// drives it the same way.
public protocol Optimizer<Scalar> {
    associatedtype Scalar: TensorScalar
    /// μ, the step size ("learning rate", "pas d'apprentissage"); a schedule may change it
    /// between epochs (IFT 780 slide 6: sometimes η = cst/k).
    var learningRate: Double { get set }
    /// θ ← θ − (step computed from ∇θ and the state kept under the parameter's name).
    /// - Throws: ``TensorError/shapeMismatch(operation:_:_:)`` when the gradient's shape is not
    ///   the parameter's (or not the shape the parameter had before).
    mutating func update(_ parameter: inout Tensor<Scalar>, gradient: Tensor<Scalar>, name: String) throws
}

/// Checks that a gradient fits its parameter.
@inlinable
func checkGradient<Scalar>(_ gradient: Tensor<Scalar>, fits parameter: Tensor<Scalar>, name: String) throws {
    guard gradient.shape == parameter.shape else {
        throw TensorError.shapeMismatch(operation: "optimizer update of \(name) (parameter and gradient)",
                                        parameter.shape, gradient.shape)
    }
}

/// Plain (mini-batch stochastic) gradient descent, θ ← θ − μ∇J (Apprentissage profond
/// ≈ slide 31; IFT 780 slides 6–9).
public struct SGD<Scalar: TensorScalar>: Optimizer {
    /// μ, the step size.
    public var learningRate: Double

    /// Plain SGD with step μ = `learningRate`.
    @inlinable
    public init(learningRate: Double) { self.learningRate = learningRate }

    /// One step on `parameter`; see the type's formula.
    @inlinable
    public mutating func update(_ parameter: inout Tensor<Scalar>, gradient: Tensor<Scalar>, name: String) throws {
        try checkGradient(gradient, fits: parameter, name: name)
        let mu = Scalar(learningRate)
        for i in 0..<parameter.count { parameter[offset: i] -= mu * gradient[offset: i] }
    }
}

/// Gradient descent with momentum (Polyak's heavy ball): v ← βv − μ∇J, θ ← θ + v. The velocity
/// v remembers past steps, which damps the zig-zag across a narrow valley (beyond the slides;
/// chapter 1 draws it on 2-D functions).
public struct Momentum<Scalar: TensorScalar>: Optimizer {
    /// μ, the step size.
    public var learningRate: Double
    /// β, the fraction of the previous step kept (0.9 is usual).
    public var momentum: Double
    @usableFromInline var velocities: [String: Tensor<Scalar>] = [:]

    /// Momentum with step μ = `learningRate` and β = `momentum`; the velocities start at zero.
    @inlinable
    public init(learningRate: Double, momentum: Double = 0.9) {
        self.learningRate = learningRate
        self.momentum = momentum
    }

    /// One step on `parameter`; see the type's formula.
    @inlinable
    public mutating func update(_ parameter: inout Tensor<Scalar>, gradient: Tensor<Scalar>, name: String) throws {
        try checkGradient(gradient, fits: parameter, name: name)
        var velocity = try velocities.removeValue(forKey: name) ?? Tensor(zeros: parameter.shape)
        try checkGradient(velocity, fits: parameter, name: name)
        let (mu, beta) = (Scalar(learningRate), Scalar(momentum))
        for i in 0..<parameter.count {
            velocity[offset: i] = beta * velocity[offset: i] - mu * gradient[offset: i]
            parameter[offset: i] += velocity[offset: i]
        }
        velocities[name] = velocity
    }
}

/// Adam (Kingma & Ba, 2015): running means of the gradient and of its square, corrected for
/// their start at zero, and a step scaled per coordinate:
///
///     m ← β₁m + (1 − β₁)g,   v ← β₂v + (1 − β₂)g²
///     m̂ = m/(1 − β₁ᵗ),        v̂ = v/(1 − β₂ᵗ)
///     θ ← θ − μ·m̂/(√v̂ + ε)
///
/// t counts the updates of each parameter. Beyond the slides.
public struct Adam<Scalar: TensorScalar>: Optimizer {
    /// μ, the step size.
    public var learningRate: Double
    /// β₁, the decay of the running mean of the gradient.
    public var beta1: Double
    /// β₂, the decay of the running mean of its square.
    public var beta2: Double
    /// ε, which keeps the step finite where v̂ is 0.
    public var epsilon: Double
    @usableFromInline var moments: [String: (step: Int, mean: Tensor<Scalar>, square: Tensor<Scalar>)] = [:]

    /// Adam with the paper's defaults; the moments start at zero.
    @inlinable
    public init(learningRate: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
    }

    /// One step on `parameter`; see the type's formula.
    @inlinable
    public mutating func update(_ parameter: inout Tensor<Scalar>, gradient: Tensor<Scalar>, name: String) throws {
        try checkGradient(gradient, fits: parameter, name: name)
        var (step, mean, square) = try moments.removeValue(forKey: name)
            ?? (0, Tensor(zeros: parameter.shape), Tensor(zeros: parameter.shape))
        try checkGradient(mean, fits: parameter, name: name)
        step += 1
        let (b1, b2) = (Scalar(beta1), Scalar(beta2))
        let correction1 = Scalar(1 - pow(beta1, Double(step)))
        let correction2 = Scalar(1 - pow(beta2, Double(step)))
        let (mu, eps) = (Scalar(learningRate), Scalar(epsilon))
        for i in 0..<parameter.count {
            let g = gradient[offset: i]
            mean[offset: i] = b1 * mean[offset: i] + (1 - b1) * g
            square[offset: i] = b2 * square[offset: i] + (1 - b2) * g * g
            parameter[offset: i] -= mu * (mean[offset: i] / correction1) / ((square[offset: i] / correction2).squareRoot() + eps)
        }
        moments[name] = (step, mean, square)
    }
}

/// Adagrad (Duchi, Hazan & Singer, 2011), as min-char-rnn writes it (IFT 780 slides 235–236):
/// every coordinate keeps the sum of its squared gradients and steps by μ over its square root,
///
///     G ← G + g²,   θ ← θ − μ·g/√(G + ε)
///
/// so that often-updated coordinates slow down and rare ones (the Wxh column of a rare letter)
/// keep large steps. ε = 10⁻⁸ sits inside the square root, as the gist's
/// `np.sqrt(mem + 1e-8)` puts it (Adam, above, adds its ε outside).
public struct Adagrad<Scalar: TensorScalar>: Optimizer {
    /// μ, the step size (0.1 in min-char-rnn).
    public var learningRate: Double
    /// ε, inside the square root.
    public var epsilon: Double
    @usableFromInline var squares: [String: Tensor<Scalar>] = [:]

    /// Adagrad with step μ = `learningRate`; the sums G start at zero.
    @inlinable
    public init(learningRate: Double, epsilon: Double = 1e-8) {
        self.learningRate = learningRate
        self.epsilon = epsilon
    }

    /// One step on `parameter`; see the type's formula.
    @inlinable
    public mutating func update(_ parameter: inout Tensor<Scalar>, gradient: Tensor<Scalar>, name: String) throws {
        try checkGradient(gradient, fits: parameter, name: name)
        var sum = try squares.removeValue(forKey: name) ?? Tensor(zeros: parameter.shape)
        try checkGradient(sum, fits: parameter, name: name)
        let (mu, eps) = (Scalar(learningRate), Scalar(epsilon))
        for i in 0..<parameter.count {
            let g = gradient[offset: i]
            sum[offset: i] += g * g
            parameter[offset: i] -= mu * g / (sum[offset: i] + eps).squareRoot()
        }
        squares[name] = sum
    }
}
