import Foundation
import NeuralNet
import Tensors

/// One training run of an MLP on a ``ToyProblem``: the settings `cnnlab mlp` takes and the
/// chapter's figures use, and what the run gives back. Defaults depend on the problem and are
/// the ones the report uses.
public struct MLPExperiment: Sendable {
    /// The update rule.
    public enum OptimizerChoice: String, CaseIterable, Sendable {
        case sgd, momentum, adam
    }

    public var problem: ToyProblem
    /// Neurons of each hidden layer.
    public var hidden: [Int]
    public var activation: Activation
    public var optimizer: OptimizerChoice
    public var learningRate: Double
    public var epochs: Int
    public var batchSize: Int
    /// Seeds the weights, the data (spiral noise) and the shuffles.
    public var seed: UInt64
    /// Points per spiral arm, or samples of the sine.
    public var examples: Int

    /// The defaults for `problem`: XOR on a 2-2-1 sigmoid network with plain SGD (the deck's
    /// setting), the sine with 20 tanh units and Adam, the spiral with four ReLU layers of 16 and
    /// Adam (IFT 780 slides 2–5).
    public init(problem: ToyProblem) {
        self.problem = problem
        self.seed = 1
        switch problem {
        case .xor:
            (hidden, activation, optimizer, learningRate, epochs, batchSize, examples) = ([2], .sigmoid, .sgd, 0.5, 2000, 4, 4)
        case .sine:
            (hidden, activation, optimizer, learningRate, epochs, batchSize, examples) = ([20], .tanh, .adam, 0.01, 2000, 16, 64)
        case .spiral4:
            (hidden, activation, optimizer, learningRate, epochs, batchSize, examples) = ([16, 16, 16, 16], .relu, .adam, 0.005, 1000, 32, 100)
        }
    }

    /// Layer sizes: inputs, the hidden layers, outputs.
    public var sizes: [Int] { [problem.inputCount] + hidden + [problem.outputCount] }

    /// The untrained network, its weights drawn from `seed`.
    public func makeModel() throws -> MLP<Double> {
        try MLP(sizes: sizes, activation: activation, loss: problem.loss, seed: seed)
    }

    /// What a run gives back.
    public struct Outcome: Sendable {
        public var model: MLP<Double>
        public var data: ToyProblem.DataSet
        /// Epoch 0 (untrained) to `epochs`.
        public var history: [EpochRecord]
        /// Wall-clock time of the training loop.
        public var seconds: Double
    }

    /// Trains a fresh model. `onEpoch` sees every record with the model as it is then.
    /// - Throws: ``TrainingError`` when the settings are invalid or training diverges.
    public func run(onEpoch: (EpochRecord, MLP<Double>) throws -> Void = { _, _ in }) throws -> Outcome {
        guard learningRate > 0, learningRate.isFinite else {
            throw TrainingError.invalidSettings("the learning rate must be a positive number, got \(learningRate)")
        }
        guard hidden.allSatisfy({ $0 > 0 }) else {
            throw TrainingError.invalidSettings("hidden layer sizes must be positive, got \(hidden)")
        }
        guard problem == .xor || examples > 0 else {
            throw TrainingError.invalidSettings("the problem needs at least one example, got \(examples)")
        }
        let data = try problem.dataSet(examples: examples, seed: seed)
        var model = try makeModel()
        let settings = TrainingSettings(epochs: epochs, batchSize: batchSize, seed: seed)
        // A concrete optimizer type per branch: the training loop is then specialised for it.
        func train<O: Optimizer<Double>>(_ rule: O) throws -> [EpochRecord] {
            var rule = rule
            return try model.train(inputs: data.inputs, targets: data.targets, settings: settings,
                                   optimizer: &rule, onEpoch: onEpoch)
        }
        let start = Date()
        let history: [EpochRecord]
        switch optimizer {
        case .sgd: history = try train(SGD(learningRate: learningRate))
        case .momentum: history = try train(Momentum(learningRate: learningRate))
        case .adam: history = try train(Adam(learningRate: learningRate))
        }
        return Outcome(model: model, data: data, history: history, seconds: Date().timeIntervalSince(start))
    }
}
