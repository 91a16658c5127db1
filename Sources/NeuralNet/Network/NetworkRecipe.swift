import Tensors

/// How to turn one of the course's architectures (``Networks``, the slides' lists of layers)
/// into a network that trains: the activation after every convolution and hidden dense layer,
/// the biases' starting value, where dropout goes, and whether batch normalisation follows each
/// convolution.
///
/// - LeNet-1 and LeNet-5 on 28×28 as IFT 780 slides 166–169 build them: 5×5 valid convolutions
///   followed by tanh, mean pooling ("subsampling"), tanh dense layers; Glorot-uniform weights.
/// - Görner's MNIST networks (Pasco slides 42–48): TensorFlow `same` padding, ReLU, biases 0.1
///   (the last layer's 0), He-normal weights; config 2 adds dropout after W4 with
///   pkeep = 0.75, p = 0.25.
/// - Ranvier's Keras model ("Exemple d'architecture"): ReLU, its batch normalisation after the
///   second pooling as the code places it.
///
/// The last dense layer gives the scores; its softmax belongs to the loss.
public struct NetworkRecipe: Sendable {
    /// The name on `cnnlab train`'s command line: lenet5, lenet1, gorner1, gorner2.
    public let name: String
    /// The layers as the slides list them.
    public let architecture: Architecture
    /// σ after every convolution and hidden dense layer.
    public let activation: Activation
    /// Every hidden bias starts at this value (Görner: 0.1, so that ReLUs start alive).
    public let biasValue: Double
    /// Dropout rate p after the named layers (after their activation).
    public let dropout: [String: Double]
    /// Batch normalisation between every convolution and its activation (Ioffe & Szegedy's
    /// placement), on top of any the architecture lists.
    public let batchNormAfterConvolutions: Bool

    /// A recipe; by default biases start at 0, no dropout, no batch normalisation added.
    public init(name: String, architecture: Architecture, activation: Activation, biasValue: Double = 0,
                dropout: [String: Double] = [:], batchNormAfterConvolutions: Bool = false) {
        self.name = name
        self.architecture = architecture
        self.activation = activation
        self.biasValue = biasValue
        self.dropout = dropout
        self.batchNormAfterConvolutions = batchNormAfterConvolutions
    }

    /// LeNet-5 on 28×28 (IFT 780 slides 168–169): 44,426 parameters.
    public static let leNet5 = NetworkRecipe(name: "lenet5", architecture: Networks.leNet5On28x28, activation: .tanh)
    /// LeNet-1 on 28×28 (IFT 780 slides 166–167): 3,246 parameters.
    public static let leNet1 = NetworkRecipe(name: "lenet1", architecture: Networks.leNet1, activation: .tanh)
    /// Görner's config 1 with the 5×5 W2 of the slide's code: 122,270 parameters.
    public static let gorner1 = NetworkRecipe(name: "gorner1", architecture: Networks.gorner1(), activation: .relu, biasValue: 0.1)
    /// Görner's config 2 with dropout p = 0.25 after W4: 244,076 parameters.
    public static let gorner2 = NetworkRecipe(name: "gorner2", architecture: Networks.gorner2, activation: .relu, biasValue: 0.1,
                                              dropout: ["W4": 0.25])
    /// Ranvier's Keras model: 422,282 trainable parameters and 128 running statistics.
    public static let ranvier = NetworkRecipe(name: "ranvier", architecture: Networks.ranvier, activation: .relu)

    /// The networks `cnnlab train` knows, in the order of its help.
    public static let byName: [NetworkRecipe] = [leNet5, leNet1, gorner1, gorner2]

    /// The same recipe under another name, with other dropout and batch-norm choices.
    public func variant(name: String, dropout: [String: Double], batchNormAfterConvolutions: Bool = false) -> NetworkRecipe {
        NetworkRecipe(name: name, architecture: architecture, activation: activation, biasValue: biasValue,
                      dropout: dropout, batchNormAfterConvolutions: batchNormAfterConvolutions)
    }

    /// The network with weights drawn from `seed` (and dropout masks from a generator derived
    /// from it).
    /// - Throws: ``TensorError/invalidArgument(_:)`` for a layer this recipe cannot train (AlexNet's
    ///   NORM, grouped convolutions) or an input that is not a map stack, and the layers' errors.
    public func build<Scalar: TensorScalar>(seed: UInt64) throws -> Sequential<Scalar> {
        guard case let .maps(height, width, channels) = architecture.input else {
            throw TensorError.invalidArgument("\(architecture.name) does not take images, so it has no convolutional network to train")
        }
        var generator = SeededGenerator(seed: seed)
        var layers: [Sequential<Scalar>.NamedLayer] = []
        // One zero image goes through each layer as it is added: its shape gives the next
        // layer's inputs (the same sizes chapter 7's table computes).
        var probe = try Tensor<Scalar>(zeros: [1, channels, height, width])
        var context = LayerContext(training: false)
        func append(_ name: String, _ layer: any Layer<Scalar>) throws {
            var copy = layer
            probe = try copy.forwardKeepingBackward(probe, context: &context).output
            layers.append(.init(name, layer))
        }
        let lastDense = architecture.layers.lastIndex { if case .dense = $0.spec { true } else { false } }
        for (index, layer) in architecture.layers.enumerated() {
            let name = layer.name
            switch layer.spec {
            case let .conv(filters, kernel, stride, padding, groups):
                guard groups == 1, probe.rank == 4 else {
                    throw TensorError.invalidArgument("layer \(name): only ungrouped convolutions of map stacks train here")
                }
                try append(name, try ConvolutionLayer<Scalar>(
                    channels: probe.shape[1], filters: filters, size: kernel, parameters: Conv2DParameters(stride: stride, padding: padding),
                    initialization: .suited(to: activation), biasValue: biasValue, using: &generator))
                if batchNormAfterConvolutions {
                    try append(name + " BN", try BatchNormalization<Scalar>(channels: filters))
                }
                try append(name + " " + activation.name, ActivationLayer<Scalar>(activation))
            case let .maxPool(size, stride), let .meanPool(size, stride):
                let kind: PoolingKind = if case .maxPool = layer.spec { .max } else { .mean }
                try append(name, PoolingLayer<Scalar>(try Pooling2D(kind, size: size, stride: stride)))
            case .batchNorm:
                try append(name, try BatchNormalization<Scalar>(channels: probe.shape[1]))
            case .flatten:
                try append(name, Flatten<Scalar>())
            case let .dense(outputs):
                let isLast = index == lastDense
                var dense = try Dense<Scalar>(inputs: probe.count, outputs: outputs,
                                              initialization: isLast ? .glorotUniform : .suited(to: activation), using: &generator)
                if !isLast { dense.bias = try Tensor(shape: [outputs], repeating: Scalar(biasValue)) }
                try append(name, dense)
                if !isLast { try append(name + " " + activation.name, ActivationLayer<Scalar>(activation)) }
            case .norm:
                throw TensorError.invalidArgument("layer \(name): local response normalisation is not a layer CNNLab trains")
            }
            if let rate = dropout[name] {
                try append(name + " dropout", DropoutLayer<Scalar>(try Dropout(rate: rate)))
            }
        }
        return try Sequential(inputShape: [channels, height, width], layers: layers, seed: generator.next())
    }
}
