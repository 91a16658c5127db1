import ArgumentParser
import Datasets
import Engine
import Foundation
import NeuralNet
import Tensors

/// `cnnlab conv1d`: a signal convolved with a bank of filters, as IFT 780 slides 31–67 slide
/// them (cross-correlation; `--flip` for the mathematical convolution).
struct Conv1DCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "conv1d",
        abstract: "Convolve a signal (.npy) with filters: (L), (C, L) or (N, C, L) with (F) or (C_out, C_in, F).",
        discussion: """
            Example: cnnlab conv1d --input x.npy --kernel w.npy --stride 2 --output y.npy
            y[o, i] = b[o] + Σ_c Σ_u x[c, i·S + u − P]·W[o, c, u] (no flip, as the decks; --flip flips).
            Output size (L − F + 2P)/S + 1; a stride that does not tile is refused ("D-F-S invalide").
            The output keeps the input's rank; a signal (L) with several filters gives (C_out, L_out).
            """)

    @OptionGroup var options: ConvolutionOptions

    func execute() throws {
        let (estimate, shapes) = try options.inputFootprint()
        let signal = try CommandShapes.batched(shapes.input, spatialAxes: 1, name: options.input, what: "a signal (L), (C, L) or (N, C, L)")
        let kernelShape = try CommandShapes.filters(shapes.kernel, spatialAxes: 1, name: options.kernel, what: "a kernel (F) or (C_out, C_in, F)")
        guard options.stride.count == 1 else {
            throw CommandError("a signal has one axis, so --stride takes one value, got \(options.stride.description)")
        }
        let parameters = Conv1DParameters(stride: options.stride.height, padding: options.padding.spec, flipped: options.flip)
        let geometry = try ConvolutionGeometry(signalShape: signal, kernelShape: kernelShape, parameters: parameters)
        let implementation = try options.implementation(for: geometry, inputs: estimate, command: "conv1d")
        let (x, w, b) = try options.arrays()
        let y = try conv1d(x.reshaped(signal), kernel: w.reshaped(kernelShape), bias: b, parameters: parameters,
                           paddingMode: options.padMode, implementation: implementation)
        try checkFinite(y, of: "conv1d")
        try options.write(y, keepingRankOf: x.shape)
    }
}

/// `cnnlab conv2d`: images convolved with a bank of filters (IFT 780 slides 68–104; deck 002's RGB
/// example), with stride, zero padding, bias.
struct Conv2DCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "conv2d",
        abstract: "Convolve images (.npy) with filters: (H, W), (C, H, W) or (N, C, H, W) with (kh, kw) or (C_out, C_in, kh, kw).",
        discussion: """
            Example: cnnlab conv2d --input x.npy --kernel w.npy --bias b.npy --stride 2 --padding 1 --output y.npy
            y[o, i, j] = b[o] + Σ_c Σ_u Σ_v x[c, i·S_H + u − P, j·S_W + v − P]·W[o, c, u, v] (IFT 780 slide 69).
            Output size (D − F + 2P)/S + 1 per axis; a stride that does not tile is refused.
            The output keeps the input's rank; an image (H, W) with several filters gives (C_out, H_out, W_out).
            --implementation engine (the default) runs the engine's im2col on every core; lesson runs the library's im2col loop.
            """)

    @OptionGroup var options: ConvolutionOptions

    @Option(name: .long, help: "engine (tuned kernels, the default) or lesson (the slides' readable loops).")
    var implementation: Implementation = .engine

    func execute() throws {
        let (estimate, shapes) = try options.inputFootprint()
        let images = try CommandShapes.batched(shapes.input, spatialAxes: 2, name: options.input,
                                               what: "an image (H, W), (C, H, W) or (N, C, H, W)")
        let kernelShape = try CommandShapes.filters(shapes.kernel, spatialAxes: 2, name: options.kernel,
                                                    what: "a kernel (kh, kw) or (C_out, C_in, kh, kw)")
        let parameters = Conv2DParameters(strideHeight: options.stride.height, strideWidth: options.stride.width,
                                          padding: options.padding.spec, flipped: options.flip)
        let geometry = try ConvolutionGeometry(inputShape: images, kernelShape: kernelShape, parameters: parameters)
        // The im2col block when it fits the memory budget, else the direct loop (no block at all).
        let fits = try options.implementation(for: geometry, inputs: estimate, command: "conv2d")
        let (x, w, b) = try options.arrays()
        let (input, kernel) = (try x.reshaped(images), try w.reshaped(kernelShape))
        let y = switch (implementation, fits) {
        case (.engine, .im2col): try FastConvolution(.im2col, threads: .available)
            .conv2d(input, kernel: kernel, bias: b, parameters: parameters, paddingMode: options.padMode)
        default: try conv2d(input, kernel: kernel, bias: b, parameters: parameters, paddingMode: options.padMode, implementation: fits)
        }
        try checkFinite(y, of: "conv2d")
        try options.write(y, keepingRankOf: x.shape)
    }
}

