import ArgumentParser
import Chapter6LeNet
import Datasets
import Foundation
import NeuralNet
import Tensors

/// `cnnlab train NET --dataset SET`: trains one of chapter 6's networks and prints one line per
/// epoch (loss, train and test accuracy, seconds), with a status line redrawn during each epoch
/// on a terminal; `--log` writes the history as JSON, `--save` the trained network as a folder
/// PyTorch can load (``SavedNetwork``).
struct TrainCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train LeNet-5, LeNet-1 or Görner's MNIST networks on MNIST-5k or Fashion-MNIST (chapter 6).",
        discussion: """
            Networks: \(NetworkRecipe.byName.map(\.name).joined(separator: ", ")) (IFT 780 slides 166–169, Pasco slides 42–48).
            Data sets: mnist5k (4,000 training and 1,000 test digits, split per digit) and fashion \
            (Fashion-MNIST, 60,000 and 10,000). Adam (or --optimizer sgd|momentum), softmax cross-entropy; \
            accuracies are measured in test mode after each epoch. Each batch is shared between --threads \
            threads (default: every core) with the same results for every count.
            """)

    @Argument(help: "The network: \(NetworkRecipe.byName.map(\.name).joined(separator: "|")).")
    var network: String

    @Option(name: .long, help: "The data set: \(DigitDataset.allCases.map(\.rawValue).joined(separator: "|")).")
    var dataset: String

    @Option(name: .long, help: "Passes over the training set (1 to 1000).")
    var epochs = 10

    @Option(name: .long, help: "Mini-batch size (1 to the number of training images).")
    var batch = 32

    @Option(name: .long, help: "The learning rate μ (a positive number).")
    var lr = 1e-3

    @Option(name: .long, help: "The update rule: \(TrainingOptimizer.names.joined(separator: "|")).")
    var optimizer = "adam"

    @Option(name: .long, help: "β of --optimizer momentum (0 ≤ β < 1).")
    var momentum = 0.9

    @Option(name: .long, help: "Threads sharing each batch (1 to 256; default: the machine's cores). The results do not depend on it.")
    var threads = ComputeThreads.available.count

    @Option(name: .long, help: "Seed of the weights, the shuffles and the dropout masks.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Write the history (one record per epoch) to this JSON file.")
    var log: String?

    @Option(name: .long, help: "Save the trained network into this new (or empty) folder: .npy weights and manifest.json.")
    var save: String?

    func execute() throws {
        guard let recipe = NetworkRecipe.byName.first(where: { $0.name == network.lowercased() }) else {
            throw CommandError("unknown network '\(network)': choose one of \(NetworkRecipe.byName.map(\.name).joined(separator: ", "))")
        }
        guard let data = DigitDataset(rawValue: dataset.lowercased()) else {
            throw CommandError("unknown data set '\(dataset)': choose one of \(DigitDataset.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard (1...1000).contains(epochs) else { throw CommandError("--epochs must be from 1 to 1000, got \(epochs)") }
        guard batch > 0 else { throw CommandError("--batch must be a positive number of images, got \(batch)") }
        guard lr > 0, lr.isFinite else { throw CommandError("--lr must be a positive finite number, got \(lr)") }
        guard let rule = TrainingOptimizer(name: optimizer.lowercased(), momentum: momentum) else {
            throw CommandError("unknown optimizer '\(optimizer)': choose one of \(TrainingOptimizer.names.joined(separator: ", "))")
        }
        guard (0..<1).contains(momentum) else { throw CommandError("--momentum must be from 0 up to (not including) 1, got \(momentum)") }
        guard (1...256).contains(threads) else { throw CommandError("--threads must be from 1 to 256, got \(threads)") }
        let logURL = try log.map(Self.checkedOutput)
        let saveURL = save.map { URL(fileURLWithPath: $0) }
        if let saveURL { try StagedFolder.checkTarget(saveURL) }
        let (train, test) = try data.load()
        guard batch <= train.count else {
            throw CommandError("--batch \(batch) is larger than the \(train.count) training images of \(data.rawValue)")
        }
        let run = TrainingRun(recipe: recipe, epochs: epochs, batchSize: batch, learningRate: lr, seed: seed,
                              optimizer: rule, threads: threads)
        let parameters = (try recipe.build(seed: seed) as Sequential<Float>).parameterCount
        print("\(recipe.architecture.name) on \(data.rawValue): \(train.count) training and \(test.count) test images, \(parameters) parameters")
        var progress = TrainingProgress(epochs: epochs)
        let outcome = try run.run(train: train, test: test, onBatch: { progress.batch($0) }) { epoch in
            progress.clear()
            print(String(format: "epoch %3d  loss %.4f  train %6.2f%%  test %6.2f%%  (test loss %.4f)  %.2f s",
                         epoch.epoch, epoch.trainLoss, 100 * epoch.trainAccuracy, 100 * epoch.testAccuracy,
                         epoch.testLoss, epoch.seconds))
        }
        if let logURL {
            try writeAtomically(try jsonLog(outcome, data: data), to: logURL)
        }
        if let saveURL {
            let (manifest, arrays) = try SavedNetwork.contents(of: outcome, run: run, dataset: data, classNames: train.classNames)
            try StagedFolder.write(to: saveURL) { staging, track in
                for (file, values) in arrays {
                    track(staging.appendingPathComponent(file))
                    try NPY.write(values, to: staging.appendingPathComponent(file))
                }
                let manifestURL = staging.appendingPathComponent(SavedNetwork.manifestFile)
                track(manifestURL)
                try DataFile.writeAtomically(try SavedNetwork.encode(manifest), to: manifestURL)
            }
            print("saved \(arrays.count) arrays and \(SavedNetwork.manifestFile) to \(saveURL.path)")
        }
    }

    /// The `--log` path, refused before training when its folder is missing or it names a folder.
    static func checkedOutput(_ path: String) throws -> URL {
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        let folder = url.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandError("cannot write --log \(path): the folder \(folder) does not exist")
        }
        guard !(FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue) else {
            throw CommandError("cannot write --log \(path): it is a folder")
        }
        try DataFile.checkOutput(url)
        return url
    }

    /// The run as JSON: the settings, the parameter count and one record per epoch (epoch,
    /// train_loss, train_accuracy, test_loss, test_accuracy, seconds).
    func jsonLog(_ outcome: TrainingRun.Outcome, data: DigitDataset) throws -> String {
        struct Log: Encodable {
            let network: String, dataset: String, epochs: Int, batch: Int, lr: Double, optimizer: String, momentum: Double?
            let seed: UInt64, parameters: Int
            let history: [TrainingRun.Epoch]
        }
        let rule = TrainingOptimizer(name: optimizer.lowercased(), momentum: momentum)
        let log = Log(network: network.lowercased(), dataset: data.rawValue, epochs: epochs, batch: batch, lr: lr,
                      optimizer: rule?.name ?? optimizer, momentum: rule?.momentum, seed: seed,
                      parameters: outcome.network.parameterCount, history: outcome.history)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        encoder.keyEncodingStrategy = .convertToSnakeCase  // train_loss, test_accuracy: as `cnnlab mlp --json`
        return String(decoding: try encoder.encode(log), as: UTF8.self) + "\n"
    }
}
