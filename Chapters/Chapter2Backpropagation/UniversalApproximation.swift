import Foundation
import NeuralNet
import Tensors

/// The universal approximation theorem at work (Apprentissage profond ≈ slide 20: one hidden
/// layer, f(x) = Σᵢ αᵢσ(wᵢᵀx + wᵢ₀), is dense in the continuous functions — Cybenko 1989,
/// Hornik 1991): sin(2πx) on [−1, 1] fitted by tanh networks with 2, 5 and 20 hidden units. The
/// theorem says nothing of how many units a given accuracy needs; the measurement shows the
/// error falling as units are added.
public enum UniversalApproximation {
    /// The hidden-layer widths compared.
    public static let widths = [2, 5, 20]

    /// One trained network and how well it fits.
    public struct Fit: Sendable {
        public let hidden: Int
        public let model: MLP<Double>
        /// The seed of the best of the restarts.
        public let seed: UInt64
        /// Root-mean-square error against sin(2πx) on 201 evenly spaced points of [−1, 1].
        public let rmse: Double
        public let history: [EpochRecord]
    }

    /// The points where the fits are measured and drawn.
    public static let grid: [Double] = (0...200).map {
        ToyProblem.sineDomain.lowerBound + Double($0) / 200 * (ToyProblem.sineDomain.upperBound - ToyProblem.sineDomain.lowerBound)
    }

    /// Trains a network with `hidden` tanh units on `examples` samples of the sine (full batch,
    /// Adam, μ = 0.02) from each seed, and keeps the best fit: the capacity of a width is what
    /// its best training reaches (a restart stuck in a poor local minimum says nothing of it).
    public static func fit(hidden: Int, epochs: Int, examples: Int = 32, seeds: [UInt64] = [1, 2, 3]) throws -> Fit {
        var best: Fit?
        for seed in seeds {
            var experiment = MLPExperiment(problem: .sine)
            experiment.hidden = [hidden]
            experiment.epochs = epochs
            experiment.examples = examples
            experiment.batchSize = examples
            experiment.learningRate = 0.02
            experiment.seed = seed
            let outcome = try experiment.run()
            let predicted = try outcome.model.predict(Tensor(shape: [grid.count, 1], scalars: grid)).scalars
            let squared = zip(grid, predicted).reduce(0.0) { sum, point in
                let error = point.1 - ToyProblem.sineTarget(point.0)
                return sum + error * error
            }
            let fit = Fit(hidden: hidden, model: outcome.model, seed: seed,
                          rmse: (squared / Double(grid.count)).squareRoot(), history: outcome.history)
            if fit.rmse < best?.rmse ?? .infinity { best = fit }
        }
        guard let best else { throw TrainingError.invalidSettings("the approximation needs at least one seed") }
        return best
    }
}