/// The options `conv1d` and `conv2d` share.
struct ConvolutionOptions: ParsableArguments {
    @Option(name: .long, help: "The input array (.npy, float32 or float64).")
    var input: String

    @Option(name: .long, help: "The filters (.npy, float32 or float64).")
    var kernel: String

    @Option(name: .long, help: "One bias per filter (.npy, shape (C_out)).")
    var bias: String?

    @Option(name: .long, help: "S, or S_H,S_W for images: the step of the window.")
    var stride = StrideArgument(height: 1, width: 1, count: 1)

    @Option(name: .long, help: "valid, same, full, or P zero cells on every side.")
    var padding = PaddingArgument(spec: .valid, text: "valid")

    @Option(name: .long, help: "What the border holds: zero, reflect, replicate or circular.")
    var padMode: PaddingMode = .zero

    @Flag(name: .long, help: "Flip the kernel: the mathematical convolution instead of the decks' cross-correlation.")
    var flip = false

    @Option(name: .long, help: "Where to write the result (.npy, float32).")
    var output: String

    /// Refuses an output path that cannot be written, then reads the three headers: the memory
    /// the arrays take once read, and their shapes.
    func inputFootprint() throws -> (MemoryEstimate, shapes: (input: [Int], kernel: [Int])) {
        try DataFile.checkOutput(URL(fileURLWithPath: output))
        var estimate = MemoryEstimate()
        let x = try arrayFootprint(input), w = try arrayFootprint(kernel)
        estimate.add("input", bytes: x.bytes)
        estimate.add("kernel", bytes: w.bytes)
        if let bias { estimate.add("bias", bytes: try arrayFootprint(bias).bytes) }
        return (estimate, (x.shape, w.shape))
    }

    /// The largest im2col scratch a command takes (1 GB): a 200×200 kernel over a 400×400 image
    /// would otherwise take 6.4 GB of columns for a 160 kB output.
    static let columnBlockLimit = 1_000_000_000

    /// im2col when its column block (C·k_h·k_w × H_out·W_out per worker) fits beside the arrays
    /// and within ``columnBlockLimit``,
    /// the direct loops (no scratch) when only the arrays fit; otherwise a refusal that says how
    /// much memory the convolution needs. The products are checked: `geometry.outputPositions`
    /// would trap on an output whose size overflows.
    func implementation(for geometry: ConvolutionGeometry, inputs: MemoryEstimate, command: String) throws -> ConvolutionImplementation {
        var estimate = inputs
        estimate.add("output", shape: geometry.outputShape, bytesPerValue: 4)
        if padMode != .zero {
            let height = MemoryEstimate.sum([geometry.inputHeight, geometry.paddingRows.before, geometry.paddingRows.after])
            let width = MemoryEstimate.sum([geometry.inputWidth, geometry.paddingColumns.before, geometry.paddingColumns.after])
            estimate.add("padded input", shape: [geometry.batch, geometry.inputChannels, height, width], bytesPerValue: 4)
        }
        if flip { estimate.add("flipped kernel", shape: geometry.kernelShape, bytesPerValue: 4) }
        let workers = max(1, min(ComputeThreads.available.count, geometry.batch))
        var withColumns = estimate
        withColumns.add("im2col block", shape: [workers, geometry.inputChannels, geometry.kernelHeight, geometry.kernelWidth,
                                                geometry.outputHeight, geometry.outputWidth], bytesPerValue: 4)
        if withColumns.fits, withColumns.total - estimate.total <= Self.columnBlockLimit { return .im2col }
        try estimate.check(command)
        return .direct
    }

