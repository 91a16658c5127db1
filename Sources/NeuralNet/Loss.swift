import Foundation
import Tensors

/// The output layer's activation φ and the loss J that goes with it, as the deck pairs them
/// (Apprentissage profond ≈ slides 22–24, 48–53):
///
/// | case                   | ŷ = φ(z)       | J(ŷ, y)                          | δ = ∂J/∂z |
/// |------------------------|----------------|----------------------------------|-----------|
/// | `squaredError`         | z (identity)   | ½‖ŷ − y‖²                        | ŷ − y     |
/// | `softmaxCrossEntropy`  | softmax(z)     | −Σᵢ yᵢ log ŷᵢ                    | ŷ − y     |
/// | `sigmoidCrossEntropy`  | 1/(1 + e^−z)   | −Σᵢ yᵢ log ŷᵢ + (1−yᵢ) log(1−ŷᵢ) | ŷ − y     |
///
/// The ½ of the squared error is a choice the deck makes on ≈ slide 48 (its ≈ slide 22 writes
/// ‖ŷ − y‖² without it, whose gradient would be 2(ŷ − y)): with it every pairing gives the same
/// δ = ŷ − y. The cross-entropies are computed from the scores z, never from ŷ: log ŷᵢ =
/// zᵢ − LSE(z) for the softmax and log σ(z) = −(max(−z, 0) + log(1 + e^−|z|)) for the sigmoid,
/// so that no logarithm of 0 appears however large the scores are.
///
/// On a batch (N rows) the loss is the mean (1/N)·Σₙ J(ŷₙ, yₙ) and its gradient has rows
/// (ŷₙ − yₙ)/N: the (μ/#B)·Σ(ŷ − y)xᵀ update of ≈ slides 51 and 54.
public enum Loss: String, Sendable, CaseIterable {
    /// Identity output and J = ½‖ŷ − y‖² (regression).
    case squaredError
    /// Softmax output and J = −Σ yᵢ log ŷᵢ (C classes, one-hot targets).
    case softmaxCrossEntropy
    /// Sigmoid outputs and the binary cross-entropy of each (independent yes/no labels).
    case sigmoidCrossEntropy

    /// The loss's name, for tables and figures.
    public var name: String {
        switch self {
        case .squaredError: "½ squared error"
        case .softmaxCrossEntropy: "cross-entropy"
        case .sigmoidCrossEntropy: "binary cross-entropy"
        }
    }

    /// The output activation's name, for tables and figures.
    public var outputName: String {
        switch self {
        case .squaredError: "identity"
        case .softmaxCrossEntropy: "softmax"
        case .sigmoidCrossEntropy: "sigmoid"
        }
    }

    /// ŷ = φ(z) for a vector of scores or a batch of rows.
    @inlinable
    public func output<Scalar: TensorScalar>(_ scores: Tensor<Scalar>) throws -> Tensor<Scalar> {
        switch self {
        case .squaredError: return scores
        case .softmaxCrossEntropy: return try Softmax.probabilities(scores)
        case .sigmoidCrossEntropy: return Activation.sigmoid.forward(scores)
        }
    }

    /// The mean over the batch of J(φ(zₙ), yₙ), from the scores z (N, C) and targets y (N, C).
    /// - Throws: ``TensorError`` when the shapes differ, or when a softmax target row does not
    ///   sum to 1 (δ = ŷ − y needs Σᵢ yᵢ = 1).
    @inlinable
    public func value<Scalar: TensorScalar>(scores: Tensor<Scalar>, targets: Tensor<Scalar>) throws -> Double {
        let (rows, columns) = try validate(scores: scores, targets: targets)
        let z = scores.scalars, y = targets.scalars
        var total = 0.0
        for n in 0..<rows {
            let base = n &* columns
            switch self {
            case .squaredError:
                for i in base..<(base &+ columns) {
                    let e = Double(z[i]) - Double(y[i])
                    total += 0.5 * e * e
                }
            case .softmaxCrossEntropy:
                // −Σ yᵢ (zᵢ − LSE) = LSE − Σ yᵢ zᵢ when Σ yᵢ = 1
                total += Softmax.logSumExp(z[base..<(base &+ columns)])
                for i in base..<(base &+ columns) { total -= Double(y[i]) * Double(z[i]) }
            case .sigmoidCrossEntropy:
                // −y log σ(z) − (1 − y) log(1 − σ(z)) = max(z, 0) − y·z + log(1 + e^−|z|)
                for i in base..<(base &+ columns) {
                    let zi = Double(z[i])
                    total += Swift.max(zi, 0) - Double(y[i]) * zi + log1p(exp(-abs(zi)))
                }
            }
        }
        return rows == 0 ? 0 : total / Double(rows)
    }

