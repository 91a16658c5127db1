import Chapters
import NeuralNet
import Tensors

/// Neurons and parameters of the decks' convolution layers (IFT 780 slides 85–138, FIDLE, deck
/// 002; catalogue §10), counted by ``ConvolutionGeometry``.
public enum CountingExamples {
    /// A stack of convolutions over a square image: each layer's filters and kernel side, all at
    /// the same stride and padding rule; each layer reads the maps of the one before.
    public struct Network: Sendable {
        public let side: Int
        public let channels: Int
        public let layers: [(filters: Int, kernel: Int)]
        public let stride: Int
        public let padding: Padding

        public init(side: Int, channels: Int, layers: [(filters: Int, kernel: Int)], stride: Int = 1,
                    padding: Padding = .valid) {
            self.side = side
            self.channels = channels
            self.layers = layers
            self.stride = stride
            self.padding = padding
        }

        /// The geometry of every layer, in order (for one image).
        public func geometries() throws -> [ConvolutionGeometry] {
            var (side, channels) = (self.side, self.channels)
            return try layers.map { layer in
                let g = try ConvolutionGeometry(
                    inputShape: [1, channels, side, side], kernelShape: [layer.filters, channels, layer.kernel, layer.kernel],
                    parameters: Conv2DParameters(stride: stride, padding: padding))
                (side, channels) = (g.outputHeight, g.outputChannels)
                return g
            }
        }

        /// Σ C_out·H_out·W_out over the layers.
        public func neurons() throws -> Int { try geometries().reduce(0) { $0 + $1.neuronCount } }

        /// Σ m(n·k·k) without biases, or Σ m(n·k·k + 1) with them.
        public func parameters(includingBias: Bool) throws -> Int {
            try geometries().reduce(0) { $0 + $1.parameterCount(includingBias: includingBias) }
        }
    }

    /// One counting example of the decks: its catalogue entry and its network.
    public struct Count: Sendable {
        public let example: WorkedExample
        /// "32×32×3, 6 filters 5×5×3, 'same'".
        public let setup: String
        public let network: Network
    }

    public static let counts: [Count] = [
        Count(example: WorkedExample(id: "ift780-2d-same-5filters", source: "IFT 780, slide 85",
                                     printed: "10,000 per map; 50,000; 5·5·5 = 125 parameters",
                                     computed: "the same (weights, no bias)", verdict: .matches),
              setup: "100×100 grey, 5 filters 5×5, 'same'",
              network: Network(side: 100, channels: 1, layers: [(5, 5)], padding: .same)),
        Count(example: WorkedExample(id: "ift780-valid-6filters-100x100", source: "IFT 780, slides 91–92",
                                     printed: "96·96·6 = 55,296 neurons; 6·5·5·1 = 150 parameters",
                                     computed: "the same", verdict: .matches),
              setup: "100×100 grey, 6 filters 5×5, 'valid'",
              network: Network(side: 100, channels: 1, layers: [(6, 5)])),
        Count(example: WorkedExample(id: "ift780-cifar-same-6filters", source: "IFT 780, slides 93–94",
                                     printed: "32·32·6 = 6,144 neurons; 6·5·5·3 = 450 parameters",
                                     computed: "the same", verdict: .matches),
              setup: "32×32×3, 6 filters 5×5×3, 'same'",
              network: Network(side: 32, channels: 3, layers: [(6, 5)], padding: .same)),
        Count(example: WorkedExample(id: "ift780-cifar-stride3", source: "IFT 780, slides 95–97",
                                     printed: "(32 − 5)/3 + 1 = 10; 10·10·6 = 600 neurons; 450 parameters",
                                     computed: "the same", verdict: .matches),
              setup: "32×32×3, 6 filters 5×5×3, stride 3, 'valid'",
              network: Network(side: 32, channels: 3, layers: [(6, 5)], stride: 3)),
        Count(example: WorkedExample(id: "ift780-10filters-5x5x3", source: "IFT 780, slides 98–104",
                                     printed: "75 per filter → 750; with biases 760; valid maps 7,840",
                                     computed: "the same ('same' maps would hold 10,240)", verdict: .matches),
              setup: "32×32×3, 10 filters 5×5×3, 'valid'",
              network: Network(side: 32, channels: 3, layers: [(10, 5)])),
        Count(example: WorkedExample(id: "ift780-3layer-same", source: "IFT 780, slide 113",
                                     printed: "12,288 neurons; 4,076 parameters",
                                     computed: "3,072 + 5,120 + 4,096; 441 + 1,215 + 2,420 weights (4,088 with biases)",
                                     verdict: .matches),
              setup: "32×32×3 → 3 × 7×7 → 5 × 9×9 → 4 × 11×11, 'same'",
              network: Network(side: 32, channels: 3, layers: [(3, 7), (5, 9), (4, 11)], padding: .same)),
        Count(example: WorkedExample(id: "ift780-3layer-valid", source: "IFT 780, slides 114–115",
                                     printed: "3·26² = 2,028; 5·18² = 1,620; 4·8² = 256; 3,904; 4,076 parameters",
                                     computed: "the same", verdict: .matches),
              setup: "the same network, 'valid'",
              network: Network(side: 32, channels: 3, layers: [(3, 7), (5, 9), (4, 11)])),
        Count(example: WorkedExample(id: "002-conv-32-to-28", source: "deck 002, ≈ slide 70",
                                     printed: "32 → 28, 6 maps", computed: "(32 − 5)/1 + 1 = 28; 6·(75 + 1) = 456 parameters",
                                     verdict: .matches),
              setup: "32×32×3, 6 filters 5×5",
              network: Network(side: 32, channels: 3, layers: [(6, 5)])),
    ]

