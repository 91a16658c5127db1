import Chapter6LeNet
import Datasets
import Foundation
import NeuralNet
import Tensors
import Testing

/// Issue 14's training tool on the library side: one history for every thread count, the three
/// optimizers, the progress records, and a saved folder read back into the same network.
@Suite("Training as a tool")
struct TrainingToolTests {
    static let run = TrainingRun(recipe: .leNet1, epochs: 2, batchSize: 20, learningRate: 3e-3, seed: 1)

    /// A history without its wall-clock seconds.
    static func values(_ history: [TrainingRun.Epoch]) -> [[Double]] {
        history.map { [$0.trainLoss, $0.trainAccuracy, $0.testLoss, $0.testAccuracy] }
    }

    @Test("1, 2 and 3 threads give the same history and the same weights, bit for bit (the batch is cut into the same chunks)")
    func threadsDoNotChangeResults() throws {
        let (train, test) = try TrainingTests.data()
        var outcomes: [TrainingRun.Outcome] = []
        for threads in [1, 2, 3] {
            var run = Self.run
            run.threads = threads
            outcomes.append(try run.run(train: train, test: test))
        }
        for other in outcomes.dropFirst() {
            #expect(Self.values(other.history) == Self.values(outcomes[0].history))
            #expect(other.network.namedParameters.map(\.value.scalars) == outcomes[0].network.namedParameters.map(\.value.scalars))
        }
        // And it learnt: measured 2.32 → 0.66 in the training loss.
        #expect(outcomes[0].history[2].trainLoss < 0.8)
    }

    @Test("SGD, momentum and Adam each lower the loss, each along its own path; every batch is reported once, in order")
    func optimizers() throws {
        let (train, test) = try TrainingTests.data()
        var finals: [Double] = []
        for (optimizer, rate) in [(TrainingOptimizer.sgd, 0.1), (.momentum(0.9), 0.02), (.adam, 3e-3)] {
            var run = Self.run
            (run.optimizer, run.learningRate) = (optimizer, rate)
            var batches: [BatchRecord] = []
            let history = try run.run(train: train, test: test, onBatch: { batches.append($0) }).history
            #expect(history[2].trainLoss < history[0].trainLoss - 0.5, "\(optimizer.name): \(history.map(\.trainLoss))")
            finals.append(history[2].trainLoss)
            // 500 images in batches of 20: 25 per epoch, numbered 1…25 in each of the 2 epochs.
            #expect(batches.map(\.batch) == Array(1...25) + Array(1...25))
            #expect(batches.map(\.epoch) == Array(repeating: 1, count: 25) + Array(repeating: 2, count: 25))
            #expect(batches.allSatisfy { $0.batches == 25 && $0.examples == 20 && $0.loss.isFinite })
        }
        #expect(Set(finals).count == 3)
        #expect(TrainingOptimizer(name: "momentum", momentum: 0.5) == .momentum(0.5))
        #expect(TrainingOptimizer(name: "rmsprop") == nil)
    }

    /// Writes what ``SavedNetwork/contents(of:run:dataset:classNames:)`` gives into `folder`.
    static func write(_ outcome: TrainingRun.Outcome, run: TrainingRun, to folder: URL) throws -> SavedNetwork.Manifest {
        let (manifest, arrays) = try SavedNetwork.contents(of: outcome, run: run, dataset: .mnist5k, classNames: (0...9).map(String.init))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (file, values) in arrays { try NPY.write(values, to: folder.appendingPathComponent(file)) }
        try SavedNetwork.encode(manifest).write(to: folder.appendingPathComponent(SavedNetwork.manifestFile))
        return manifest
    }

    @Test("a saved folder reads back into the same weights, and its test accuracy is the last epoch's")
    func saveAndLoad() throws {
        let (train, test) = try TrainingTests.data()
        let outcome = try Self.run.run(train: train, test: test)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cnnlab-saved-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = try Self.write(outcome, run: Self.run, to: folder)
        #expect(manifest.parameters.map(\.name) == ["conv1.weight", "conv1.bias", "conv2.weight", "conv2.bias", "fc.weight", "fc.bias"])
        #expect(manifest.parameters.map(\.shape) == [[4, 1, 5, 5], [4], [12, 4, 5, 5], [12], [10, 192], [10]])
        #expect(manifest.layers.map(\.kind) == ["conv2d", "tanh", "avg_pool2d", "conv2d", "tanh", "avg_pool2d", "flatten", "linear"])
        let (network, read) = try SavedNetwork.load(from: folder)
        #expect(read == manifest)
        #expect(network.namedParameters.map(\.value.scalars) == outcome.network.namedParameters.map(\.value.scalars))
        let tested = try network.evaluate(inputs: test.images, targets: test.oneHotTargets)
        #expect(tested.accuracy == outcome.history[2].testAccuracy)
        // The read network runs the lesson's kernels, training ran the engine's: the same sums to rounding.
        #expect(abs(tested.loss - outcome.history[2].testLoss) < 1e-6)
    }

    @Test("a folder is refused, in one sentence, when it is missing, has no manifest, or holds another network's weights")
    func foreignFolders() throws {
        let (train, test) = try TrainingTests.data()
        var run = Self.run
        run.epochs = 1
        let outcome = try run.run(train: train, test: test)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cnnlab-foreign-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        var manifest = try Self.write(outcome, run: run, to: folder)
        #expect(throws: SavedNetworkError.self) { try SavedNetwork.load(from: folder.appendingPathComponent("missing")) }
        manifest.network = "lenet5"  // LeNet-1's weights under LeNet-5's name
        try SavedNetwork.encode(manifest).write(to: folder.appendingPathComponent(SavedNetwork.manifestFile))
        #expect(throws: SavedNetworkError.self) { try SavedNetwork.load(from: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent(SavedNetwork.manifestFile))
        #expect(throws: SavedNetworkError.self) { try SavedNetwork.load(from: folder) }
    }

    @Test("batch normalisation's running statistics are saved as PyTorch's buffers")
    func batchNormBuffers() throws {
        let recipe = NetworkRecipe.gorner2.variant(name: "gorner2-bn", dropout: [:], batchNormAfterConvolutions: true)
        let network: Sequential<Float> = try recipe.build(seed: 1)
        #expect(network.namedBuffers.map(\.name).prefix(2) == ["W1 BN.running_mean", "W1 BN.running_var"])
        #expect(network.namedBuffers.count == 2 * 3)
        #expect(network.namedBuffers.reduce(0) { $0 + $1.value.count } == network.statisticCount)
        let layers = try SavedNetwork.layerEntries(network)
        let norm = try #require(layers.first { $0.kind == "batch_norm" })
        #expect(norm.eps == 1e-3 && abs((norm.momentum ?? 0) - 0.1) < 1e-12)
    }
}
