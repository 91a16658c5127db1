import ArgumentParser
import Datasets
import Engine
import Foundation
import NeuralNet
import Tensors

/// `cnnlab pool2d`: max or mean pooling of an image array (IFT 780, slides 141–144). Images
/// (H, W), (C, H, W) or (N, C, H, W) are pooled plane by plane on their last two axes; the output
/// is float32 and keeps the input's rank.
struct PoolCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "pool2d",
        abstract: "Max or mean pooling of an image array over K×K windows.",
        discussion: """
            Example: cnnlab pool2d --input x.npy --kind max --size 2 --output y.npy
            Output size per axis: (D − K + 2P)/S + 1. When it is not whole, the last cells that no
            whole window reaches are dropped (Keras, PyTorch); --ceil keeps a last, partial window
            instead (Caffe). Max pooling never picks a padding cell; a mean averages the input cells
            its window covers.
            """)

    @Option(name: .long, help: "The array (.npy, float32 or float64): (H, W), (C, H, W) or (N, C, H, W).")
    var input: String

    @Option(name: .long, help: "max or mean.")
    var kind: PoolingKind

    @Option(name: .long, help: "K, the window's side.")
    var size: Int

    @Option(name: .long, help: "S, the step between windows (default: K, windows side by side).")
    var stride: Int?

    @Option(name: .long, help: "P, cells of padding on every side (less than K).")
    var padding: Int = 0

    @Flag(name: .long, help: "Keep partial windows at the right and bottom edges (round the output size up).")
    var ceil = false

    @Option(name: .long, help: "Where to write the pooled array (.npy, float32).")
    var output: String

    @Option(name: .long, help: "engine (tuned kernels, the default) or lesson (the slides' readable loops).")
    var implementation: Implementation = .engine

    func execute() throws {
        try DataFile.checkOutput(URL(fileURLWithPath: output))
        let (shape, bytes) = try arrayFootprint(input)
        guard (2...4).contains(shape.count) else {
            throw CommandError("\(input) has shape \(TensorError.format(shape)); expected an image (H, W), (C, H, W) or (N, C, H, W)")
        }
        guard shape.suffix(2).allSatisfy({ $0 > 0 }) else {
            throw CommandError("\(input) has shape \(TensorError.format(shape)), an empty image axis: a window over no cell has no \(kind == .max ? "maximum" : "mean")")
        }
        let pooling = try Pooling2D(kind, size: size, stride: stride, padding: padding, rounding: ceil ? .ceil : .floor)
        let outputShape = try pooling.outputShape(for: shape)
        var estimate = MemoryEstimate()
        estimate.add("input", bytes: bytes)
        estimate.add("output", shape: outputShape, bytesPerValue: 4)
        if kind == .max { estimate.add("the winners' indices", shape: outputShape, bytesPerValue: 4) }
        try estimate.check("pool2d")
        guard MemoryEstimate.product(outputShape) > 0 else {  // no image at all (N or C is 0): nothing to pool
            return try NPY.write(try Tensor<Float>(shape: outputShape, scalars: []), to: URL(fileURLWithPath: output))
        }
        let x: Tensor<Float> = try readArray(input)
        let y = switch implementation {
        case .lesson: try pooling(x)
        case .engine: try FastPooling(pooling, threads: .available).forward(x).output
        }
        try checkFinite(y, of: "pool2d")
        try NPY.write(y, to: URL(fileURLWithPath: output))
    }
}

extension PoolingKind: ExpressibleByArgument {}
