import Chapter2Backpropagation
import Foundation
import NeuralNet
import Tensors
import Testing

/// Training end to end: XOR, universal approximation, divergence, the update rules.
@Suite("Training")
struct TrainingTests {
    @Test("a 2-2-1 network learns XOR (sigmoid units, plain SGD, seed 1)")
    func xor() throws {
        let experiment = MLPExperiment(problem: .xor)
        #expect(experiment.sizes == [2, 2, 1])
        let outcome = try experiment.run()
        #expect(outcome.history.first?.accuracy ?? 1 < 1)
        #expect(outcome.history.last?.accuracy == 1)
        #expect(outcome.history.last!.loss < 0.05)
        let predictions = try outcome.model.predict(outcome.data.inputs).scalars
        #expect(zip(predictions, [0.0, 1, 1, 0]).allSatisfy { abs($0 - $1) < 0.1 })
        #expect(outcome.model.parameterCount == 9)
        #expect(outcome.model.neuronCount == 3)
    }

    @Test("one hidden layer fits sin(2πx) better with 2, then 5, then 20 units (measured)")
    func universalApproximation() throws {
        // Best of three seeds per width, 1,500 full-batch epochs on 32 points.
        let fits = try UniversalApproximation.widths.map { try UniversalApproximation.fit(hidden: $0, epochs: 1500) }
        let errors = fits.map(\.rmse)
        #expect(errors[0] > errors[1] && errors[1] > errors[2], "RMSE \(errors)")
        // Measured: 0.557, 0.059, 0.023 — two units cannot follow two periods at all.
        #expect(errors[0] > 0.3 && errors[2] < 0.05, "RMSE \(errors)")
    }

    @Test("the same seed gives the same run, bit for bit")
    func deterministic() throws {
        var experiment = MLPExperiment(problem: .spiral4)
        experiment.epochs = 3
        experiment.examples = 10
        let a = try experiment.run(), b = try experiment.run()
        #expect(a.history == b.history)
        #expect(a.model.layers.map(\.weight) == b.model.layers.map(\.weight))
        experiment.seed = 2
        #expect(try experiment.run().history != a.history)
    }

    @Test("divergence is reported as an error with the history so far, never as NaNs")
    func divergence() throws {
        var experiment = MLPExperiment(problem: .sine)
        experiment.optimizer = .sgd
        experiment.learningRate = 1e6
        experiment.epochs = 50
        do {
            _ = try experiment.run()
            Issue.record("training with μ = 10⁶ did not diverge")
        } catch let TrainingError.diverged(epoch, iteration, history) {
            #expect(epoch >= 1 && iteration >= 1)
            #expect(history.allSatisfy { $0.loss.isFinite })
            #expect(history.count == epoch)
            #expect("\(TrainingError.diverged(epoch: epoch, iteration: iteration, history: history))".contains("diverged at epoch"))
        }
    }

