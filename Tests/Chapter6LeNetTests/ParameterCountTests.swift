import NeuralNet
import Tensors
import Testing

/// The trainable networks built from the course's architectures have the parameters the
/// catalogue counts (§12) — counted on the layers that train, not on the description (chapter 7
/// tests the description) — and end in 10 scores.
@Suite("Parameters of the networks that train")
struct ParameterCountTests {
    static func built(_ recipe: NetworkRecipe) throws -> Sequential<Float> { try recipe.build(seed: 1) }

    @Test("LeNet-5 on 28×28 (IFT 780 slides 168–169): 156 + 2,416 + 30,840 + 10,164 + 850 = 44,426")
    func leNet5() throws {
        let network = try Self.built(.leNet5)
        #expect(network.parameterCount == 44_426)
        #expect(network.statisticCount == 0)
        let perLayer = network.layers.map(\.layer.parameterCount).filter { $0 > 0 }
        #expect(perLayer == [156, 2_416, 30_840, 10_164, 850])
    }

    @Test("LeNet-1 on 28×28 (IFT 780 slides 166–167): 104 + 1,212 + 1,930 = 3,246")
    func leNet1() throws {
        let network = try Self.built(.leNet1)
        #expect(network.parameterCount == 3_246)
        #expect(network.layers.map(\.layer.parameterCount).filter { $0 > 0 } == [104, 1_212, 1_930])
    }

    @Test("Görner config 1 (Pasco slides 42–43, W2 5×5 as in the code): 122,270")
    func gorner1() throws {
        #expect(try Self.built(.gorner1).parameterCount == 122_270)
    }

    @Test("Görner config 2 (Pasco slides 46–48): 244,076, dropout adding none")
    func gorner2() throws {
        let network = try Self.built(.gorner2)
        #expect(network.parameterCount == 244_076)
        #expect(network.layers.contains { $0.layer is DropoutLayer<Float> })
    }

    @Test("Ranvier's Keras model: 422,282 trainable + 128 running statistics = 422,410")
    func ranvier() throws {
        let network = try Self.built(.ranvier)
        #expect(network.parameterCount == 422_282)
        #expect(network.statisticCount == 128)
        #expect(network.parameterCount + network.statisticCount == 422_410)
    }

    @Test("every network maps a batch of 28×28 digits to 10 scores, and its feature maps have the slides' shapes")
    func shapes() throws {
        let x = try Tensor<Float>(zeros: [2, 1, 28, 28])
        for recipe in NetworkRecipe.byName + [.ranvier] {
            #expect(try Self.built(recipe).scores(x).shape == [2, 10], "\(recipe.name)")
        }
        // LeNet-5: 24×24×6 → 12×12×6 → 8×8×16 → 4×4×16 = 256 → 120 → 84 → 10.
        let outputs = try Self.built(.leNet5).outputs(x).map(\.shape)
        #expect(outputs.first == [2, 6, 24, 24])
        #expect(outputs.contains([2, 6, 12, 12]) && outputs.contains([2, 16, 8, 8]) && outputs.contains([2, 16, 4, 4]))
        #expect(outputs.contains([2, 256]) && outputs.contains([2, 120]) && outputs.contains([2, 84]))
    }

    @Test("batch normalisation after each convolution adds 2C parameters and 2C statistics per convolution")
    func batchNormVariant() throws {
        let variant = NetworkRecipe.gorner2.variant(name: "gorner2-bn", dropout: [:], batchNormAfterConvolutions: true)
        let network: Sequential<Float> = try variant.build(seed: 1)
        #expect(network.parameterCount == 244_076 + 2 * (6 + 12 + 24))
        #expect(network.statisticCount == 2 * (6 + 12 + 24))
    }

    @Test("AlexNet's NORM and grouped convolutions are refused with a sentence, not trained wrong")
    func unsupportedLayers() {
        let alexNet = NetworkRecipe(name: "alexnet", architecture: Networks.alexNet, activation: .relu)
        #expect(throws: TensorError.self) { try alexNet.build(seed: 1) as Sequential<Float> }
    }
}
