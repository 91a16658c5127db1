import Foundation
import Tensors

/// The softmax output of a C-class classifier (Apprentissage profond ≈ slide 23):
///
///     ŷᵢ = exp(zᵢ) / Σⱼ exp(zⱼ)
///
/// computed as exp(zᵢ − m) / Σⱼ exp(zⱼ − m) with m = maxⱼ zⱼ, which is the same value and never
/// overflows; its logarithm log ŷᵢ = zᵢ − LSE(z) uses the log-sum-exp
/// LSE(z) = m + log Σⱼ exp(zⱼ − m), finite for every finite z.
public enum Softmax {
    /// Row-wise softmax of a vector (C) or of a batch (N, C).
    @inlinable
    public static func probabilities<Scalar: TensorScalar>(_ z: Tensor<Scalar>) throws -> Tensor<Scalar> {
        let (rows, columns) = try z.batchShape(role: "softmax input")
        var result = z
        for n in 0..<rows {
            let row = (n * columns)..<((n + 1) * columns)
            let m = Double(z.scalars[row].max() ?? 0)
            var total = 0.0
            for i in row {
                let e = exp(Double(result[offset: i]) - m)
                result[offset: i] = Scalar(e)
                total += e
            }
            for i in row { result[offset: i] = Scalar(Double(result[offset: i]) / total) }
        }
        return result
    }

    /// LSE(z) = m + log Σⱼ exp(zⱼ − m), m = max z: log Σ exp without overflow.
    @inlinable
    public static func logSumExp<C: Collection>(_ z: C) -> Double where C.Element: BinaryFloatingPoint {
        guard let largest = z.max() else { return -.infinity }
        let m = Double(largest)
        var total = 0.0
        for value in z { total += exp(Double(value) - m) }
        return m + log(total)
    }

    /// The Jacobian ∂ŷₚ/∂zⱼ = ŷⱼ(1 − ŷⱼ) if p = j, else −ŷₚŷⱼ (≈ slide 52), a C × C matrix.
    public static func jacobian(_ z: [Double]) throws -> Tensor<Double> {
        let y = try probabilities(Tensor(z)).scalars
        return try Tensor(shape: [z.count, z.count]) { index in
            let (p, j) = (index[0], index[1])
            return p == j ? y[j] * (1 - y[j]) : -y[p] * y[j]
        }
    }

    /// The long way through the softmax: δⱼ = Σₚ ∂J/∂ŷₚ · ∂ŷₚ/∂zⱼ, the Jacobian applied to the
    /// gradient `upstream` = ∂J/∂ŷ (≈ slide 53, before the shortcut δ = ŷ − y).
    public static func backward(_ upstream: [Double], scores z: [Double]) throws -> [Double] {
        guard upstream.count == z.count else {
            throw TensorError.shapeMismatch(operation: "softmax backward", [z.count], [upstream.count])
        }
        let jacobian = try jacobian(z)
        return try Tensor.matmul(jacobian, Tensor(shape: [z.count, 1], scalars: upstream),
                                 transposeA: true).scalars
    }
}
