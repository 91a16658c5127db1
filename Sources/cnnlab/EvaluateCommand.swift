import ArgumentParser
import Chapter6LeNet
import Engine
import Foundation
import NeuralNet
import Tensors

/// `cnnlab evaluate DIR --dataset SET`: the test accuracy and mean loss of a network saved by
/// `cnnlab train --save DIR`, in test mode (no dropout, batch-norm running statistics).
struct EvaluateCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Test a network saved by cnnlab train --save on a data set's test images.",
        discussion: """
            DIR holds manifest.json and the .npy weights; the network is rebuilt from the name in the \
            manifest and every parameter's name and shape is checked. Prints the test accuracy, the mean \
            softmax cross-entropy and the number of images (--json: one JSON line).
            """)

    @Argument(help: "A folder written by cnnlab train --save.")
    var folder: String

    @Option(name: .long, help: "The data set: \(DigitDataset.allCases.map(\.rawValue).joined(separator: "|")).")
    var dataset: String

    @Option(name: .long, help: "Threads sharing each batch (1 to 256; default: the machine's cores).")
    var threads = ComputeThreads.available.count

    @Flag(name: .long, help: "One JSON line: network, dataset, images, test_accuracy, test_loss.")
    var json = false

    func execute() throws {
        guard let data = DigitDataset(rawValue: dataset.lowercased()) else {
            throw CommandError("unknown data set '\(dataset)': choose one of \(DigitDataset.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard (1...256).contains(threads) else { throw CommandError("--threads must be from 1 to 256, got \(threads)") }
        var (network, manifest) = try SavedNetwork.load(from: URL(fileURLWithPath: folder))
        let (_, test) = try data.load()
        let imageShape = Array(test.images.shape.dropFirst())
        guard imageShape == network.inputShape else {
            throw CommandError("\(data.rawValue)'s images are \(TensorError.format(imageShape)), but \(manifest.network) takes \(TensorError.format(network.inputShape))")
        }
        let classes = try network.scores(test.images.slice(0..<1)).shape[1]
        guard classes == test.classNames.count else {
            throw CommandError("\(manifest.network) in \(folder) scores \(classes) classes, but \(data.rawValue) has \(test.classNames.count)")
        }
        network.kernels = EngineKernels(threads: ComputeThreads(threads))
        let (loss, accuracy) = try network.evaluate(inputs: test.images, targets: test.oneHotTargets)
        let share = accuracy ?? 0
        if json {
            print(JSONLine([("network", .text(manifest.network)), ("dataset", .text(data.rawValue)), ("images", .int(test.count)),
                            ("test_accuracy", .number(share)), ("test_loss", .number(loss))]).rendered)
        } else {
            print(String(format: "%@ from %@ on %@: test accuracy %.2f%% (%d of %d images), test loss %.4f",
                         manifest.network, folder, data.rawValue, 100 * share, Int((share * Double(test.count)).rounded()),
                         test.count, loss))
        }
    }
}
