import ArgumentParser
import Engine
import NeuralNet
import Tensors

/// `cnnlab bench conv`: milliseconds and GFLOP/s of conv2d forward and forward+backward on the
/// layers of LeNet-5 and AlexNet (NCHW, Float): the lesson's direct loop and the engine's im2col
/// and vectorized kernels.
///
/// The backward pass computes what training needs: ∂L/∂W and ∂L/∂b always, ∂L/∂x except for a
/// first layer (C1, CONV1), whose input is the data. A forward pass costs 2·N·C_out·H_out·W_out·C·k_h·k_w
/// operations; each of ∂L/∂W and ∂L/∂x costs as much again. GFLOP/s is for forward+backward.
/// The padded layers are also timed with the other border modes (chapter 4): zero padding is folded
/// into im2col, the others build the padded copy, run a valid convolution, and fold the gradient back.
struct BenchConv: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "conv",
        abstract: "Time conv2d forward and forward+backward on LeNet-5 and AlexNet layers (direct, im2col, vectorized).")

    @Option(name: .long, parsing: .upToNextOption, help: "Layers to time: \(BenchShape.all.map(\.name).joined(separator: ", ")).")
    var shapes: [String] = BenchShape.all.map(\.name)

    @Option(name: .long, parsing: .upToNextOption, help: "Implementations: \(BenchImplementation.allCases.map(\.rawValue).joined(separator: ", ")).")
    var impl: [String] = BenchImplementation.allCases.map(\.rawValue)

    @Option(name: .long, parsing: .upToNextOption, help: "Thread counts for im2col and vectorized (the direct loop runs on one).")
    var threads: [Int] = [1, 2]

    @Option(name: .long, parsing: .upToNextOption, help: "Border modes for the padded layers with im2col (zero for every layer).")
    var padMode: [PaddingMode] = PaddingMode.allCases

    @Flag(name: .long, help: "One JSON object per line.")
    var json = false

    func execute() throws {
        let implementations = try impl.map { name in
            guard let i = BenchImplementation(rawValue: name) else {
                throw CommandError("unknown implementation \(name); use \(BenchImplementation.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return i
        }
        guard threads.allSatisfy({ (1...64).contains($0) }) else {
            throw CommandError("thread counts must be between 1 and 64, got \(threads)")
        }
        for name in shapes {
            guard let shape = BenchShape.all.first(where: { $0.name == name }) else {
                throw CommandError("unknown shape \(name); the shapes are \(BenchShape.all.map(\.name).joined(separator: ", "))")
            }
            for implementation in implementations {
                for count in implementation == .direct ? [1] : threads {
                    for mode in padMode where mode == .zero || (shape.padding > 0 && implementation == .im2col) {
                        print(try shape.measure(implementation, threads: count, padMode: mode).render(json: json))
                    }
                }
            }
        }
    }
}

/// The convolutions `cnnlab bench conv` times: the lesson's direct loop, the engine's two kernels.
enum BenchImplementation: String, CaseIterable {
    case direct, im2col, vectorized

    /// y = W ∗ x + b.
    func forward(_ x: Tensor<Float>, _ w: Tensor<Float>, _ b: Tensor<Float>, _ parameters: Conv2DParameters,
                 _ padMode: PaddingMode, threads: Int) throws -> Tensor<Float> {
        switch self {
        case .direct: try conv2d(x, kernel: w, bias: b, parameters: parameters, paddingMode: padMode, implementation: .direct)
        case .im2col, .vectorized: try engine(threads).conv2d(x, kernel: w, bias: b, parameters: parameters, paddingMode: padMode)
        }
    }

    /// ∂L/∂W, ∂L/∂b and (unless `first`) ∂L/∂x.
    func backward(_ dy: Tensor<Float>, _ x: Tensor<Float>, _ w: Tensor<Float>, _ parameters: Conv2DParameters,
                  _ padMode: PaddingMode, threads: Int, first: Bool) throws -> ConvolutionGradients<Float> {
        switch self {
        case .direct:
            try conv2dBackward(dy, input: x, kernel: w, parameters: parameters, paddingMode: padMode,
                               implementation: .direct, needsInputGradient: !first)
        case .im2col, .vectorized:
            try engine(threads).conv2dBackward(dy, input: x, kernel: w, parameters: parameters, paddingMode: padMode,
                                               needsInputGradient: !first)
        }
    }

    private func engine(_ threads: Int) -> FastConvolution {
        FastConvolution(self == .vectorized ? .vectorized : .im2col, threads: ComputeThreads(threads))
    }
}

/// One benchmarked layer: batch, channels, kernel, image side, stride, padding.
struct BenchShape {
    let name: String
    let batch: Int, inputChannels: Int, outputChannels: Int, kernel: Int, side: Int, stride: Int, padding: Int
    /// A first layer: its input gradient is not computed.
    let first: Bool

    static let all: [BenchShape] = [
        BenchShape(name: "lenet5-c1", batch: 100, inputChannels: 1, outputChannels: 6, kernel: 5, side: 28, stride: 1, padding: 2, first: true),
        BenchShape(name: "lenet5-c3", batch: 100, inputChannels: 6, outputChannels: 16, kernel: 5, side: 14, stride: 1, padding: 0, first: false),
        BenchShape(name: "alexnet-conv1", batch: 16, inputChannels: 3, outputChannels: 96, kernel: 11, side: 227, stride: 4, padding: 0, first: true),
        BenchShape(name: "alexnet-conv2", batch: 16, inputChannels: 96, outputChannels: 256, kernel: 5, side: 27, stride: 1, padding: 2, first: false),
        BenchShape(name: "alexnet-conv3", batch: 16, inputChannels: 256, outputChannels: 384, kernel: 3, side: 13, stride: 1, padding: 1, first: false),
    ]

    func measure(_ implementation: BenchImplementation, threads: Int, padMode: PaddingMode) throws -> BenchLine {
        var random = SeededGenerator(seed: 3)
        let x = try Tensor<Float>.uniform(shape: [batch, inputChannels, side, side], low: -1, high: 1, using: &random)
        let w = try Tensor<Float>.uniform(shape: [outputChannels, inputChannels, kernel, kernel], low: -0.1, high: 0.1, using: &random)
        let b = try Tensor<Float>.uniform(shape: [outputChannels], low: -0.1, high: 0.1, using: &random)
        let parameters = Conv2DParameters(stride: stride, padding: .explicit(padding))
        let g = try ConvolutionGeometry(inputShape: x.shape, kernelShape: w.shape, parameters: parameters)
        let dy = try Tensor<Float>.uniform(shape: g.outputShape, low: -1, high: 1, using: &random)
        // The direct loop takes seconds on AlexNet's layers: one timed run is enough there.
        let (repetitions, minimum) = implementation == .direct ? (1, 0.0) : (5, 0.2)
        let forward = try Stopwatch.best(repetitions: repetitions, minimumSeconds: minimum) {
            _ = try implementation.forward(x, w, b, parameters, padMode, threads: threads)
        }
        let both = try Stopwatch.best(repetitions: repetitions, minimumSeconds: minimum) {
            _ = try implementation.forward(x, w, b, parameters, padMode, threads: threads)
            _ = try implementation.backward(dy, x, w, parameters, padMode, threads: threads, first: first)
        }
        let pass = 2 * Double(g.batch * g.neuronCount * g.patchSize)
        let flops = pass * (first ? 2 : 3)
        return BenchLine(fields: [
            ("shape", .text(name)), ("impl", .text(implementation.rawValue)), ("pad_mode", .text(padMode.rawValue)),
            ("threads", .int(threads)),
            ("fwd_ms", .number(forward * 1e3, decimals: 2)), ("fwdbwd_ms", .number(both * 1e3, decimals: 2)),
            ("gflops", .number(flops / both / 1e9, decimals: 1)),
        ])
    }
}
