import Chapter3Convolution
import NeuralNet
import Tensors
import Testing

/// Neurons and parameters of the decks' layers (catalogue §10), one test per catalogue id.
@Suite("Worked examples: counting")
struct CountingExampleTests {
    private func count(_ id: String) throws -> CountingExamples.Network {
        try #require(CountingExamples.counts.first { $0.example.id == id }).network
    }

    @Test("ift780-2d-same-5filters — IFT 780 slide 85")
    func same5Filters() throws {
        let g = try #require(count("ift780-2d-same-5filters").geometries().first)
        #expect(g.outputHeight * g.outputWidth == 10_000)
        #expect(g.neuronCount == 50_000)
        #expect(g.parameterCount(includingBias: false) == 125)
    }

    @Test("ift780-valid-6filters-100x100 — IFT 780 slides 91–92")
    func valid6Filters() throws {
        let network = try count("ift780-valid-6filters-100x100")
        #expect(try network.geometries()[0].outputHeight == 96)
        #expect(try network.neurons() == 55_296)
        #expect(try network.parameters(includingBias: false) == 150)
    }

    @Test("ift780-cifar-same-6filters — IFT 780 slides 93–94")
    func cifarSame() throws {
        let network = try count("ift780-cifar-same-6filters")
        #expect(try network.neurons() == 6_144)
        #expect(try network.parameters(includingBias: false) == 450)
    }

    @Test("ift780-cifar-stride3 — IFT 780 slides 95–97")
    func cifarStride3() throws {
        // Slides 95–96 are titled 'same' but compute with the valid formula; slide 97 says 'valid'.
        let network = try count("ift780-cifar-stride3")
        #expect(try network.geometries()[0].outputHeight == 10)
        #expect(try network.neurons() == 600)
        #expect(try network.parameters(includingBias: false) == 450)
    }

    @Test("ift780-10filters-5x5x3 — IFT 780 slides 98–104")
    func tenFilters() throws {
        let network = try count("ift780-10filters-5x5x3")
        #expect(try network.parameters(includingBias: false) == 750)
        #expect(try network.parameters(includingBias: true) == 760)
        #expect(try network.neurons() == 7_840)
        let same = CountingExamples.Network(side: 32, channels: 3, layers: [(10, 5)], padding: .same)
        #expect(try same.neurons() == 10_240)
        #expect(try same.parameters(includingBias: true) == 760)
    }

    @Test("ift780-3layer-same — IFT 780 slide 113")
    func threeLayerSame() throws {
        let network = try count("ift780-3layer-same")
        #expect(try network.geometries().map(\.neuronCount) == [3_072, 5_120, 4_096])
        #expect(try network.neurons() == 12_288)
        #expect(try network.geometries().map { $0.parameterCount(includingBias: false) } == [441, 1_215, 2_420])
        #expect(try network.parameters(includingBias: false) == 4_076)
        #expect(try network.parameters(includingBias: true) == 4_088)
    }

    @Test("ift780-3layer-valid — IFT 780 slides 114–115")
    func threeLayerValid() throws {
        let network = try count("ift780-3layer-valid")
        #expect(try network.geometries().map(\.outputHeight) == [26, 18, 8])
        #expect(try network.geometries().map(\.neuronCount) == [2_028, 1_620, 256])
        #expect(try network.neurons() == 3_904)
        #expect(try network.parameters(includingBias: false) == 4_076)
    }

    @Test("002-conv-32-to-28 — deck 002 ≈ slide 70")
    func deck002() throws {
        let network = try count("002-conv-32-to-28")
        #expect(try network.geometries()[0].outputShape == [1, 6, 28, 28])
        #expect(try network.parameters(includingBias: true) == 456)
    }

    @Test("fidle-conv-param-formula — FIDLE, Number of parameters")
    func fidleFormula() throws {
        #expect(ConvolutionGeometry.parameterCount(filters: 1, channels: 1, kernelHeight: 3, kernelWidth: 3) == 10)
        #expect(ConvolutionGeometry.parameterCount(filters: 10, channels: 3, kernelHeight: 5, kernelWidth: 5) == 760)
        // A dense layer of 10 neurons on 784 inputs is a convolution whose 28×28 kernel covers
        // the whole image: n(m + 1) = 10(784 + 1) = 7,850.
        let dense = try ConvolutionGeometry(inputShape: [1, 1, 28, 28], kernelShape: [10, 1, 28, 28], parameters: Conv2DParameters())
        #expect(dense.outputShape == [1, 10, 1, 1])
        #expect(dense.parameterCount() == 7_850)
    }

    @Test("receptive-field-3x3-stack — IFT 780 slides 184–186")
    func receptiveField() throws {
        // Measured through three backward passes: one output of three 3×3 layers sees 7×7 inputs.
        #expect(try CountingExamples.receptiveField(layers: 3, kernel: 3) == (7, 7))
        #expect(try CountingExamples.receptiveField(layers: 1, kernel: 7) == (7, 7))
        // The slide's rule r = 1 + L·(k − 1), against the measurement for other depths and sizes.
        for layers in 1...4 {
            for kernel in [2, 3, 5] {
                let r = 1 + layers * (kernel - 1)
                #expect(try CountingExamples.receptiveField(layers: layers, kernel: kernel) == (r, r), "\(layers) × \(kernel)")
            }
        }
        let c = 64
        let stack = 3 * ConvolutionGeometry.parameterCount(filters: c, channels: c, kernelHeight: 3, kernelWidth: 3, includingBias: false)
        let single = ConvolutionGeometry.parameterCount(filters: c, channels: c, kernelHeight: 7, kernelWidth: 7, includingBias: false)
        #expect(stack == 27 * c * c && single == 49 * c * c)
        // Per output channel: 3×3×3×C against 7×7×C.
        #expect(3 * ConvolutionGeometry.parameterCount(filters: 1, channels: c, kernelHeight: 3, kernelWidth: 3, includingBias: false) == 27 * c)
    }

    @Test("ift780-fc-vs-conv-equivalence — IFT 780 slide 138")
    func fullyConnectedEquivalence() throws {
        var random = SeededGenerator(seed: 138)
        let block = try Tensor<Double>.gaussian(shape: [1, 4, 8, 8], standardDeviation: 1, using: &random)
        let kernel = try Tensor<Double>.gaussian(shape: [4, 4, 8, 8], standardDeviation: 1, using: &random)
        let conv = try conv2d(block, kernel: kernel).reshaped([4])
        let fc = try Tensor.matmul(kernel.reshaped([4, 256]), block.reshaped([256, 1])).reshaped([4])
        #expect(try conv.maxAbsDifference(fc) < 1e-12)
        #expect(ConvolutionGeometry.parameterCount(filters: 4, channels: 4, kernelHeight: 8, kernelWidth: 8, includingBias: false) == 1_024)
        #expect(try kernel.reshaped([4, 256]).shape == [4, 256])   // the FC layer's 256 × 4 weights are the kernel's
        // On 64×64×3 the same network's valid maps are 58, 50, 40; the 8×8 layer still applies
        // (33×33×4), the 256×4 FC layer no longer fits its 40·40·4 inputs.
        let bigger = CountingExamples.Network(side: 64, channels: 3, layers: [(3, 7), (5, 9), (4, 11), (4, 8)])
        #expect(try bigger.geometries().map(\.outputHeight) == [58, 50, 40, 33])
    }
}
