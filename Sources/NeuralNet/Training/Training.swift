import Tensors

/// A model the training loop can drive: its mean loss and gradients on a mini-batch, its
/// parameters for an ``Optimizer`` to move, and its loss and accuracy on a data set.
public protocol TrainableModel {
    associatedtype Scalar: TensorScalar
    /// The mean loss over the batch and ∂J/∂θ for every parameter by its name, in the order of
    /// ``updateParameters(_:)``. Mutating: a training pass may change the model's state besides
    /// its parameters (dropout's generator, batch normalisation's running statistics).
    mutating func lossAndParameterGradients(inputs: Tensor<Scalar>, targets: Tensor<Scalar>) throws
        -> (loss: Double, gradients: [(name: String, value: Tensor<Scalar>)])
    /// Calls `body` on every parameter tensor, in place, with its name (`conv1.weight`).
    mutating func updateParameters(_ body: (inout Tensor<Scalar>, String) throws -> Void) rethrows
    /// The mean loss and the accuracy (`nil` for regression) on a whole data set.
    func evaluate(inputs: Tensor<Scalar>, targets: Tensor<Scalar>) throws -> (loss: Double, accuracy: Double?)
}

extension MLP: TrainableModel {
    /// Gradients ∇W₁, ∇w₁₀, ∇W₂, ∇w₂₀, … named `dense1.weight`, `dense1.bias`, `dense2.weight`, …
    @inlinable
    public func lossAndParameterGradients(inputs: Tensor<Scalar>, targets: Tensor<Scalar>) throws
        -> (loss: Double, gradients: [(name: String, value: Tensor<Scalar>)]) {
        let (loss, gradients) = try lossAndGradients(inputs, targets: targets)
        return (loss, gradients.enumerated().flatMap { i, gradient in
            [(Self.parameterName(layer: i, "weight"), gradient.weight), (Self.parameterName(layer: i, "bias"), gradient.bias)]
        })
    }

    /// Visits W₁, w₁₀, W₂, w₂₀, … as `dense1.weight`, `dense1.bias`, `dense2.weight`, …
    @inlinable
    public mutating func updateParameters(_ body: (inout Tensor<Scalar>, String) throws -> Void) rethrows {
        for i in layers.indices {
            try body(&layers[i].weight, Self.parameterName(layer: i, "weight"))
            try body(&layers[i].bias, Self.parameterName(layer: i, "bias"))
        }
    }

    /// `dense<i + 1>.<parameter>`: layers counted from 1, as the deck numbers W₁, W₂.
    @inlinable
    static func parameterName(layer i: Int, _ parameter: String) -> String { "dense\(i + 1).\(parameter)" }

    /// The mean loss and, for classification, the accuracy on a whole data set (no update).
    @inlinable
    public func evaluate(inputs: Tensor<Scalar>, targets: Tensor<Scalar>) throws -> (loss: Double, accuracy: Double?) {
        let z = try scores(inputs)
        return (try loss.value(scores: z, targets: targets), try loss.accuracy(scores: z, targets: targets))
    }
}

/// How to train: epochs, mini-batch size, the seed of the shuffles, and the recipe's extras —
/// how training images are augmented and how the step changes from update to update.
public struct TrainingSettings: Sendable {
    /// Passes over the training set.
    public var epochs: Int
    /// #B, the examples per update (the last mini-batch of an epoch may be smaller).
    public var batchSize: Int
    /// Seeds the order in which each epoch visits the examples ("mélanger la base
    /// d'apprentissage", Apprentissage profond ≈ slide 51), and the augmentation's draws.
    public var seed: UInt64
    /// What happens to each training image as it enters a mini-batch (images only: inputs of
    /// shape (N, C, H, W)).
    public var augmentation: Augmentation
    /// The step of each update, from the optimizer's learning rate at the start of training.
    public var schedule: LearningRateSchedule
    /// How many training examples each epoch's record is measured on: all of them (`nil`), or
    /// at most this many, evenly spaced through the set — the same ones every epoch. A record of
    /// 10,000 of Fashion-MNIST's 60,000 images costs a sixth of a whole pass and still resolves
    /// a tenth of a point.
    public var recordedExamples: Int?

