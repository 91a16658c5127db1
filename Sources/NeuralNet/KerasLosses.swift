import Foundation

/// The three losses of FIDLE's "keep in mind" slide (sequence 7, OCR l. 196–238), as Keras
/// defines them: on probabilities ŷ (not scores), averaged over the components.
///
///     BCE = −(1/n) Σᵢ yᵢ log ŷᵢ + (1 − yᵢ) log(1 − ŷᵢ)
///     CCE = −Σᵢ yᵢ log ŷᵢ
///     MSE = (1/n) Σᵢ (ŷᵢ − yᵢ)²            (no ½ here, unlike ``Loss/squaredError``)
///
/// Training uses ``Loss`` instead, which starts from the scores and never takes log 0.
public enum KerasLoss {
    /// Binary cross-entropy of independent yes/no labels.
    public static func binaryCrossEntropy(target y: [Double], prediction p: [Double]) -> Double {
        -zip(y, p).reduce(0) { $0 + $1.0 * log($1.1) + (1 - $1.0) * log(1 - $1.1) } / Double(y.count)
    }

    /// Categorical cross-entropy of a one-hot (or probability) target.
    public static func categoricalCrossEntropy(target y: [Double], prediction p: [Double]) -> Double {
        -zip(y, p).reduce(0) { $0 + $1.0 * log($1.1) }
    }

    /// Mean squared error.
    public static func meanSquaredError(target y: [Double], prediction p: [Double]) -> Double {
        zip(y, p).reduce(0) { $0 + ($1.1 - $1.0) * ($1.1 - $1.0) } / Double(y.count)
    }
}
