import ArgumentParser
import Chapter6LeNet
import Plot
import NeuralNet
import Tensors

/// `cnnlab summary NET`: the network `cnnlab train NET` trains, layer by layer as Keras's
/// `model.summary()` prints it — each layer (activations, flatten and dropout included) with
/// its kind, the shape of its output for one image and its trainable parameters — then the
/// totals.
struct SummaryCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print the layers of a network cnnlab train trains: output shapes and parameters (as Keras's summary).",
        discussion: """
            Networks: \(NetworkRecipe.byName.map(\.name).joined(separator: ", ")). lenet5 is the 28×28 LeNet-5 \
            of IFT 780 slides 168–169 (44,426 parameters), as in cnnlab train and cnnlab shapes.
            """)

    @Argument(help: "The network: \(NetworkRecipe.byName.map(\.name).joined(separator: "|")).")
    var network: String

    func execute() throws {
        guard let recipe = NetworkRecipe.byName.first(where: { $0.name == network.lowercased() }) else {
            throw CommandError("unknown network '\(network)': choose one of \(NetworkRecipe.byName.map(\.name).joined(separator: ", "))")
        }
        let model: Sequential<Float> = try recipe.build(seed: 1)
        let entries = try SavedNetwork.layerEntries(model)
        let outputs = try model.outputs(Tensor(zeros: [1] + model.inputShape))
        let rows = [["layer (kind)", "output shape", "parameters"]]
            + zip(model.layers, zip(entries, outputs)).map { named, pair in
                ["\(named.name) (\(pair.0.kind))", "(" + pair.1.shape.dropFirst().map(String.init).joined(separator: ", ") + ")",
                 NumberFormat.grouped(named.layer.parameterCount)]
            }
        let lines = alignedColumns(rows, leftAligned: 2)
        let rule = String(repeating: "─", count: lines.map(\.count).max() ?? 0)
        print(([recipe.name + ": " + recipe.architecture.name + ", input (" + model.inputShape.map(String.init).joined(separator: ", ") + ")",
                rule, lines[0], rule] + lines.dropFirst() + [rule,
                "total parameters: \(NumberFormat.grouped(model.parameterCount)) (all trainable)",
                "running statistics (not trained): \(NumberFormat.grouped(model.statisticCount))"]).joined(separator: "\n"))
    }
}
