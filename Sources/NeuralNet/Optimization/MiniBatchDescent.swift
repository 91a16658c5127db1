import Tensors

/// The deck's general algorithm for training (002 ≈ slides 39–41, 51; IFT 780 slides 6–9):
///
///     for e = 1 … E:
///       update μ_e; shuffle the training set; split it into mini-batches B₁ … B_K
///       for k = 1 … K:  θ ← θ − (μ_e/#B_k) Σ_{n∈B_k} ∇_θ J(xₙ, yₙ)
///
/// with the decreasing step μ_e = μ₀ / (1 + decay·(e − 1)): decay 0 keeps μ₀, decay 1 is the
/// "cst/k" of IFT 780 slide 6 counted in epochs. A batch size of 1 is stochastic gradient descent
/// (one example per update), a batch size of N is full-batch gradient descent (one update per
/// epoch); the last mini-batch of an epoch is smaller when B does not divide N.
public struct MiniBatchDescent: Sendable {
    /// B, 1 … N.
    public var batchSize: Int
    /// E, the passes over the training set.
    public var epochs: Int
    /// μ₀.
    public var initialStep: Double
    /// The decay of μ_e = μ₀ / (1 + decay·(e − 1)), ≥ 0.
    public var decay: Double
    /// Whether each epoch visits the examples in a new random order.
    public var shuffles: Bool
    /// The seed of the shuffles.
    public var seed: UInt64

    /// Mini-batch descent with the given settings (see the properties).
    public init(batchSize: Int, epochs: Int, initialStep: Double, decay: Double = 1,
                shuffles: Bool = true, seed: UInt64 = 0) {
        self.batchSize = batchSize
        self.epochs = epochs
        self.initialStep = initialStep
        self.decay = decay
        self.shuffles = shuffles
        self.seed = seed
    }

    /// μ_e for epoch e ≥ 1.
    public func step(epoch e: Int) -> Double { initialStep / (1 + decay * Double(e - 1)) }

    /// Trains θ = (w, b) from `start` (zeros by default) on `problem`, recording the full training
    /// loss J(θ) after every update. A loss that stops being finite or grows past 10⁶ × max{1, J(θ₀)}
    /// ends the run as diverged.
    public func train(_ problem: LinearRegressionProblem, from start: [Double]? = nil) throws -> TrainingHistory {
        let theta0 = start ?? [Double](repeating: 0, count: problem.featureCount + 1)
        try validate(problem, start: theta0)
        var generator = SeededGenerator(seed: seed)
        var theta = theta0
        var gradient = [Double](repeating: 0, count: theta.count)
        var order = Array(0..<problem.count)
        let initialLoss = problem.loss(theta)
        let bound = 1e6 * max(1, initialLoss)
        var losses = [initialLoss]
        var examplesSeen = [0]
        var epochLosses = [initialLoss]
        for e in 1...epochs {
            let mu = step(epoch: e)
            if shuffles { order = generator.permutation(problem.count) }
            for start in stride(from: 0, to: problem.count, by: batchSize) {
                let batch = order[start..<min(start + batchSize, problem.count)]
                for i in gradient.indices { gradient[i] = 0 }
                problem.addGradient(of: batch, at: theta, into: &gradient)
                let scale = mu / Double(batch.count)
                for i in theta.indices { theta[i] -= scale * gradient[i] }
                let loss = problem.loss(theta)
                guard loss.isFinite, loss <= bound else {
                    return TrainingHistory(parameters: theta, losses: losses, examplesSeen: examplesSeen,
                                           epochLosses: epochLosses, divergedAtUpdate: losses.count)
                }
                losses.append(loss)
                examplesSeen.append(examplesSeen[examplesSeen.count - 1] + batch.count)
            }
            epochLosses.append(losses[losses.count - 1])
        }
        return TrainingHistory(parameters: theta, losses: losses, examplesSeen: examplesSeen,
                               epochLosses: epochLosses, divergedAtUpdate: nil)
    }

    private func validate(_ problem: LinearRegressionProblem, start: [Double]) throws {
        guard (1...problem.count).contains(batchSize) else {
            throw OptimizationError.invalidParameter("the batch size must lie in 1…\(problem.count), got \(batchSize)")
        }
        guard epochs >= 1 else {
            throw OptimizationError.invalidParameter("training needs at least one epoch, got \(epochs)")
        }
        guard initialStep > 0, initialStep.isFinite else {
            throw OptimizationError.invalidParameter("the step size μ₀ must be a positive number, got \(initialStep)")
        }
        guard decay >= 0, decay.isFinite else {
            throw OptimizationError.invalidParameter("the step decay must be 0 or more, got \(decay)")
        }
        guard start.count == problem.featureCount + 1, start.allSatisfy(\.isFinite) else {
            throw OptimizationError.invalidParameter(
                "θ = (w, b) needs \(problem.featureCount + 1) finite numbers, got \(OptimizationError.format(start))")
        }
    }
}

/// What a mini-batch run went through.
public struct TrainingHistory: Sendable {
    /// θ = (w, b) at the end (before the blow-up when the run diverged).
    public let parameters: [Double]
    /// J(θ) before any update, then after each update.
    public let losses: [Double]
    /// How many examples the updates had used when each loss was recorded (0, B, 2B, …).
    public let examplesSeen: [Int]
    /// J(θ) before training, then at the end of each epoch.
    public let epochLosses: [Double]
    /// The update whose loss blew up, when the run diverged.
    public let divergedAtUpdate: Int?
}
