/// A network as the slides list it: an input shape and named layers, in order. ``table()``
/// (ArchitectureTable.swift) walks it with NeuralNet's rules — the output size
/// O = (D − F + 2P)/S + 1 of ``OutputSize`` (IFT 780 slides 60 and 81; an invalid D-F-S
/// combination throws its ``ConvolutionError``), the
/// convolution count m(n·k_x·k_y + 1) and the dense count n(m + 1) (FIDLE, "Number of
/// parameters") — and gives every layer's output shape, neurons and parameters; chapter 6's
/// ``NetworkRecipe`` builds the trainable network it describes.
public struct Architecture: Sendable {
    /// One named layer: "CONV1", "conv3_2", "C1".
    public struct Layer: Sendable {
        public let name: String
        public let spec: LayerSpec

        public init(_ name: String, _ spec: LayerSpec) {
            self.name = name
            self.spec = spec
        }
    }

    /// "AlexNet", "VGG16", …
    public let name: String
    public let input: FeatureShape
    public let layers: [Layer]

    public init(name: String, input: FeatureShape, layers: [Layer]) {
        self.name = name
        self.input = input
        self.layers = layers
    }

    /// The receptive field of one output neuron on the input, r = 1 + Σ (k_l − 1)·Π_{i<l} S_i,
    /// after each layer (IFT 780 slides 184–186: three 3×3 layers see 7×7; Pasco ≈ slide 37:
    /// LeNet-7's last convolution sees 96×96).
    /// - Throws: ``ArchitectureError/notSpatial(layer:)`` for a flatten or dense layer.
    public func receptiveFields() throws -> [Int] {
        var (field, jump) = (1, 1)
        return try layers.map { layer in
            guard let window = layer.spec.window else { throw ArchitectureError.notSpatial(layer: layer.name) }
            field += (window.size - 1) * jump
            jump *= window.stride
            return field
        }
    }
}