    /// `fidle-conv-param-formula`.
    public static let fidleFormula = WorkedExample(
        id: "fidle-conv-param-formula", source: "FIDLE, \"Number of parameters\"",
        printed: "single filter kx·ky + 1; m(n·kx·ky + 1); dense n(m + 1)",
        computed: "3×3 single channel: 10; 10(3·25 + 1) = 760; 10(784 + 1) = 7,850", verdict: .matches)

    /// `receptive-field-3x3-stack`.
    public static let receptiveField = WorkedExample(
        id: "receptive-field-3x3-stack", source: "IFT 780, slides 184–186",
        printed: "three 3×3 layers see 7×7; 3×3×3×C vs 7×7×C",
        computed: "1 + 3·(3 − 1) = 7; 27C vs 49C weights per output channel (27C² vs 49C² for C → C layers)",
        verdict: .matches)

    /// `ift780-fc-vs-conv-equivalence`.
    public static let fullyConnectedEquivalence = WorkedExample(
        id: "ift780-fc-vs-conv-equivalence", source: "IFT 780, slide 138",
        printed: "a last block 8×8×4 → FC 256×4, or 4 filters 8×8: \"almost equivalent\"",
        computed: "1,024 weights either way and equal outputs; on 64×64×3 the valid maps are 58, 50, 40 and the "
            + "8×8 layer gives 33×33×4, where the FC layer no longer fits",
        verdict: .derived)
}

extension CountingExamples {
    /// The receptive field of one output of `layers` stacked k×k valid convolutions, measured: the
    /// input cells whose gradient is not zero when the gradient of that single output is 1.
    public static func receptiveField(layers: Int, kernel: Int) throws -> (height: Int, width: Int) {
        let side = 1 + layers * (kernel - 1) + 4
        var shapes: [[Int]] = [[1, 1, side, side]]
        for _ in 0..<layers { shapes.append([1, 1, shapes.last![2] - kernel + 1, shapes.last![3] - kernel + 1]) }
        let ones = try Tensor<Double>(shape: [1, 1, kernel, kernel], repeating: 1)
        // One output's gradient, carried back layer by layer (the input values do not matter).
        var gradient = try Tensor<Double>(shape: shapes.last!) { i in i[2] == 0 && i[3] == 0 ? 1 : 0 }
        for shape in shapes.dropLast().reversed() {
            // The input gradient is asked for (the default), so it is there.
            gradient = try conv2dBackward(gradient, input: Tensor(zeros: shape), kernel: ones).input!
        }
        let rows = (0..<side).filter { i in (0..<side).contains { gradient[0, 0, i, $0] != 0 } }
        let columns = (0..<side).filter { j in (0..<side).contains { gradient[0, 0, $0, j] != 0 } }
        return (rows.count, columns.count)
    }
}