    @Test("settings and data that cannot be trained on are refused with a message")
    func invalidSettings() throws {
        var model = try MLP<Double>(sizes: [1, 1], activations: [], loss: .squaredError, seed: 1)
        var sgd = SGD<Double>(learningRate: 0.1)
        let x = try Tensor<Double>(zeros: [4, 1])
        let messages = [
            #expect(throws: TrainingError.self) {
                try model.train(inputs: x, targets: x, settings: TrainingSettings(epochs: 1, batchSize: 0, seed: 1), optimizer: &sgd)
            }?.description,
            #expect(throws: TrainingError.self) {
                try model.train(inputs: x, targets: Tensor(zeros: [3, 1]), settings: TrainingSettings(epochs: 1, batchSize: 2, seed: 1),
                                optimizer: &sgd)
            }?.description,
            #expect(throws: TensorError.self) { try MLP<Double>(sizes: [3], activations: [], loss: .squaredError, seed: 1) }?.description,
            #expect(throws: TensorError.self) {
                try MLP<Double>(sizes: [3, 4, 2], activations: [], loss: .squaredError, seed: 1)
            }?.description,
            // A softmax target row must be a distribution: δ = ŷ − y needs Σ y = 1.
            #expect(throws: TensorError.self) {
                try Loss.softmaxCrossEntropy.value(scores: Tensor<Double>([1, 2]), targets: Tensor([1, 1]))
            }?.description,
        ]
        #expect(messages == [
            "epochs must be ≥ 0 and the batch size > 0, got 1 and 0",
            "inputs and targets must hold the same number (> 0) of examples, got shapes (4, 1) and (3, 1)",
            "a network needs an input size and at least one layer, got sizes [3]",
            "sizes [3, 4, 2] need one activation per hidden layer (1), got 0",
            "softmax cross-entropy needs target rows that sum to 1, row 0 sums to 2.0",
        ])
        let layer = try Dense(weight: Tensor<Double>(zeros: [2, 3]), bias: Tensor(zeros: [2]))
        #expect(throws: TensorError.shapeMismatch(operation: "dense layer W·x (W is (n, m), x must have m components)", [2, 3], [2])) {
            try layer.forward(Tensor([1, 2]))
        }
        #expect(throws: TensorError.shapeMismatch(operation: "dense layer backward with W (2, 3) (δ must be (N, 2) for an input (N, 3))",
                                                  [3], [3])) {
            try layer.backward(Tensor([1, 2, 3]), input: Tensor([1, 2, 3]))
        }
    }

    @Test("SGD, momentum and Adam follow their update rules, step by step")
    func updateRules() throws {
        let g1 = Tensor<Double>([1, -2]), g2 = Tensor<Double>([0.5, 4])
        var theta = Tensor<Double>([1, 1])
        var sgd = SGD<Double>(learningRate: 0.1)
        try sgd.update(&theta, gradient: g1, name: "theta")
        #expect(close(theta.scalars, [0.9, 1.2], 1e-15))

        // v₁ = −μg₁, θ₁ = θ₀ + v₁; v₂ = βv₁ − μg₂, θ₂ = θ₁ + v₂.
        theta = Tensor([1, 1])
        var momentum = Momentum<Double>(learningRate: 0.1, momentum: 0.9)
        try momentum.update(&theta, gradient: g1, name: "theta")
        try momentum.update(&theta, gradient: g2, name: "theta")
        #expect(close(theta.scalars, [1 - 0.1 - (0.09 + 0.05), 1 + 0.2 + (0.18 - 0.4)], 1e-15))

        // Adam's first step is μ·g/(|g| + ε) ≈ μ·sign(g) in every coordinate, whatever |g|.
        theta = Tensor([1, 1])
        var adam = Adam<Double>(learningRate: 0.01)
        try adam.update(&theta, gradient: g1, name: "theta")
        let first = g1.scalars.map { 0.01 * $0 / (abs($0) + 1e-8) }
        #expect(close(theta.scalars, [1 - first[0], 1 - first[1]], 1e-15))
        #expect(close(theta.scalars, [0.99, 1.01], 1e-9))
        // Second step, by the formulas with bias correction.
        let m = zip(g1.scalars, g2.scalars).map { 0.9 * 0.1 * $0 + 0.1 * $1 }
        let v = zip(g1.scalars, g2.scalars).map { 0.999 * 0.001 * $0 * $0 + 0.001 * $1 * $1 }
        let step = zip(m, v).map { 0.01 * ($0 / (1 - 0.81)) / (($1 / (1 - 0.999 * 0.999)).squareRoot() + 1e-8) }
        try adam.update(&theta, gradient: g2, name: "theta")
        #expect(close(theta.scalars, [1 - first[0] - step[0], 1 - first[1] - step[1]], 1e-14))
        // Each parameter name keeps its own state; a gradient of another shape is refused.
        var other = Tensor<Double>([1])
        try adam.update(&other, gradient: Tensor([1]), name: "other")
        #expect(close(other.scalars, [0.99], 1e-9))
        #expect(throws: TensorError.self) { try adam.update(&theta, gradient: Tensor([1]), name: "theta") }
    }
}
