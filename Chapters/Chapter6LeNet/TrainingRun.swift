import Datasets
import Engine
import Foundation
import NeuralNet
import Tensors

/// One training run of a chapter-6 network: the settings `cnnlab train` takes and the report
/// uses, and what comes back — the trained network and one record per epoch.
///
/// Mini-batch training with Adam by default (Görner's choice, Pasco slides 44–48; beyond IFT
/// 780's plain SGD, which `optimizer` can choose), the softmax cross-entropy, shuffles seeded by
/// `seed` (the weights, the dropout masks and the augmentation too), the training images
/// augmented and the step following `schedule`. After every epoch both sets are evaluated in
/// test mode (no dropout, batch-norm running statistics, no augmentation): the whole test set,
/// and the training set or, beyond ``recordedTrainingImages``, that many of its images evenly
/// spaced.
///
/// The engine shares each batch between `threads` threads; the history is the same bit for bit
/// for every thread count (``EngineKernels``), so the report does not depend on the machine.
public struct TrainingRun: Sendable {
    public var recipe: NetworkRecipe
    public var epochs: Int
    public var batchSize: Int
    /// μ, the optimizer's step size at the start (the schedule may lower it).
    public var learningRate: Double
    public var seed: UInt64
    /// The update rule (Adam unless told).
    public var optimizer: TrainingOptimizer
    /// Threads sharing each batch (the machine's cores unless told); the results do not depend on it.
    public var threads: Int
    /// How each training image is moved or mirrored as it enters a mini-batch.
    public var augmentation: Augmentation
    /// How the step changes from update to update.
    public var schedule: LearningRateSchedule
    /// Whether the network starts with a ``StandardizationLayer`` fitted to the training images,
    /// named `standardize`.
    public var standardize: Bool

    /// A run; by default 10 epochs, mini-batches of 32, Adam with μ = 10⁻³ constant, no
    /// augmentation, inputs as they are, seed 1, every core (``defaults(for:on:)`` gives the
    /// report's recipes).
    public init(recipe: NetworkRecipe, epochs: Int = 10, batchSize: Int = 32, learningRate: Double = 1e-3, seed: UInt64 = 1,
                optimizer: TrainingOptimizer = .adam, threads: Int = ComputeThreads.available.count,
                augmentation: Augmentation = .none, schedule: LearningRateSchedule = .constant, standardize: Bool = false) {
        self.recipe = recipe
        self.epochs = epochs
        self.batchSize = batchSize
        self.learningRate = learningRate
        self.seed = seed
        self.optimizer = optimizer
        self.threads = threads
        self.augmentation = augmentation
        self.schedule = schedule
        self.standardize = standardize
    }

    /// The training images an epoch's record is measured on, at most (Fashion-MNIST's 60,000:
    /// every sixth).
    public static let recordedTrainingImages = 10_000

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

    /// Trains a fresh network on `train`, evaluating on `test` after every epoch; `onBatch` sees
    /// each mini-batch after its update, `onEpoch` each record as it comes.
    /// - Throws: ``TrainingError/invalidSettings(_:)`` for epochs < 1, a batch outside
    ///   1…(training images), a learning rate that is not a positive finite number, a momentum
    ///   outside [0, 1) or fewer than one thread;
    ///   ``TrainingError/diverged(epoch:iteration:history:)`` when the loss stops being finite.
    public func run(train: LabeledImages, test: LabeledImages, onBatch: (BatchRecord) throws -> Void = { _ in },
                    onEpoch: (Epoch) throws -> Void = { _ in }) throws -> Outcome {
        guard epochs >= 1 else { throw TrainingError.invalidSettings("the number of epochs must be at least 1, got \(epochs)") }
        guard (1...train.count).contains(batchSize) else {
            throw TrainingError.invalidSettings("the batch size must be from 1 to the \(train.count) training images, got \(batchSize)")
        }
        guard learningRate > 0, learningRate.isFinite else {
            throw TrainingError.invalidSettings("the learning rate must be a positive finite number, got \(learningRate)")
        }
        guard threads >= 1 else { throw TrainingError.invalidSettings("the number of threads must be at least 1, got \(threads)") }
        // A concrete optimizer type per branch: the training loop is then specialised for it.
        switch optimizer {
        case .sgd:
            return try run(train: train, test: test, optimizer: SGD<Float>(learningRate: learningRate), onBatch: onBatch, onEpoch: onEpoch)
        case let .momentum(beta):
            guard (0..<1).contains(beta) else { throw TrainingError.invalidSettings("the momentum β must be in [0, 1), got \(beta)") }
            return try run(train: train, test: test, optimizer: Momentum<Float>(learningRate: learningRate, momentum: beta),
                           onBatch: onBatch, onEpoch: onEpoch)
        case .adam:
            return try run(train: train, test: test, optimizer: Adam<Float>(learningRate: learningRate), onBatch: onBatch, onEpoch: onEpoch)
        }
    }

    /// The run with the update rule `optimizer`.
    private func run<O: Optimizer<Float>>(train: LabeledImages, test: LabeledImages, optimizer: O,
                                          onBatch: (BatchRecord) throws -> Void, onEpoch: (Epoch) throws -> Void) throws -> Outcome {
        var network: Sequential<Float> = try recipe.build(seed: seed)
        if standardize {
            network.layers.insert(.init("standardize", StandardizationLayer(try Standardization(fitting: train.images))), at: 0)
        }
        // The engine on `threads` threads: each batch is cut into the same chunks whatever the
        // count, so the report does not depend on the machine's cores.
        network.kernels = EngineKernels(threads: ComputeThreads(threads))
        let (trainTargets, testTargets) = (try train.oneHotTargets, try test.oneHotTargets)
        var optimizer = optimizer
        var history: [Epoch] = []
        var clock = ContinuousClock.now
        _ = try network.train(inputs: train.images, targets: trainTargets,
                              settings: TrainingSettings(epochs: epochs, batchSize: batchSize, seed: seed,
                                                         augmentation: augmentation, schedule: schedule,
                                                         recordedExamples: Self.recordedTrainingImages),
                              optimizer: &optimizer, onBatch: onBatch) { record, model in
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
