import Chapter1GradientDescent
import NeuralNet
import PropertyTesting
import Testing

/// Stochastic, mini-batch and batch gradient descent on a seeded least-squares problem
/// (Apprentissage profond ≈ slides 39–41, 48–51; IFT 780 slides 6–9).
@Suite("SGD, mini-batch and batch on linear regression")
struct MiniBatchTests {
    static func distance(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).map { ($0 - $1) * ($0 - $1) }.reduce(0, +).squareRoot()
    }

    @Test("The least-squares solution zeroes the gradient and lies near the generating parameters")
    func leastSquares() throws {
        let problem = try GradientDescentExperiments.regressionProblem()
        let solution = try problem.leastSquaresSolution()
        // First-order condition (1/N) Aᵀ(Aθ̂ − y) = 0, recomputed here from the data.
        let d = problem.featureCount
        var gradient = [Double](repeating: 0, count: d + 1)
        for n in 0..<problem.count {
            let x = Array(problem.features[(n * d)..<((n + 1) * d)]) + [1]
            let residual = zip(x, solution).map { $0 * $1 }.reduce(0, +) - problem.targets[n]
            for j in 0...d { gradient[j] += residual * x[j] / Double(problem.count) }
        }
        #expect(gradient.allSatisfy { abs($0) < 1e-12 })
        // 200 examples with noise σ = 0.5: each parameter within 0.1 of (2, −3, 0.5).
        #expect(Self.distance(solution, problem.generatingParameters) < 0.1)
    }

    @Test("B = 1, 10 and N all reach the least-squares solution to within 1e-3")
    func reachesLeastSquares() throws {
        let problem = try GradientDescentExperiments.regressionProblem()
        let solution = try problem.leastSquaresSolution()
        for (label, descent) in GradientDescentExperiments.regressionRuns {
            let history = try descent.train(problem)
            #expect(history.divergedAtUpdate == nil)
            // Measured: 5.8e-4 (SGD), 2.7e-4 (B = 10), 5e-16 (batch).
            #expect(Self.distance(history.parameters, solution) < 1e-3, "\(label.english)")
            #expect(history.epochLosses.count == descent.epochs + 1)
        }
    }

    @Test("Full batch without decay is gradient descent θ ← θ − μ∇J on the mean loss")
    func batchIsGradientDescent() throws {
        let problem = try LinearRegressionProblem.generate(count: 30, weights: [1, -2, 0.5], bias: 1, noise: 0.2, seed: 9)
        let history = try MiniBatchDescent(batchSize: 30, epochs: 25, initialStep: 0.3, decay: 0, shuffles: false)
            .train(problem)
        var theta = [Double](repeating: 0, count: 4)
        for _ in 0..<25 { theta = zip(theta, problem.gradient(theta)).map { $0 - 0.3 * $1 } }
        #expect(Self.distance(history.parameters, theta) < 1e-12)
    }

    @Test("An epoch makes ⌈N/B⌉ updates and sees every example once")
    func bookkeeping() async {
        await checkProperty(count: 40, input: Gen.int(in: 5...60), Gen.int(in: 1...60), Gen.int(in: 1...3)) { n, b, epochs in
            let problem = try LinearRegressionProblem.generate(count: n, weights: [0.5], bias: 0, noise: 0.1, seed: 3)
            let batch = min(b, n)
            let history = try MiniBatchDescent(batchSize: batch, epochs: epochs, initialStep: 0.05).train(problem)
            let perEpoch = (n + batch - 1) / batch
            #expect(history.losses.count == 1 + epochs * perEpoch)
            #expect(history.examplesSeen.last == epochs * n)
            #expect(history.examplesSeen == history.examplesSeen.sorted())
        }
    }

    @Test("The decreasing step μ_e = μ₀/(1 + decay·(e − 1)); the same seed gives the same run")
    func stepAndSeed() throws {
        let descent = MiniBatchDescent(batchSize: 4, epochs: 3, initialStep: 0.6, decay: 1, seed: 11)
        for (epoch, expected) in [(1, 0.6), (2, 0.3), (3, 0.2)] {
            #expect(abs(descent.step(epoch: epoch) - expected) < 1e-15)
        }
        let problem = try LinearRegressionProblem.generate(count: 20, weights: [1, 1], bias: 0, noise: 0.3, seed: 5)
        let first = try descent.train(problem).losses, again = try descent.train(problem).losses
        #expect(first == again)
        var other = descent
        other.seed = 12
        #expect(try other.train(problem).losses != first)
    }

    @Test("A step far too large is reported as a divergence; bad settings are refused")
    func divergenceAndRefusals() throws {
        let problem = try LinearRegressionProblem.generate(count: 20, weights: [3], bias: 1, noise: 0.1, seed: 2)
        let history = try MiniBatchDescent(batchSize: 20, epochs: 100, initialStep: 5, decay: 0).train(problem)
        #expect(history.divergedAtUpdate != nil)
        #expect(history.losses.allSatisfy { $0.isFinite })
        #expect(throws: OptimizationError.invalidParameter("the batch size must lie in 1…20, got 21")) {
            try MiniBatchDescent(batchSize: 21, epochs: 1, initialStep: 0.1).train(problem)
        }
        #expect(throws: OptimizationError.invalidParameter("training needs at least one epoch, got 0")) {
            try MiniBatchDescent(batchSize: 2, epochs: 0, initialStep: 0.1).train(problem)
        }
    }
}
