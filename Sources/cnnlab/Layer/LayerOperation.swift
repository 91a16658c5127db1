import ArgumentParser
import NeuralNet
import Tensors

/// The operations `cnnlab layer` runs, each through the library's forward and backward pass.
enum LayerOperation: String, ExpressibleByArgument, CaseIterable {
    case conv1d, conv2d, pool2d, dense
    case sigmoid, tanh, relu, leakyReLU = "leaky-relu"
    case softmaxCrossEntropy = "softmax-cross-entropy"
    case batchnorm, dropout, rnn
    case sgd, momentum, adagrad, adam

    /// output, then grad_input, then grad_<parameter> in PyTorch's names (weight, bias).
    func run(arrays a: LayerInputs, settings s: LayerSettings) throws -> LayerResult {
        switch self {
        case .conv1d, .conv2d:
            return try convolution(a, s)
        case .pool2d:
            guard let size = s.size else { throw CommandError("layer pool2d needs --size") }
            guard s.stride?.count ?? 1 == 1 else { throw CommandError("layer pool2d takes one --stride") }
            guard case let .uniform(width) = s.padding.spec.rule, width.before == width.after else {
                throw CommandError("layer pool2d takes --padding P, a number of cells")
            }
            let pooling = try Pooling2D(s.kind, size: size, stride: s.stride?.height, padding: width.before,
                                        rounding: s.ceil ? .ceil : .floor)
            let (y, cache) = try pooling.forward(a.input)
            let dy = try a.required(a.gradOutput, "--grad-output", for: self)
            return [("output", y), ("grad_input", try pooling.backward(dy, cache: cache))]
        case .dense:
            let weight = try a.required(a.kernel, "--kernel", for: self)
            let layer = try Dense(weight: weight, bias: a.bias ?? Tensor(zeros: [weight.shape.first ?? 0]))
            let dy = try a.required(a.gradOutput, "--grad-output", for: self)
            let (gradient, dx) = try layer.backward(dy, input: a.input)
            return [("output", try layer.forward(a.input)), ("grad_input", dx!), ("grad_weight", gradient.weight)]
                + (a.bias == nil ? [] : [("grad_bias", gradient.bias)])
        case .sigmoid, .tanh, .relu, .leakyReLU:
            let activation: Activation = switch self {
            case .sigmoid: .sigmoid
            case .tanh: .tanh
            case .relu: .relu
            default: .leakyReLU(slope: s.slope)
            }
            let dy = try a.required(a.gradOutput, "--grad-output", for: self)
            return [("output", activation.forward(a.input)), ("grad_input", try activation.backward(dy, at: a.input))]
        case .softmaxCrossEntropy:
            let target = try a.required(a.target, "--target", for: self)
            let loss = try Loss.softmaxCrossEntropy.value(scores: a.input, targets: target)
            // ∂L/∂y of a scalar loss: 1 unless a (scalar) upstream gradient is given.
            let upstream = try a.gradOutput.map { g in
                guard g.count == 1 else { throw CommandError("the upstream gradient of a loss is one number, got shape \(TensorError.format(g.shape))") }
                return g.scalars[0]
            } ?? 1
            let delta = try Loss.softmaxCrossEntropy.delta(scores: a.input, targets: target).map { $0 * upstream }
            return [("output", try Tensor(shape: [], scalars: [loss])), ("grad_input", delta)]
        case .batchnorm:
            return try batchNormalization(a, s)
        case .dropout:
            let mask = try a.required(a.mask, "--mask", for: self)
            guard mask.scalars.allSatisfy({ $0 == 0 || $0 == 1 }) else { throw CommandError("a dropout mask holds 0s and 1s") }
            _ = try Dropout(rate: s.rate)
            let kept = mask.map { $0 / (1 - s.rate) }
            let dy = try a.required(a.gradOutput, "--grad-output", for: self)
            return [("output", try Dropout.apply(a.input, mask: kept)), ("grad_input", try Dropout.apply(dy, mask: kept))]
        case .rnn:
            return try recurrentWindow(a)
        case .sgd, .momentum, .adagrad, .adam:
            return [("output", try optimizerSteps(a, s))]
        }
    }

