import ArgumentParser
import Chapter7AlexNet
import Foundation
import NeuralNet
import Plot

/// `cnnlab shapes NET`: a network's layers with output shape, neurons and parameters, and the
/// totals (chapter 7; IFT 780 slides 166–193), as a table or as JSON.
struct ShapesCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "shapes",
        abstract: "Print a network's layer shapes, neurons and parameters (LeNet, Görner's MNIST nets, AlexNet, VGG16).",
        discussion: """
            Networks: \(Networks.byName.map(\.name).joined(separator: ", ")). lenet1 is IFT 780's 28×28 LeNet-1,
            lenet5 the 28×28 LeNet-5 that cnnlab train trains (IFT 780 slides 168–169), lenet5-32 the 1998 paper's \
            32×32 LeNet-5 with a fully connected C3, gorner1 uses the 5×5 W2 of Görner's code.
            Neurons are the values a layer outputs for one image; memory counts 4 bytes per value.
            """)

    @Argument(help: "The network: \(Networks.byName.map(\.name).joined(separator: "|")).")
    var network: String

    @Flag(name: .long, help: "Print JSON instead of a table.")
    var json = false

    func execute() throws {
        guard let architecture = Networks.byName.first(where: { $0.name == network.lowercased() })?.architecture else {
            throw CommandError("unknown network \(network): choose one of \(Networks.byName.map(\.name).joined(separator: ", "))")
        }
        let table = try architecture.table()
        print(json ? try jsonText(table) : text(table))
    }

    /// Aligned columns, then the totals.
    private func text(_ table: ArchitectureTable) -> String {
        let rows = [["layer", "output", "neurons", "parameters"]]
            + table.rows.map { [$0.name, $0.output.description, NumberFormat.grouped($0.neurons), NumberFormat.grouped($0.parameters)] }
            + [["total", "", NumberFormat.grouped(table.neurons), NumberFormat.grouped(table.parameters)]]
        let lines = alignedColumns(rows, leftAligned: 2)
        var footer = ["memory at 4 bytes per value: neurons \(megabytes(table.neuronBytes)) MB, "
            + "parameters \(megabytes(table.parameterBytes)) MB, forward pass \(megabytes(table.forwardBytes)) MB"]
        if table.statistics > 0 {
            footer.append("plus \(NumberFormat.grouped(table.statistics)) non-trainable batch-norm statistics (running mean and variance)")
        }
        return ([table.name] + lines + footer).joined(separator: "\n")
    }

    private struct LayerJSON: Encodable {
        let name: String
        let output: [Int]
        let neurons: Int
        let weights: Int
        let parameters: Int
        let statistics: Int
    }

    private struct TableJSON: Encodable {
        let network: String
        let layers: [LayerJSON]
        let neurons: Int
        let parameters: Int
        let statistics: Int
        let neuron_bytes: Int
        let parameter_bytes: Int
        let forward_bytes: Int
    }

    /// The same rows and totals; an output shape is [H, W, C] or [n].
    private func jsonText(_ table: ArchitectureTable) throws -> String {
        let layers = table.rows.map { row -> LayerJSON in
            let output: [Int]
            switch row.output {
            case let .maps(height, width, channels): output = [height, width, channels]
            case let .vector(n): output = [n]
            }
            return LayerJSON(name: row.name, output: output, neurons: row.neurons, weights: row.weights,
                             parameters: row.parameters, statistics: row.statistics)
        }
        let document = TableJSON(network: table.name, layers: layers, neurons: table.neurons, parameters: table.parameters,
                                 statistics: table.statistics, neuron_bytes: table.neuronBytes,
                                 parameter_bytes: table.parameterBytes, forward_bytes: table.forwardBytes)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }

    private func megabytes(_ bytes: Int) -> String { ArchitectureTable.megabytes(bytes) }
}
