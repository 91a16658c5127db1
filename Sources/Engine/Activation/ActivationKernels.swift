import Foundation
import NeuralNet
import Tensors

/// The engine's activations: the lesson's ``Activation/forward(_:)`` and ``Activation/backward(_:at:)``
/// (exact, through `Double`) computed faster. Forward is the lesson's except for tanh and ReLU in
/// `Float`, which get loops without a per-value conversion to `Double` (tanh through a rational
/// approximation, below). Backward uses the derivative written with the layer's output
/// y = σ(z), which needs no second exponential (Apprentissage profond ≈ slide 61):
///
///     tanh′ = 1 − y²,   sigmoid′ = y(1 − y),   ReLU′ = 1 if y > 0 else 0,
///     leaky ReLU′ = 1 if y > 0 else α,   identity′ = 1.
///
/// `Float` tanh: Eigen's rational approximation p(z)/q(z) (odd degree 13 over even degree 6)
/// on z clamped to ±7.905 — within 4·10⁻⁷ of tanh, a few units of the last place of `Float` (the tests compare it
/// with `Foundation.tanh` in `Double`), and faster than the library call. `Double` keeps the
/// library's tanh, so that gradient checks see the exact function.
public enum ActivationKernels {
    /// y = σ(z).
    @inlinable
    public static func forward<Scalar: TensorScalar>(_ activation: Activation, _ z: Tensor<Scalar>) -> Tensor<Scalar> {
        guard Scalar.self == Float.self, activation == .tanh || activation == .relu else { return activation.forward(z) }
        var y = z
        y.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: Float.self) { values in
                if activation == .relu {
                    for i in 0..<values.count { values[i] = Swift.max(values[i], 0) }
                } else {
                    for i in 0..<values.count { values[i] = tanhApproximation(values[i]) }
                }
            }
        }
        return y
    }

    /// ∂L/∂z = σ′ ⊙ ∂L/∂y, σ′ written with the output y.
    /// - Throws: ``TensorError/shapeMismatch(operation:_:_:)`` when g and y differ in shape.
    @inlinable
    public static func backward<Scalar: TensorScalar>(_ activation: Activation, _ g: Tensor<Scalar>,
                                                      output y: Tensor<Scalar>) throws -> Tensor<Scalar> {
        guard g.shape == y.shape else {
            throw TensorError.shapeMismatch(operation: "activation backward (∂L/∂y and y)", y.shape, g.shape)
        }
        var result = g
        result.withUnsafeMutableBufferPointer { out in
            y.withUnsafeBufferPointer { ys in
                switch activation {
                case .identity: break
                case .tanh: for i in 0..<out.count { out[i] *= 1 - ys[i] * ys[i] }
                case .sigmoid: for i in 0..<out.count { out[i] *= ys[i] * (1 - ys[i]) }
                case .relu: for i in 0..<out.count where !(ys[i] > 0) { out[i] = 0 }
                case let .leakyReLU(slope):
                    let alpha = Scalar(slope)
                    for i in 0..<out.count where !(ys[i] > 0) { out[i] *= alpha }
                }
            }
        }
        return result
    }

    /// tanh(z) ≈ p(z)/q(z) for `Float` (Eigen's `generic_fast_tanh_float`).
    @inlinable
    public static func tanhApproximation(_ value: Float) -> Float {
        let z = Swift.min(Swift.max(value, -7.905_311_1), 7.905_311_1)
        if abs(z) < 0.0004 { return z }
        let z2 = z * z
        var p: Float = -2.760_768_5e-16
        p = p * z2 + 2.000_187_9e-13
        p = p * z2 - 8.604_671_5e-11
        p = p * z2 + 5.122_297e-08
        p = p * z2 + 1.485_722_4e-05
        p = p * z2 + 6.372_619_3e-04
        p = p * z2 + 4.893_524_6e-03
        var q: Float = 1.198_258_4e-06
        q = q * z2 + 1.185_347_1e-04
        q = q * z2 + 2.268_434_6e-03
        q = q * z2 + 4.893_525_2e-03
        return z * p / q
    }
}
