import Tensors

/// A least-squares problem to train on (002 ≈ slides 48–51, "application à la régression"):
/// N examples xₙ ∈ ℝᵈ with targets yₙ = w*·xₙ + b* + σεₙ (xₙ and εₙ standard normal, seeded),
/// and the model ŷ = w·x + b with θ = (w₁, …, w_d, b) and the loss
/// J(θ) = 1/(2N) Σₙ (ŷₙ − yₙ)², whose gradient on one example is (ŷ − y)(x, 1) (002 ≈ slide 50).
public struct LinearRegressionProblem: Sendable {
    /// N×d features, row-major.
    public let features: [Double]
    /// The N targets.
    public let targets: [Double]
    /// N.
    public let count: Int
    /// d.
    public let featureCount: Int
    /// (w*, b*), the parameters the data were generated from.
    public let generatingParameters: [Double]

    /// N examples from the weights w* and bias b*, with Gaussian noise of standard deviation σ.
    public static func generate(count: Int, weights: [Double], bias: Double, noise sigma: Double,
                                seed: UInt64) throws -> LinearRegressionProblem {
        guard count > weights.count else {
            throw OptimizationError.invalidParameter(
                "a regression on \(weights.count) features needs more than \(weights.count) examples, got \(count)")
        }
        guard !weights.isEmpty, sigma >= 0, sigma.isFinite, bias.isFinite, weights.allSatisfy(\.isFinite) else {
            throw OptimizationError.invalidParameter(
                "a regression needs finite weights (at least one) and a noise σ ≥ 0, got \(weights.count) weights and σ = \(sigma)")
        }
        var generator = SeededGenerator(seed: seed)
        let d = weights.count
        var features = [Double](repeating: 0, count: count * d)
        var targets = [Double](repeating: 0, count: count)
        for n in 0..<count {
            var y = bias
            for j in 0..<d {
                let x = generator.gaussian()
                features[n * d + j] = x
                y += weights[j] * x
            }
            targets[n] = y + sigma * generator.gaussian()
        }
        return LinearRegressionProblem(features: features, targets: targets, count: count,
                                       featureCount: d, generatingParameters: weights + [bias])
    }

    /// ŷₙ − yₙ for θ = (w, b).
    @inline(__always)
    func residual(_ n: Int, _ theta: [Double]) -> Double {
        let d = featureCount
        var prediction = theta[d]
        for j in 0..<d { prediction += theta[j] * features[n &* d &+ j] }
        return prediction - targets[n]
    }

    /// J(θ) = 1/(2N) Σₙ (ŷₙ − yₙ)².
    public func loss(_ theta: [Double]) -> Double {
        var sum = 0.0
        for n in 0..<count {
            let r = residual(n, theta)
            sum += r * r
        }
        return sum / Double(2 * count)
    }

    /// ∇J(θ) = 1/N Σₙ (ŷₙ − yₙ)(xₙ, 1): the full-batch gradient.
    public func gradient(_ theta: [Double]) -> [Double] {
        var g = [Double](repeating: 0, count: featureCount + 1)
        addGradient(of: 0..<count, at: theta, into: &g)
        return g.map { $0 / Double(count) }
    }

    /// Adds Σ_{n∈B} (ŷₙ − yₙ)(xₙ, 1) to `g`.
    func addGradient<Batch: Sequence<Int>>(of batch: Batch, at theta: [Double], into g: inout [Double]) {
        let d = featureCount
        for n in batch {
            let r = residual(n, theta)
            for j in 0..<d { g[j] += r * features[n &* d &+ j] }
            g[d] += r
        }
    }

    /// The least-squares solution θ̂ = argmin J: the normal equations AᵀA θ = Aᵀy with A = [X | 1],
    /// solved by Gaussian elimination with partial pivoting. Throws when AᵀA is singular (the
    /// features are collinear).
    public func leastSquaresSolution() throws -> [Double] {
        let m = featureCount + 1
        var system = [[Double]](repeating: [Double](repeating: 0, count: m + 1), count: m)
        for n in 0..<count {
            let row = (0..<featureCount).map { features[n * featureCount + $0] } + [1]
            for i in 0..<m {
                for j in 0..<m { system[i][j] += row[i] * row[j] }
                system[i][m] += row[i] * targets[n]
            }
        }
        for column in 0..<m {
            let pivot = (column..<m).max { abs(system[$0][column]) < abs(system[$1][column]) } ?? column
            guard abs(system[pivot][column]) > 1e-12 * Double(count) else {
                throw OptimizationError.invalidParameter("the regression's features are collinear: AᵀA is singular")
            }
            system.swapAt(column, pivot)
            for row in (column + 1)..<m {
                let factor = system[row][column] / system[column][column]
                for j in column...m { system[row][j] -= factor * system[column][j] }
            }
        }
        var theta = [Double](repeating: 0, count: m)
        for i in stride(from: m - 1, through: 0, by: -1) {
            let known = ((i + 1)..<m).reduce(0) { $0 + system[i][$1] * theta[$1] }
            theta[i] = (system[i][m] - known) / system[i][i]
        }
        return theta
    }
}
