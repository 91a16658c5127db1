import ArgumentParser
import Datasets
import Foundation
import NeuralNet
import Tensors

/// `cnnlab pad`: the padded array, to see what a border mode adds (IFT 780, slides 61–62).
/// Signals (L) or (C, L) are padded on their last axis, images (C, H, W) or (N, C, H, W) on their
/// last two; the output is float32 and keeps the input's rank.
struct PadCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "pad",
        abstract: "Add a border of P cells (zero, reflect, replicate or circular) to a signal or an image.",
        discussion: """
            Example: cnnlab pad --input x.npy --padding 2 --pad-mode reflect --output y.npy
            Reflection does not repeat the edge (10 20 30 … → 20 | 10 20 30 …), so it needs P < D.
            """)

    @Option(name: .long, help: "The array (.npy, float32 or float64): (L), (C, L), (C, H, W) or (N, C, H, W).")
    var input: String

    @Option(name: .long, help: "P, the cells added on every side of each spatial axis.")
    var padding: Int

    @Option(name: .long, help: "What the border holds (reflect: the edge is not repeated; replicate: the edge is stretched).")
    var padMode: PaddingMode = .zero

    @Option(name: .long, help: "Where to write the padded array (.npy, float32).")
    var output: String

    func execute() throws {
        try DataFile.checkOutput(URL(fileURLWithPath: output))
        let (shape, bytes) = try arrayFootprint(input)
        let widths = Array(repeating: Padding.Width(padding), count: try spatialAxes(of: shape))
        let outputShape = try paddedShape(shape, widths: widths, mode: padMode)
        var estimate = MemoryEstimate()
        estimate.add("input", bytes: bytes)
        estimate.add("output", shape: outputShape, bytesPerValue: 4)
        try estimate.check("pad")
        guard MemoryEstimate.product(outputShape) > 0 else {  // an empty result: no plane to visit
            return try NPY.write(try Tensor<Float>(shape: outputShape, scalars: []), to: URL(fileURLWithPath: output))
        }
        let x: Tensor<Float> = try readArray(input)
        try NPY.write(pad(x, widths: widths, mode: padMode), to: URL(fileURLWithPath: output))
    }

    /// 1 for a signal, 2 for an image, by rank (ARCHITECTURE.md, "Commands").
    private func spatialAxes(of shape: [Int]) throws -> Int {
        switch shape.count {
        case 1, 2: return 1
        case 3, 4: return 2
        default:
            throw CommandError("\(input) has shape \(TensorError.format(shape)); expected a signal (L) or (C, L), "
                + "or an image (C, H, W) or (N, C, H, W)")
        }
    }
}

extension PaddingMode: ExpressibleByArgument {}
