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
            accuracies are measured in test mode after each epoch, on the test set and on the training set \
            (at most \(TrainingRun.recordedTrainingImages) of its images, evenly spaced). Each batch is shared between --threads \
            threads (default: every core) with the same results for every count.
            Defaults (chapter 6's recipes; every option given replaces its part):
              mnist5k: \(TrainingRun.defaults(for: .leNet5, on: .mnist5k).recipeDescription) (LeNet-1: μ = 0.003)
              fashion: \(TrainingRun.defaults(for: .leNet5, on: .fashion).recipeDescription)
            """)

    @Argument(help: "The network: \(NetworkRecipe.byName.map(\.name).joined(separator: "|")).")
    var network: String

    @Option(name: .long, help: "The data set: \(DigitDataset.allCases.map(\.rawValue).joined(separator: "|")).")
    var dataset: String

    @Option(name: .long, help: "Passes over the training set (1 to 1000; default: the data set's recipe).")
    var epochs: Int?

    @Option(name: .long, help: "Mini-batch size (1 to the number of training images; default 32).")
    var batch: Int?

    @Option(name: .long, help: "The learning rate μ at the start (a positive number; default: the recipe's).")
    var lr: Double?

    @Option(name: .long, help: "How μ changes from update to update: constant|cosine (default: cosine).")
    var schedule: String?

    @Option(name: .long, help: "Move every training image by up to this many pixels each time it is drawn (0 to 4; default: 2 for mnist5k, 0 for fashion).")
    var shift: Int?

    @Option(name: .long, help: "Mirror half the training images left–right: yes|no (default: no for mnist5k, yes for fashion).")
    var flips: String?

    @Option(name: .long, help: "The update rule: \(TrainingOptimizer.names.joined(separator: "|")).")
    var optimizer = "adam"

    @Option(name: .long, help: "β of --optimizer momentum (0 ≤ β < 1).")
    var momentum = 0.9

    @Option(name: .long, help: "Threads sharing each batch (1 to 256; default: the machine's cores). The results do not depend on it.")
    var threads = ComputeThreads.available.count

    @Option(name: .long, help: "Seed of the weights, the shuffles, the moves and the dropout masks.")
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
        var run = try settings(recipe: recipe, data: data)
        guard let rule = TrainingOptimizer(name: optimizer.lowercased(), momentum: momentum) else {
            throw CommandError("unknown optimizer '\(optimizer)': choose one of \(TrainingOptimizer.names.joined(separator: ", "))")
        }
        guard (0..<1).contains(momentum) else { throw CommandError("--momentum must be from 0 up to (not including) 1, got \(momentum)") }
        guard (1...256).contains(threads) else { throw CommandError("--threads must be from 1 to 256, got \(threads)") }
        let logURL = try log.map(Self.checkedOutput)
        let saveURL = save.map { URL(fileURLWithPath: $0) }
        if let saveURL { try StagedFolder.checkTarget(saveURL) }
        let (train, test) = try data.load()
        guard run.batchSize <= train.count else {
            throw CommandError("--batch \(run.batchSize) is larger than the \(train.count) training images of \(data.rawValue)")
        }
        (run.optimizer, run.threads) = (rule, threads)
        let parameters = (try recipe.build(seed: seed) as Sequential<Float>).parameterCount
        print("\(recipe.architecture.name) on \(data.rawValue): \(train.count) training and \(test.count) test images, \(parameters) parameters")
        print(run.recipeDescription)
        var progress = TrainingProgress(epochs: run.epochs)
        let outcome = try run.run(train: train, test: test, onBatch: { progress.batch($0) }) { epoch in
            progress.clear()
            print(String(format: "epoch %3d  loss %.4f  train %6.2f%%  test %6.2f%%  (test loss %.4f)  %.2f s",
                         epoch.epoch, epoch.trainLoss, 100 * epoch.trainAccuracy, 100 * epoch.testAccuracy,
                         epoch.testLoss, epoch.seconds))
        }
        if let logURL {
            try writeAtomically(try jsonLog(outcome, run: run, data: data), to: logURL)
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

    /// The data set's recipe (``TrainingRun/defaults(for:on:)``) with the options given in place
    /// of its parts, each checked.
    func settings(recipe: NetworkRecipe, data: DigitDataset) throws -> TrainingRun {
        var run = TrainingRun.defaults(for: recipe, on: data, seed: seed)
        if let epochs {
            guard (1...1000).contains(epochs) else { throw CommandError("--epochs must be from 1 to 1000, got \(epochs)") }
            run.epochs = epochs
        }
        if let batch {
            guard batch > 0 else { throw CommandError("--batch must be a positive number of images, got \(batch)") }
            run.batchSize = batch
        }
        if let lr {
            guard lr > 0, lr.isFinite else { throw CommandError("--lr must be a positive finite number, got \(lr)") }
            run.learningRate = lr
        }
        if let schedule {
            guard let chosen = LearningRateSchedule(rawValue: schedule.lowercased()) else {
                throw CommandError("unknown --schedule '\(schedule)': choose one of \(LearningRateSchedule.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            run.schedule = chosen
        }
        if let shift {
            guard (0...4).contains(shift) else { throw CommandError("--shift must be from 0 to 4 pixels, got \(shift)") }
            run.augmentation.maxShift = shift
        }
        if let flips {
            guard let mirrored = ["yes": true, "no": false][flips.lowercased()] else {
                throw CommandError("--flips takes yes or no, got '\(flips)'")
            }
            run.augmentation.horizontalFlips = mirrored
        }
        return run
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

    /// The run as JSON: the settings (augmentation as max_shift and horizontal_flips), the
    /// parameter count and one record per epoch (epoch, train_loss, train_accuracy, test_loss,
    /// test_accuracy, seconds).
    func jsonLog(_ outcome: TrainingRun.Outcome, run: TrainingRun, data: DigitDataset) throws -> String {
        struct Log: Encodable {
            let network: String, dataset: String, epochs: Int, batch: Int, lr: Double, schedule: LearningRateSchedule
            let augmentation: Augmentation, standardize: Bool, optimizer: String, momentum: Double?
            let seed: UInt64, parameters: Int
            let history: [TrainingRun.Epoch]
        }
        let log = Log(network: network.lowercased(), dataset: data.rawValue, epochs: run.epochs, batch: run.batchSize, lr: run.learningRate,
                      schedule: run.schedule, augmentation: run.augmentation, standardize: run.standardize,
                      optimizer: run.optimizer.name, momentum: run.optimizer.momentum, seed: seed,
                      parameters: outcome.network.parameterCount, history: outcome.history)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        encoder.keyEncodingStrategy = .convertToSnakeCase  // train_loss, test_accuracy: as `cnnlab mlp --json`
        return String(decoding: try encoder.encode(log), as: UTF8.self) + "\n"
    }
}
