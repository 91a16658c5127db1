import ArgumentParser
import Chapter6LeNet
import Foundation
import NeuralNet
import Tensors

/// `cnnlab bench train`: seconds per epoch of chapter 6's training loop — shuffling, gathering
/// each mini-batch, forward, backward, Adam — without the evaluations that `cnnlab train` adds
/// after each epoch, for mini-batches of 32 and 100 on 1 and 2 threads. The same JSON lines as
/// tools/peers/bench_train.py prints for PyTorch (same network, initialisation, optimiser, batch).
struct BenchTrain: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Seconds per epoch of the training loop (no evaluation): LeNet-5 on Fashion-MNIST, batches 32 and 100, 1 and 2 threads.")

    @Option(name: .long, help: "The network: \(NetworkRecipe.byName.map(\.name).joined(separator: "|")).")
    var network = "lenet5"

    @Option(name: .long, help: "The data set: \(DigitDataset.allCases.map(\.rawValue).joined(separator: "|")).")
    var dataset = "fashion"

    @Option(name: .long, parsing: .upToNextOption, help: "Mini-batch sizes.")
    var batches: [Int] = [32, 100]

    @Option(name: .long, parsing: .upToNextOption, help: "Thread counts.")
    var threads: [Int] = [1, 2]

    @Flag(name: .long, help: "One JSON object per line.")
    var json = false

    func execute() throws {
        guard let recipe = NetworkRecipe.byName.first(where: { $0.name == network.lowercased() }) else {
            throw CommandError("unknown network '\(network)': choose one of \(NetworkRecipe.byName.map(\.name).joined(separator: ", "))")
        }
        guard let data = DigitDataset(rawValue: dataset.lowercased()) else {
            throw CommandError("unknown data set '\(dataset)': choose one of \(DigitDataset.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard !threads.isEmpty, threads.allSatisfy({ (1...256).contains($0) }) else {
            throw CommandError("--threads must be counts from 1 to 256, got \(threads)")
        }
        let (train, test) = try data.load()
        guard !batches.isEmpty, batches.allSatisfy({ (1...train.count).contains($0) }) else {
            throw CommandError("--batches must be sizes from 1 to \(train.count), got \(batches)")
        }
        for batch in batches {
            for count in threads {
                let run = TrainingRun(recipe: recipe, epochs: 1, batchSize: batch, seed: 1, threads: count)
                // The loop alone: from the end of epoch 0's evaluation to the last update of epoch 1.
                var start = ContinuousClock.now, end = ContinuousClock.now
                _ = try run.run(train: train, test: test, onBatch: { record in
                    if record.batch == record.batches { end = .now }
                }, onEpoch: { epoch in
                    if epoch.epoch == 0 { start = .now }
                })
                let elapsed = start.duration(to: end)
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
                print(BenchLine(fields: [("network", .text(recipe.name)), ("dataset", .text(data.rawValue)), ("batch", .int(batch)),
                                         ("threads", .int(count)), ("impl", .text("engine")),
                                         ("train_s_per_epoch", .number(seconds, decimals: 3))]).render(json: json))
            }
        }
    }
}
