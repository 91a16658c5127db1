import ArgumentParser
import Datasets
import FileSafety
import Foundation
import NeuralNet
import Tensors

/// `cnnlab layer OP`: one operation of the course, forward and backward, on the arrays given —
/// the value a student's NumPy homework (or PyTorch, `make crosscheck`) can be checked against.
/// It computes in Double and writes float64 arrays into a folder, whole or not at all.
struct LayerCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "layer",
        abstract: "Run one layer forward and backward: output.npy, grad_input.npy and grad_<parameter>.npy.",
        discussion: """
            Example: cnnlab layer conv2d --input x.npy --kernel w.npy --bias b.npy --stride 2 --padding same \\
                       --grad-output dy.npy --out grads/
            OP is one of: \(LayerOperation.allCases.map(\.rawValue).joined(separator: ", ")).
            Shapes are PyTorch's: conv1d (N, C, L) with (C_out, C_in, F); conv2d and pool2d (N, C, H, W) with
            (C_out, C_in, kh, kw); dense (N, in) with W (out, in); batchnorm (N, C) or (N, C, H, W) with γ as
            --kernel and β as --bias; dropout takes the 0/1 mask it keeps (--mask) and scales by 1/(1 − p);
            softmax-cross-entropy takes scores (N, C) and targets (N, C) (rows summing to 1) and gives the
            batch mean, its output a scalar; rnn takes the window's input and target indices (T) as --input and
            --target, the parameters as --wxh --whh --why --bh --by and h₋₁ as --hidden-state, and writes the loss
            Σ_t −log p_t[target_t], the hidden states (T, H) and grad_wxh … grad_by (BPTT); the optimizers (sgd, momentum, adagrad, adam) take the parameter as
            --input and its gradient as --grad-output, repeat the step --steps times and write the parameter.
            DIR must not exist or be empty; arrays are written as float64.
            """)

    @Argument(help: "The operation.")
    var operation: LayerOperation

    @OptionGroup var arrays: LayerArrays
    @OptionGroup var settings: LayerSettings

    @Option(name: .customLong("out"), help: "The folder to write the arrays into (must not exist, or be empty).")
    var directory: String

    func execute() throws {
        let result = try operation.run(arrays: arrays.read(), settings: settings)
        try LayerFolder.write(result, to: URL(fileURLWithPath: directory))
    }
}

/// The arrays of a layer run, by their file names (`output`, `grad_input`, `grad_weight`, …).
typealias LayerResult = [(name: String, array: Tensor<Double>)]

/// The array options of `cnnlab layer`.
struct LayerArrays: ParsableArguments {
    @Option(name: .long, help: "x, the layer's input (.npy).")
    var input: String
    @Option(name: .long, help: "The weights: a kernel, a dense layer's W (out, in), batch norm's γ.")
    var kernel: String?
    @Option(name: .long, help: "The bias (batch norm's β).")
    var bias: String?
    @Option(name: .long, help: "∂L/∂y, shaped like the output (the gradient, for an optimizer).")
    var gradOutput: String?
    @Option(name: .long, help: "The targets of softmax-cross-entropy, (N, C).")
    var target: String?
    @Option(name: .long, help: "Dropout's keep mask, 0 or 1, shaped like the input.")
    var mask: String?
    @Option(name: .long, help: "Batch norm's running mean (for --mode eval, and updated by --mode train).")
    var runningMean: String?
    @Option(name: .long, help: "Batch norm's running variance.")
    var runningVar: String?
    @Option(name: .customLong("wxh"), help: "rnn: Wxh (H, V).")
    var wxh: String?
    @Option(name: .customLong("whh"), help: "rnn: Whh (H, H).")
    var whh: String?
    @Option(name: .customLong("why"), help: "rnn: Why (V, H).")
    var why: String?
    @Option(name: .customLong("bh"), help: "rnn: bh (H).")
    var bh: String?
    @Option(name: .customLong("by"), help: "rnn: by (V).")
    var by: String?
    @Option(name: .long, help: "rnn: h₋₁, the state the window starts from (default 0).")
    var hiddenState: String?

