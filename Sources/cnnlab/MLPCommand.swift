import ArgumentParser
import Chapter2Backpropagation
import Foundation
import NeuralNet

/// `cnnlab mlp`: trains a multilayer perceptron on one of chapter 2's problems and prints the
/// loss and accuracy per epoch, or one JSON object with `--json`.
struct MLPCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "mlp",
        abstract: "Train an MLP by backpropagation on xor, sine or spiral4 (chapter 2).")

    @Option(name: .long, help: "The problem: xor, sine or spiral4 (four-class 2D spiral, IFT 780 slides 2–5).")
    var task: String

    @Option(name: .long, help: "Hidden layer sizes, comma-separated, e.g. 16,16,16,16 (default depends on the task).")
    var hidden: String?

    @Option(name: .long, help: "Hidden activation: relu, tanh, sigmoid or leaky-relu (default depends on the task).")
    var activation: String?

    @Option(name: .long, help: "Passes over the training set.")
    var epochs: Int?

    @Option(name: .long, help: "Mini-batch size, 1 to 1000000.")
    var batch: Int?

    @Option(name: .long, help: "Learning rate μ.")
    var lr: Double?

    @Option(name: .long, help: "Update rule: sgd, momentum or adam (default depends on the task).")
    var optimizer: String?

    @Option(name: .long, help: "Seed of the weights, the data and the shuffles.")
    var seed: UInt64 = 1

    @Flag(name: .long, help: "Print one JSON object: loss, train_accuracy, history.")
    var json = false

    func execute() throws {
        let experiment = try makeExperiment()
        let every = Swift.max(experiment.epochs / 10, 1)
        let outcome = try experiment.run { record, _ in
            if !json, record.epoch % every == 0 || record.epoch == experiment.epochs {
                print(Self.describe(record))
            }
        }
        guard let last = outcome.history.last else { return }
        if json {
            print(try jsonReport(experiment, outcome: outcome, last: last))
        } else {
            print(String(format: "%d parameters, trained in %.3f s", outcome.model.parameterCount, outcome.seconds))
        }
    }

    /// The experiment described by the options, the task's defaults filling the rest.
    func makeExperiment() throws -> MLPExperiment {
        guard let problem = ToyProblem(rawValue: task) else {
            throw CommandError("unknown task '\(task)': expected xor, sine or spiral4")
        }
        var experiment = MLPExperiment(problem: problem)
        if let hidden {
            guard let sizes = commaSeparated(hidden, as: Int.self), sizes.allSatisfy({ (1...4096).contains($0) }) else {
                throw CommandError("--hidden must be comma-separated layer sizes from 1 to 4096, e.g. 16,16, got '\(hidden)'")
            }
            experiment.hidden = sizes
            let layers = zip(experiment.sizes, experiment.sizes.dropFirst())
            let parameters = layers.map { Dense<Double>.parameterCount(inputs: $0, outputs: $1) }.reduce(0, +)
            guard parameters <= 10_000_000 else {
                throw CommandError("--hidden \(hidden) gives \(parameters) parameters; at most 10000000 fit this command")
            }
        }
        if let activation {
            guard let chosen = Activation(name: activation), chosen != .identity else {
                throw CommandError("unknown activation '\(activation)': expected relu, tanh, sigmoid or leaky-relu")
            }
            experiment.activation = chosen
        }
        if let optimizer {
            guard let rule = MLPExperiment.OptimizerChoice(rawValue: optimizer) else {
                throw CommandError("unknown optimizer '\(optimizer)': expected sgd, momentum or adam")
            }
            experiment.optimizer = rule
        }
        if let epochs {
            guard (0...1_000_000).contains(epochs) else { throw CommandError("--epochs must be from 0 to 1000000, got \(epochs)") }
            experiment.epochs = epochs
        }
        if let batch {
            guard (1...1_000_000).contains(batch) else { throw CommandError("--batch must be from 1 to 1000000 examples, got \(batch)") }
            experiment.batchSize = batch
        }
        if let lr {
            guard lr > 0, lr.isFinite else { throw CommandError("--lr must be a positive number, got \(lr)") }
            experiment.learningRate = lr
        }
        experiment.seed = seed
        return experiment
    }

    static func describe(_ record: EpochRecord) -> String {
        let accuracy = record.accuracy.map { String(format: "  accuracy %.4f", $0) } ?? ""
        return String(format: "epoch %5d  loss %.6f", record.epoch, record.loss) + accuracy
    }

    /// The run as JSON: settings, final `loss` and `train_accuracy`, per-epoch `history`.
    func jsonReport(_ experiment: MLPExperiment, outcome: MLPExperiment.Outcome, last: EpochRecord) throws -> String {
        struct Report: Encodable {
            let task: String, sizes: [Int], activation: String, optimizer: String
            let epochs: Int, batch: Int, lr: Double, seed: UInt64, parameters: Int
            let loss: Double, trainAccuracy: Double?, seconds: Double
            let history: [EpochRecord]

            enum CodingKeys: String, CodingKey {
                case task, sizes, activation, optimizer, epochs, batch, lr, seed, parameters, loss, seconds, history
                case trainAccuracy = "train_accuracy"
            }

            /// As synthesised, except that a regression's `train_accuracy` is written as null.
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(task, forKey: .task)
                try container.encode(sizes, forKey: .sizes)
                try container.encode(activation, forKey: .activation)
                try container.encode(optimizer, forKey: .optimizer)
                try container.encode(epochs, forKey: .epochs)
                try container.encode(batch, forKey: .batch)
                try container.encode(lr, forKey: .lr)
                try container.encode(seed, forKey: .seed)
                try container.encode(parameters, forKey: .parameters)
                try container.encode(loss, forKey: .loss)
                try container.encode(trainAccuracy, forKey: .trainAccuracy)
                try container.encode(seconds, forKey: .seconds)
                try container.encode(history, forKey: .history)
            }
        }
        let report = Report(
            task: experiment.problem.rawValue, sizes: experiment.sizes, activation: experiment.activation.name,
            optimizer: experiment.optimizer.rawValue, epochs: experiment.epochs, batch: experiment.batchSize,
            lr: experiment.learningRate, seed: experiment.seed, parameters: outcome.model.parameterCount,
            loss: last.loss, trainAccuracy: last.accuracy, seconds: outcome.seconds, history: outcome.history)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }
}