    /// Settings of a training run; by default no augmentation, a constant step and every
    /// training example recorded.
    public init(epochs: Int, batchSize: Int, seed: UInt64, augmentation: Augmentation = .none,
                schedule: LearningRateSchedule = .constant, recordedExamples: Int? = nil) {
        self.epochs = epochs
        self.batchSize = batchSize
        self.seed = seed
        self.augmentation = augmentation
        self.schedule = schedule
        self.recordedExamples = recordedExamples
    }

    /// The examples an epoch's record is measured on: 0..<count, or `recordedExamples` of them
    /// evenly spaced (i·count/n for i = 0 … n − 1).
    public func recordedIndices(examples count: Int) -> [Int] {
        guard let n = recordedExamples, n > 0, n < count else { return Array(0..<count) }
        return (0..<n).map { $0 * count / n }
    }

    /// ⌈examples / #B⌉ updates per pass over the data (Pasco ≈ slide 49: 10,000 images in
    /// mini-batches of 100 make 100 updates).
    public func iterationsPerEpoch(examples: Int) -> Int { (examples + batchSize - 1) / batchSize }
}

/// The loss and accuracy on the training set after an epoch (epoch 0: before training).
public struct EpochRecord: Sendable, Equatable, Codable {
    /// The epoch just finished (0: before training).
    public var epoch: Int
    /// The mean loss on the training set.
    public var loss: Double
    /// `nil` for regression.
    public var accuracy: Double?

    /// A record of one epoch.
    public init(epoch: Int, loss: Double, accuracy: Double?) {
        self.epoch = epoch
        self.loss = loss
        self.accuracy = accuracy
    }
}

/// One mini-batch just used for an update: where it falls in the epoch and its loss (what a
/// progress display shows).
public struct BatchRecord: Sendable, Equatable {
    /// The epoch it belongs to, from 1.
    public var epoch: Int
    /// Its number within the epoch, from 1.
    public var batch: Int
    /// The mini-batches of an epoch, ⌈examples / #B⌉.
    public var batches: Int
    /// Its examples (the last mini-batch of an epoch may be smaller).
    public var examples: Int
    /// The mean loss over it, before the update.
    public var loss: Double

    /// A record of one mini-batch.
    public init(epoch: Int, batch: Int, batches: Int, examples: Int, loss: Double) {
        self.epoch = epoch
        self.batch = batch
        self.batches = batches
        self.examples = examples
        self.loss = loss
    }
}

/// Why training stopped early.
public enum TrainingError: Error, CustomStringConvertible, Sendable {
    /// The loss or a gradient became NaN or infinite; the history up to that point is kept.
    case diverged(epoch: Int, iteration: Int, history: [EpochRecord])
    /// Settings or data that cannot be trained on.
    case invalidSettings(String)

    /// One sentence: what went wrong and what to try.
    public var description: String {
        switch self {
        case let .diverged(epoch, iteration, _):
            "training diverged at epoch \(epoch), iteration \(iteration): the loss or a gradient is no longer finite (try a smaller learning rate)"
        case let .invalidSettings(message):
            message
        }
    }
}