    private func convolution(_ a: LayerInputs, _ s: LayerSettings) throws -> LayerResult {
        let kernel = try a.required(a.kernel, "--kernel", for: self)
        let dy = try a.required(a.gradOutput, "--grad-output", for: self)
        let stride = s.stride ?? StrideArgument(height: 1, width: 1, count: 1)
        let (y, gradients): (Tensor<Double>, ConvolutionGradients<Double>)
        if self == .conv1d {
            guard stride.count == 1 else { throw CommandError("a signal has one axis, so --stride takes one value") }
            let p = Conv1DParameters(stride: stride.height, padding: s.padding.spec, flipped: s.flip)
            y = try NeuralNet.conv1d(a.input, kernel: kernel, bias: a.bias, parameters: p, paddingMode: s.padMode)
            gradients = try conv1dBackward(dy, input: a.input, kernel: kernel, parameters: p, paddingMode: s.padMode)
        } else {
            let p = Conv2DParameters(strideHeight: stride.height, strideWidth: stride.width, padding: s.padding.spec, flipped: s.flip)
            y = try NeuralNet.conv2d(a.input, kernel: kernel, bias: a.bias, parameters: p, paddingMode: s.padMode)
            gradients = try conv2dBackward(dy, input: a.input, kernel: kernel, parameters: p, paddingMode: s.padMode)
        }
        return [("output", y), ("grad_input", gradients.input!), ("grad_weight", gradients.kernel)]
            + (a.bias == nil ? [] : [("grad_bias", gradients.bias)])
    }

    /// Training: the batch's statistics, the gradients and the running statistics after the step.
    /// Evaluation: the running statistics, the output alone (they are constants, not learnt).
    private func batchNormalization(_ a: LayerInputs, _ s: LayerSettings) throws -> LayerResult {
        guard a.input.rank >= 2 else { throw CommandError("batchnorm needs (N, C) or (N, C, H, W), got shape \(TensorError.format(a.input.shape))") }
        var layer = try BatchNormalization<Double>(channels: a.input.shape[1], momentum: s.keep, epsilon: s.eps)
        for (value, option, path) in [(a.kernel, "--kernel", \BatchNormalization<Double>.scale), (a.bias, "--bias", \.shift),
                                      (a.runningMean, "--running-mean", \.runningMean), (a.runningVariance, "--running-var", \.runningVariance)] {
            guard let value else { continue }
            guard value.shape == [layer.channels] else {
                throw CommandError("\(option) has shape \(TensorError.format(value.shape)); expected (\(layer.channels)), one per channel")
            }
            layer[keyPath: path] = value
        }
        if s.mode == .eval { return [("output", try layer.forward(inference: a.input))] }
        let (y, cache) = try layer.forward(training: a.input)
        let dy = try a.required(a.gradOutput, "--grad-output", for: self)
        let g = try layer.backward(dy, cache: cache)
        return [("output", y), ("grad_input", g.input), ("grad_weight", g.scale), ("grad_bias", g.shift),
                ("running_mean", layer.runningMean), ("running_var", layer.runningVariance)]
    }

    /// One window of min-char-rnn: the forward pass from h₋₁, the loss, and BPTT's gradients.
    private func recurrentWindow(_ a: LayerInputs) throws -> LayerResult {
        let names = ["--wxh", "--whh", "--why", "--bh", "--by"]
        let parts = try zip(a.recurrent, names).map { try a.required($0, $1, for: self) }
        let model = try VanillaRNN(wxh: parts[0], whh: parts[1], why: parts[2], bh: parts[3], by: parts[4])
        func indices(_ array: Tensor<Double>, _ option: String) throws -> [Int] {
            guard array.rank == 1, array.scalars.allSatisfy({ $0 == $0.rounded() && abs($0) < 1e9 }) else {
                throw CommandError("\(option) must be a vector (T) of symbol indices")
            }
            return array.scalars.map { Int($0) }
        }
        let inputs = try indices(a.input, "--input")
        let targets = try indices(a.required(a.target, "--target", for: self), "--target")
        let pass = try model.forward(inputs: inputs, targets: targets, from: a.hiddenState?.scalars)
        let gradient = try model.backward(pass)
        let blocks = try VanillaRNN.Part.allCases.map { part in
            ("grad_" + part.rawValue.lowercased(),
             try Tensor(shape: model.shape(of: part), scalars: Array(gradient.scalars[model.range(of: part)])))
        }
        return [("output", try Tensor(shape: [], scalars: [pass.loss])),
                ("hidden_states", try Tensor(rows: pass.hiddenStates))] + blocks
    }

    private func optimizerSteps(_ a: LayerInputs, _ s: LayerSettings) throws -> Tensor<Double> {
        guard (1...1000).contains(s.steps) else { throw CommandError("--steps must be between 1 and 1000, got \(s.steps)") }
        guard s.lr > 0, s.lr.isFinite else { throw CommandError("--lr must be a positive number, got \(s.lr)") }
        var optimizer: any Optimizer<Double> = switch self {
        case .sgd: SGD(learningRate: s.lr)
        case .momentum: Momentum(learningRate: s.lr, momentum: s.beta1)
        case .adagrad: Adagrad(learningRate: s.lr)
        default: Adam(learningRate: s.lr, beta1: s.beta1, beta2: s.beta2)
        }
        let gradient = try a.required(a.gradOutput, "--grad-output", for: self)
        var parameter = a.input
        for _ in 0..<s.steps { try optimizer.update(&parameter, gradient: gradient, name: "parameter") }
        return parameter
    }
}
