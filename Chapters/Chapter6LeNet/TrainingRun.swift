import Datasets
import Engine
import Foundation
import NeuralNet
import Tensors

/// One training run of a chapter-6 network: the settings `cnnlab train` takes and the report
/// uses, and what comes back — the trained network and one record per epoch.
///
/// Mini-batch training with Adam (Görner's choice, Pasco slides 44–48; beyond IFT 780's plain
/// SGD), the softmax cross-entropy, shuffles seeded by `seed` (the weights, the dropout masks and
/// the augmentation too), the training images augmented and the step following `schedule`.
/// After every epoch both sets are evaluated in test mode (no dropout, batch-norm running
/// statistics, no augmentation).
public struct TrainingRun: Sendable {
    public var recipe: NetworkRecipe
    public var epochs: Int
    public var batchSize: Int
    /// μ, Adam's step size at the start (the schedule lowers it).
    public var learningRate: Double
    public var seed: UInt64
    /// How each training image is moved or mirrored as it enters a mini-batch.
    public var augmentation: Augmentation
    /// How the step changes from update to update.
    public var schedule: LearningRateSchedule
    /// Whether the network starts with a ``StandardizationLayer`` fitted to the training images,
    /// named `standardize`.
    public var standardize: Bool

    /// A run; by default 10 epochs, mini-batches of 32, μ = 10⁻³ constant, no augmentation,
    /// inputs as they are, seed 1 (``defaults(for:on:)`` gives the report's recipes).
    public init(recipe: NetworkRecipe, epochs: Int = 10, batchSize: Int = 32, learningRate: Double = 1e-3, seed: UInt64 = 1,
                augmentation: Augmentation = .none, schedule: LearningRateSchedule = .constant, standardize: Bool = false) {
        self.recipe = recipe
        self.epochs = epochs
        self.batchSize = batchSize
        self.learningRate = learningRate
        self.seed = seed
        self.augmentation = augmentation
        self.schedule = schedule
        self.standardize = standardize
    }

    /// Loss and accuracy on both sets after one epoch (epoch 0: the untrained network).
    public struct Epoch: Sendable, Codable, Equatable {
        public var epoch: Int
        public var trainLoss: Double
        public var trainAccuracy: Double
        public var testLoss: Double
        public var testAccuracy: Double
        /// Wall-clock seconds of the epoch: the updates and both evaluations (0 for epoch 0).
        public var seconds: Double
    }

    /// The trained network and its history.
    public struct Outcome: Sendable {
        public var network: Sequential<Float>
        public var history: [Epoch]
    }

    /// Trains a fresh network on `train`, evaluating on `test` after every epoch; `onEpoch` sees
    /// each record as it comes.
    /// - Throws: ``TrainingError/invalidSettings(_:)`` for epochs < 1, a batch outside
    ///   1…(training images), or a learning rate that is not a positive finite number;
    ///   ``TrainingError/diverged(epoch:iteration:history:)`` when the loss stops being finite.
    public func run(train: LabeledImages, test: LabeledImages, onEpoch: (Epoch) throws -> Void = { _ in }) throws -> Outcome {
        guard epochs >= 1 else { throw TrainingError.invalidSettings("the number of epochs must be at least 1, got \(epochs)") }
        guard (1...train.count).contains(batchSize) else {
            throw TrainingError.invalidSettings("the batch size must be from 1 to the \(train.count) training images, got \(batchSize)")
        }
        guard learningRate > 0, learningRate.isFinite else {
            throw TrainingError.invalidSettings("the learning rate must be a positive finite number, got \(learningRate)")
        }
        var network: Sequential<Float> = try recipe.build(seed: seed)
        if standardize {
            network.layers.insert(.init("standardize", StandardizationLayer(try Standardization(fitting: train.images))), at: 0)
        }
        // The engine on one thread: a batch split between threads sums its gradients in another
        // order, and the report must not depend on the machine's core count.
        network.kernels = EngineKernels(threads: .one)
        let (trainTargets, testTargets) = (try train.oneHotTargets, try test.oneHotTargets)
        var optimizer = Adam<Float>(learningRate: learningRate)
        var history: [Epoch] = []
        var clock = ContinuousClock.now
        _ = try network.train(inputs: train.images, targets: trainTargets,
                              settings: TrainingSettings(epochs: epochs, batchSize: batchSize, seed: seed,
                                                         augmentation: augmentation, schedule: schedule),
                              optimizer: &optimizer) { record, model in
            let tested = try model.evaluate(inputs: test.images, targets: testTargets)
            let elapsed = clock.duration(to: .now)
            clock = .now
            let epoch = Epoch(epoch: record.epoch, trainLoss: record.loss, trainAccuracy: record.accuracy ?? 0,
                              testLoss: tested.loss, testAccuracy: tested.accuracy ?? 0,
                              seconds: record.epoch == 0 ? 0 : Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
            history.append(epoch)
            try onEpoch(epoch)
        }
        return Outcome(network: network, history: history)
    }
}