extension TrainableModel {
    /// Mini-batch gradient descent (Apprentissage profond ≈ slides 51, 54; IFT 780 slides 8–9):
    /// each epoch shuffles the examples, cuts them into mini-batches of #B, augments the
    /// batch's images (``TrainingSettings/augmentation``), and for each one computes the mean loss
    /// and its gradients and lets `optimizer` move the parameters with the step the schedule
    /// gives for that update. The optimizer keeps the last update's step.
    /// After each epoch the training set — or the sample ``TrainingSettings/recordedExamples``
    /// asks for — is evaluated and recorded (epoch 0 is the untrained model); `onEpoch` sees each
    /// record and the model as it is then, `onBatch` each mini-batch after its update.
    ///
    /// - Returns: one record per epoch, 0 … `settings.epochs`.
    /// - Throws: ``TrainingError/diverged(epoch:iteration:history:)`` as soon as the loss or a
    ///   gradient is not finite — NaNs are never passed on; ``TrainingError/invalidSettings(_:)``
    ///   for a non-positive epoch count or batch size, or inputs and targets of different lengths.
    @inlinable
    public mutating func train<O: Optimizer>(
        inputs: Tensor<Scalar>, targets: Tensor<Scalar>, settings: TrainingSettings, optimizer: inout O,
        onBatch: (BatchRecord) throws -> Void = { _ in },
        onEpoch: (EpochRecord, Self) throws -> Void = { _, _ in }
    ) throws -> [EpochRecord] where O.Scalar == Scalar {
        guard settings.epochs >= 0, settings.batchSize > 0 else {
            throw TrainingError.invalidSettings(
                "epochs must be ≥ 0 and the batch size > 0, got \(settings.epochs) and \(settings.batchSize)")
        }
        let count = inputs.shape.first ?? 0
        guard inputs.rank >= 1, targets.rank >= 1, count == targets.shape[0], count > 0 else {
            throw TrainingError.invalidSettings(
                "inputs and targets must hold the same number (> 0) of examples, got shapes \(TensorError.format(inputs.shape)) and \(TensorError.format(targets.shape))")
        }
        var generator = SeededGenerator(seed: settings.seed)
        // Its own stream, so that turning augmentation on leaves the shuffles as they were.
        var augmentationGenerator = SeededGenerator(seed: settings.seed ^ 0xA06D_E47A_7105_0001)
        let baseRate = optimizer.learningRate
        let totalUpdates = settings.epochs * settings.iterationsPerEpoch(examples: count)
        var history: [EpochRecord] = []
        let recorded = settings.recordedIndices(examples: count)
        let (recordedInputs, recordedTargets) = recorded.count == count
            ? (inputs, targets) : (try inputs.gathering(recorded), try targets.gathering(recorded))
        func record(_ epoch: Int, iteration: Int) throws {
            let (loss, accuracy) = try evaluate(inputs: recordedInputs, targets: recordedTargets)
            guard loss.isFinite else { throw TrainingError.diverged(epoch: epoch, iteration: iteration, history: history) }
            history.append(EpochRecord(epoch: epoch, loss: loss, accuracy: accuracy))
            try onEpoch(history[history.count - 1], self)
        }
        try record(0, iteration: 0)
        var iteration = 0
        for epoch in stride(from: 1, through: settings.epochs, by: 1) {
            let order = generator.permutation(count)
            let batches = settings.iterationsPerEpoch(examples: count)
            for b in 0..<batches {
                iteration += 1
                let start = b * settings.batchSize
                let batch = Array(order[start..<Swift.min(start + settings.batchSize, count)])
                optimizer.learningRate = settings.schedule.rate(base: baseRate, step: iteration - 1, totalSteps: totalUpdates)
                let images = try settings.augmentation.apply(inputs.gathering(batch), generator: &augmentationGenerator)
                let (loss, gradients) = try lossAndParameterGradients(inputs: images, targets: targets.gathering(batch))
                guard loss.isFinite, gradients.allSatisfy({ $0.value.isFinite }) else {
                    throw TrainingError.diverged(epoch: epoch, iteration: iteration, history: history)
                }
                let byName = Dictionary(gradients, uniquingKeysWith: { first, _ in first })
                try updateParameters { parameter, name in
                    guard let gradient = byName[name] else {
                        throw TensorError.invalidArgument("no gradient was computed for the parameter \(name)")
                    }
                    try optimizer.update(&parameter, gradient: gradient, name: name)
                }
                try onBatch(BatchRecord(epoch: epoch, batch: b + 1, batches: batches, examples: batch.count, loss: loss))
            }
            try record(epoch, iteration: iteration)
        }
        return history
    }
}