    /// δ_L = ∂J/∂z of the batch mean: rows (ŷₙ − yₙ)/N, the shortcut of ≈ slides 50 and 53.
    @inlinable
    public func delta<Scalar: TensorScalar>(scores: Tensor<Scalar>, targets: Tensor<Scalar>) throws -> Tensor<Scalar> {
        let (rows, _) = try validate(scores: scores, targets: targets)
        let scale = Scalar(1) / Scalar(Swift.max(rows, 1))
        return try output(scores).zipMap(targets, operation: "loss delta") { ($0 - $1) * scale }
    }

    /// ∂J/∂ŷ for one example — the first factor of the deck's long way δ = φ′(z) applied to
    /// ∂J/∂ŷ (≈ slides 47, 52): ŷ − y for the squared error, −yᵢ/ŷᵢ for the softmax
    /// cross-entropy, −yᵢ/ŷᵢ + (1 − yᵢ)/(1 − ŷᵢ) for the binary one.
    public func outputGradient(prediction: [Double], target: [Double]) -> [Double] {
        zip(prediction, target).map { p, y in
            switch self {
            case .squaredError: p - y
            case .softmaxCrossEntropy: -y / p
            case .sigmoidCrossEntropy: -y / p + (1 - y) / (1 - p)
            }
        }
    }

    /// The fraction of examples classified right: argmax of the scores against argmax of the
    /// one-hot target (softmax), or every output on the right side of ½ (sigmoid). `nil` for
    /// regression, which has no classes.
    @inlinable
    public func accuracy<Scalar: TensorScalar>(scores: Tensor<Scalar>, targets: Tensor<Scalar>) throws -> Double? {
        let (rows, columns) = try validate(scores: scores, targets: targets)
        guard rows > 0, self != .squaredError else { return nil }
        let z = scores.scalars, y = targets.scalars
        var right = 0
        for n in 0..<rows {
            let row = (n &* columns)..<((n &+ 1) &* columns)
            switch self {
            case .squaredError: break
            case .softmaxCrossEntropy:
                if z[row].indices.max(by: { z[$0] < z[$1] }) == y[row].indices.max(by: { y[$0] < y[$1] }) {
                    right += 1
                }
            case .sigmoidCrossEntropy:
                if row.allSatisfy({ (z[$0] > 0) == (y[$0] > Scalar(0.5)) }) { right += 1 }
            }
        }
        return Double(right) / Double(rows)
    }

    @inlinable
    func validate<Scalar: TensorScalar>(scores: Tensor<Scalar>,
                                                targets: Tensor<Scalar>) throws -> (rows: Int, columns: Int) {
        guard scores.shape == targets.shape else {
            throw TensorError.shapeMismatch(operation: "loss (scores and targets)", scores.shape, targets.shape)
        }
        let (rows, columns) = try scores.batchShape(role: "scores")
        if self == .softmaxCrossEntropy {
            let y = targets.scalars
            for n in 0..<rows {
                let sum = y[(n &* columns)..<((n &+ 1) &* columns)].reduce(0.0) { $0 + Double($1) }
                guard abs(sum - 1) < 1e-4 else {
                    throw TensorError.invalidArgument(
                        "softmax cross-entropy needs target rows that sum to 1, row \(n) sums to \(sum)")
                }
            }
        }
        return (rows, columns)
    }
}