    /// Every array given, read as Double.
    func read() throws -> LayerInputs {
        func optional(_ path: String?) throws -> Tensor<Double>? { try path.map { try readArray($0) } }
        return LayerInputs(input: try readArray(input), kernel: try optional(kernel), bias: try optional(bias),
                           gradOutput: try optional(gradOutput), target: try optional(target), mask: try optional(mask),
                           runningMean: try optional(runningMean), runningVariance: try optional(runningVar),
                           recurrent: [try optional(wxh), try optional(whh), try optional(why), try optional(bh), try optional(by)],
                           hiddenState: try optional(hiddenState))
    }
}

/// The arrays, read.
struct LayerInputs {
    let input: Tensor<Double>
    let kernel: Tensor<Double>?
    let bias: Tensor<Double>?
    let gradOutput: Tensor<Double>?
    let target: Tensor<Double>?
    let mask: Tensor<Double>?
    let runningMean: Tensor<Double>?
    let runningVariance: Tensor<Double>?
    /// Wxh, Whh, Why, bh, by of an RNN, each nil when not given.
    let recurrent: [Tensor<Double>?]
    let hiddenState: Tensor<Double>?

    /// An array the operation needs, or the sentence that says which option is missing.
    func required(_ array: Tensor<Double>?, _ option: String, for operation: LayerOperation) throws -> Tensor<Double> {
        guard let array else { throw CommandError("layer \(operation.rawValue) needs \(option)") }
        return array
    }
}

/// The scalar options of `cnnlab layer`.
struct LayerSettings: ParsableArguments {
    @Option(name: .long, help: "S, or S_H,S_W (conv2d): the step of the window (pool2d: default K).")
    var stride: StrideArgument?
    @Option(name: .long, help: "Convolution: valid, same, full or P; pool2d: P.")
    var padding = PaddingArgument(spec: .valid, text: "valid")
    @Option(name: .long, help: "Convolution border: zero, reflect, replicate or circular.")
    var padMode: PaddingMode = .zero
    @Flag(name: .long, help: "Convolution: flip the kernel.")
    var flip = false
    @Option(name: .long, help: "pool2d: max or mean.")
    var kind: PoolingKind = .max
    @Option(name: .long, help: "pool2d: K, the window's side.")
    var size: Int?
    @Flag(name: .long, help: "pool2d: keep partial windows (round the output size up).")
    var ceil = false
    @Option(name: .long, help: "leaky-relu: the slope for z < 0.")
    var slope: Double = 0.01
    @Option(name: .long, help: "dropout: p, the probability of dropping.")
    var rate: Double = 0.5
    @Option(name: .long, help: "batchnorm: train (batch statistics) or eval (running statistics).")
    var mode: BatchNormMode = .train
    @Option(name: .long, help: "batchnorm: ε, inside the square root.")
    var eps: Double = 1e-5
    @Option(name: .long, help: "batchnorm: the fraction of the running statistics kept (PyTorch's 1 − momentum).")
    var keep: Double = 0.9
    @Option(name: .long, help: "Optimizers: the learning rate.")
    var lr: Double = 0.01
    @Option(name: .long, help: "momentum: β; adam: β₁.")
    var beta1: Double = 0.9
    @Option(name: .long, help: "adam: β₂.")
    var beta2: Double = 0.999
    @Option(name: .long, help: "Optimizers: how many steps with the same gradient (1–1000).")
    var steps: Int = 1
}

/// Batch normalisation's two passes.
enum BatchNormMode: String, ExpressibleByArgument, CaseIterable {
    case train, eval
}

/// Writing a layer's arrays into DIR, whole or not at all (``StagedFolder``).
enum LayerFolder {
    static func write(_ result: LayerResult, to directory: URL) throws {
        try StagedFolder.write(to: directory) { staging, track in
            for (name, array) in result {
                let file = staging.appendingPathComponent("\(name).npy")
                track(file)
                try NPY.write(array, to: file)
            }
        }
    }
}
