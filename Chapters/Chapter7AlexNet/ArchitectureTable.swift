import Foundation
import NeuralNet
import Plot

/// One row of an architecture's table: the layer's output shape, neurons and parameters.
public struct LayerRow: Sendable {
    public let name: String
    /// nil for the input row.
    public let spec: LayerSpec?
    public let output: FeatureShape
    /// The weights alone (IFT 780 slide 175 counts 11·11·96·3 = 34,848 for CONV1).
    public let weights: Int
    /// Trainable parameters, biases (and batch norm's γ, β) included.
    public let parameters: Int
    /// Non-trainable state: batch norm's running mean and variance (Keras lists them under
    /// "Total params" but not under "Trainable params").
    public let statistics: Int

    /// The activations this layer holds for one image: H·W·C or n.
    public var neurons: Int { output.count }
}

/// An architecture worked out: every row, the totals, and the memory of one forward pass with
/// 4-byte floats, as IFT 780 slides 192–193 count it for VGG16.
public struct ArchitectureTable: Sendable {
    public let name: String
    /// The input, then one row per layer.
    public let rows: [LayerRow]

    /// Σ neurons, the input image included (VGG16: 15,237,608; slide 192 "≈ 15 M").
    public var neurons: Int { rows.reduce(0) { $0 + $1.neurons } }
    /// Σ trainable parameters (AlexNet: 62,378,344; VGG16: 138,357,544).
    public var parameters: Int { rows.reduce(0) { $0 + $1.parameters } }
    /// Σ weights without the biases (AlexNet: 62,367,776).
    public var weights: Int { rows.reduce(0) { $0 + $1.weights } }
    /// Σ non-trainable statistics.
    public var statistics: Int { rows.reduce(0) { $0 + $1.statistics } }

    /// Bytes per stored number: float32.
    public static let bytesPerValue = 4
    /// 4 bytes per neuron (VGG16: 60,950,432 B, slide 193 "≈ 60 Mo").
    public var neuronBytes: Int { neurons * Self.bytesPerValue }
    /// 4 bytes per parameter (VGG16: 553,430,176 B, slide 193 "≈ 552 Mo").
    public var parameterBytes: Int { (parameters + statistics) * Self.bytesPerValue }
    /// Neurons and parameters of one image's forward pass (VGG16: 614.4 MB, slide 193 "≈ 612 Mo").
    public var forwardBytes: Int { neuronBytes + parameterBytes }

    /// Bytes as megabytes (10⁶ B) with two decimals: 60,950,432 → "60.95".
    public static func megabytes(_ bytes: Int) -> String { NumberFormat.string(Double(bytes) / 1e6, decimals: 2) }

    /// The output of the last layer.
    public var output: FeatureShape { rows[rows.count - 1].output }

    /// The row named `name`, if any.
    public subscript(name: String) -> LayerRow? { rows.first { $0.name == name } }
}
