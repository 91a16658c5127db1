import Chapter6LeNet
import Datasets
import NeuralNet
import Testing

/// Training for real, small enough for a debug build: LeNet-1 on 500 digits of MNIST-5k's
/// training set (the first 50 of each digit), tested on 200 of its test set (20 of each).
@Suite("Training LeNet-1 on digits")
struct TrainingTests {
    static func data() throws -> (train: LabeledImages, test: LabeledImages) {
        let (train, test) = try MNIST5k.load()
        return (try train.balancedSubset(perClass: 50), try test.balancedSubset(perClass: 20))
    }

    static let run = TrainingRun(recipe: .leNet1, epochs: 4, batchSize: 20, learningRate: 3e-3, seed: 1)

    @Test("4 epochs: the training loss falls every epoch from ln 10 ≈ 2.3 below 0.45, test accuracy above 78%; the same seed gives the same history, to rounding")
    func learnsAndRepeats() throws {
        let (train, test) = try Self.data()
        let first = try Self.run.run(train: train, test: test).history
        #expect(first.count == 5)
        #expect(abs(first[0].trainLoss - 2.3) < 0.2)  // the untrained network guesses: ≈ ln 10
        // Measured (debug and release alike): train loss 2.318 → 1.385 → 0.644 → 0.456 → 0.372,
        // train accuracy 89.4% and test accuracy 83.0% after epoch 4.
        #expect(first[4].trainLoss < 0.45)
        #expect(first[4].trainAccuracy > 0.85)
        #expect(first[4].testAccuracy > 0.78)
        #expect(zip(first, first.dropFirst()).allSatisfy { $1.trainLoss < $0.trainLoss })
        // The same seed, the same run, to the last bit, whatever the tests beside it do.
        let second = try Self.run.run(train: train, test: test).history
        for (a, b) in zip(first, second) {
            #expect(a.trainLoss == b.trainLoss && a.testLoss == b.testLoss)
            #expect(a.trainAccuracy == b.trainAccuracy && a.testAccuracy == b.testAccuracy)
        }
    }

    @Test("settings that cannot train are refused before anything runs")
    func invalidSettings() throws {
        let (train, test) = try Self.data()
        for bad in [TrainingRun(recipe: .leNet1, epochs: 0), TrainingRun(recipe: .leNet1, batchSize: 0),
                    TrainingRun(recipe: .leNet1, batchSize: 501), TrainingRun(recipe: .leNet1, learningRate: .nan),
                    TrainingRun(recipe: .leNet1, learningRate: -1), TrainingRun(recipe: .leNet1, learningRate: .infinity),
                    TrainingRun(recipe: .leNet1, threads: 0), TrainingRun(recipe: .leNet1, optimizer: .momentum(1))] {
            #expect(throws: TrainingError.self) { try bad.run(train: train, test: test) }
        }
    }

    @Test("one-hot targets and the balanced subset")
    func dataHelpers() throws {
        let (train, _) = try Self.data()
        #expect(train.count == 500)
        #expect(train.classCounts == Array(repeating: 50, count: 10))
        let targets = try train.oneHotTargets
        #expect(targets.shape == [500, 10])
        #expect(targets.scalars.reduce(0, +) == 500)
        #expect(targets[0, train.labels[0]] == 1)
    }
}