    /// The input, the kernel and the bias, read as Float and checked for NaN and infinities.
    func arrays() throws -> (Tensor<Float>, Tensor<Float>, Tensor<Float>?) {
        (try readArray(input), try readArray(kernel), try bias.map { try readArray($0) })
    }

    /// Writes `y` (N, C_out, …) with the leading axes the input had: none for (L) or (H, W) when
    /// there is one filter, no batch axis for (C, L) or (C, H, W).
    func write(_ y: Tensor<Float>, keepingRankOf inputShape: [Int]) throws {
        let spatial = y.rank - 2
        let leading = inputShape.count - spatial
        var shape = y.shape
        if leading < 2 { shape.removeFirst() }
        if leading < 1, shape.first == 1 { shape.removeFirst() }
        try NPY.write(y.reshaped(shape), to: URL(fileURLWithPath: output))
    }
}

/// The shapes the commands accept, brought to the library's (N, C, …) and (C_out, C_in, …).
enum CommandShapes {
    /// (…spatial) → (1, 1, …), (C, …) → (1, C, …), (N, C, …) unchanged.
    static func batched(_ shape: [Int], spatialAxes: Int, name: String, what: String) throws -> [Int] {
        guard (spatialAxes...(spatialAxes + 2)).contains(shape.count) else {
            throw CommandError("\(name) has shape \(TensorError.format(shape)); expected \(what)")
        }
        return Array(repeating: 1, count: spatialAxes + 2 - shape.count) + shape
    }

    /// (…spatial) → (1, 1, …); (C_out, C_in, …) unchanged.
    static func filters(_ shape: [Int], spatialAxes: Int, name: String, what: String) throws -> [Int] {
        switch shape.count {
        case spatialAxes: return [1, 1] + shape
        case spatialAxes + 2: return shape
        default: throw CommandError("\(name) has shape \(TensorError.format(shape)); expected \(what)")
        }
    }
}

/// `--stride S` or `--stride S_H,S_W`.
struct StrideArgument: ExpressibleByArgument, CustomStringConvertible {
    let height: Int
    let width: Int
    /// How many values were given (1 or 2).
    let count: Int

    init(height: Int, width: Int, count: Int) {
        (self.height, self.width, self.count) = (height, width, count)
    }

    init?(argument: String) {
        guard let values = commaSeparated(argument, as: Int.self), let first = values.first, let last = values.last,
              values.count <= 2 else { return nil }
        self.init(height: first, width: last, count: values.count)
    }

    var description: String { count == 1 ? "\(height)" : "\(height),\(width)" }
}

/// `--padding valid|same|full|P`.
struct PaddingArgument: ExpressibleByArgument {
    let spec: Padding
    let text: String

    init(spec: Padding, text: String) {
        (self.spec, self.text) = (spec, text)
    }

    init?(argument: String) {
        switch argument {
        case "valid": self.init(spec: .valid, text: argument)
        case "same": self.init(spec: .same, text: argument)
        case "full": self.init(spec: .full, text: argument)
        default:
            guard let cells = Int(argument) else { return nil }
            self.init(spec: .explicit(cells), text: argument)
        }
    }

    var defaultValueDescription: String { text }
}
