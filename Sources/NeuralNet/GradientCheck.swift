import Tensors

/// Checking a backward pass against the definition of the derivative, in `Double`.
///
/// The numerical gradient uses central differences, one coordinate at a time:
///
///     ∂f/∂θᵢ ≈ (f(θ + h·eᵢ) − f(θ − h·eᵢ)) / 2h
///
/// (truncation error O(h²), rounding error O(ε/h); h = 10⁻⁶ balances them for `Double`). The
/// analytic and numerical gradients are compared by the norm-wise relative error
///
///     ‖g_analytic − g_numerical‖₂ / max(‖g_analytic‖₂, ‖g_numerical‖₂, floor)
///
/// which is ~10⁻⁹ or below for a correct backward pass on smooth functions and O(1) for a wrong
/// one (cs231n's `gradient_check.py` uses the element-wise form; the norm-wise one does not blow
/// up on coordinates whose gradient is nearly zero). The floor (10⁻², like the absolute tolerance
/// of PyTorch's `gradcheck`) makes gradients smaller than it compare absolutely: a gradient that
/// is exactly zero (a dead ReLU path) against its central difference, rounding noise of ~10⁻¹⁰,
/// would otherwise give a relative error of 1. To check a layer y = f(x) whose backward
/// maps an upstream gradient g to the input gradient, take the scalar `Σᵢ rᵢ·yᵢ` for a random
/// r: its gradient with respect to x is exactly `backward(r)`.
public enum GradientCheck {
    /// The default central-difference step h.
    public static let defaultStep = 1e-6
    /// The default floor of the relative error's denominator.
    public static let defaultFloor = 1e-2

    /// The central-difference gradient of `f` at `point`, one evaluation pair per coordinate.
    public static func numericalGradient(
        at point: Tensor<Double>, step h: Double = defaultStep,
        of f: (Tensor<Double>) throws -> Double
    ) rethrows -> Tensor<Double> {
        var gradient = point
        var probe = point
        for i in 0..<point.count {
            let original = point.scalars[i]
            probe[offset: i] = original + h
            let above = try f(probe)
            probe[offset: i] = original - h
            let below = try f(probe)
            probe[offset: i] = original
            gradient[offset: i] = (above - below) / (2 * h)
        }
        return gradient
    }

    /// ‖a − b‖₂ / max(‖a‖₂, ‖b‖₂, floor).
    /// - Throws: ``TensorError/shapeMismatch(operation:_:_:)`` when the shapes differ.
    public static func relativeError(_ a: Tensor<Double>, _ b: Tensor<Double>,
                                     floor: Double = defaultFloor) throws -> Double {
        let difference = try a - b
        return norm(difference) / Swift.max(norm(a), norm(b), floor)
    }

    /// Compares an analytic gradient with the numerical gradient of `f` at `point`.
    public static func compare(
        analytic: Tensor<Double>, at point: Tensor<Double>, step h: Double = defaultStep,
        of f: (Tensor<Double>) throws -> Double
    ) throws -> GradientComparison {
        let numerical = try numericalGradient(at: point, step: h, of: f)
        return GradientComparison(analytic: analytic, numerical: numerical,
                                  relativeError: try relativeError(analytic, numerical))
    }

    /// The Euclidean norm √(Σ xᵢ²).
    static func norm(_ x: Tensor<Double>) -> Double {
        x.scalars.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }
}

/// The outcome of one gradient check: both gradients and their relative error.
public struct GradientComparison: Sendable {
    /// The gradient computed by the backward pass.
    public let analytic: Tensor<Double>
    /// The central-difference gradient.
    public let numerical: Tensor<Double>
    /// ‖analytic − numerical‖₂ / max(‖analytic‖₂, ‖numerical‖₂, 10⁻²).
    public let relativeError: Double
}
