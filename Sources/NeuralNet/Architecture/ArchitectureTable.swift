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

    /// The output of the last layer.
    public var output: FeatureShape { rows[rows.count - 1].output }

    /// The row named `name`, if any.
    public subscript(name: String) -> LayerRow? { rows.first { $0.name == name } }
}

/// The table of an ``Architecture`` (IFT 780 slide 179 for AlexNet, slides 182–193 for VGG16):
/// every layer's output shape by O = (D − F + 2P)/S + 1 (slides 60, 80), its neurons H·W·C and its
/// parameters, m(n·k_x·k_y + 1) for a convolution and n(m + 1) for a dense layer (slides 85–115).
extension Architecture {
    /// The input row, then one row per layer.
    /// - Throws: ``ConvolutionError`` when a convolution or pooling does not tile its input (AlexNet
    ///   on 224×224: (224 − 11)/4 + 1 = 217/4), ``ArchitectureError`` for a layer that cannot follow
    ///   the one before.
    public func table() throws -> ArchitectureTable {
        var shape = input
        var rows = [LayerRow(name: "input", spec: nil, output: input, weights: 0, parameters: 0, statistics: 0)]
        for layer in layers {
            let row = try Self.row(for: layer, after: shape)
            rows.append(row)
            shape = row.output
        }
        return ArchitectureTable(name: name, rows: rows)
    }

    private static func row(for layer: Layer, after shape: FeatureShape) throws -> LayerRow {
        let name = layer.name
        func row(_ output: FeatureShape, weights: Int = 0, parameters: Int = 0, statistics: Int = 0) -> LayerRow {
            LayerRow(name: name, spec: layer.spec, output: output, weights: weights, parameters: parameters, statistics: statistics)
        }
        func maps() throws -> (height: Int, width: Int, channels: Int) {
            guard case let .maps(height, width, channels) = shape else { throw ArchitectureError.needsMaps(layer: name, given: shape) }
            return (height, width, channels)
        }
        switch layer.spec {
        case .flatten:
            return row(.vector(shape.count))
        case let .dense(n):
            guard n >= 1 else { throw ArchitectureError.invalid(layer: name, reason: "a dense layer needs at least one neuron, got \(n)") }
            return row(.vector(n), weights: Dense<Float>.parameterCount(inputs: shape.count, outputs: n, includingBias: false),
                       parameters: Dense<Float>.parameterCount(inputs: shape.count, outputs: n))
        case let .conv(filters, kernel, stride, padding, groups):
            let (height, width, channels) = try maps()
            guard filters >= 1, groups >= 1, channels % groups == 0, filters % groups == 0 else {
                throw ArchitectureError.invalid(
                    layer: name, reason: "\(groups) group(s) must divide both \(channels) input channels and \(filters) filters (at least 1)")
            }
            // The sizes by the convolution's own geometry (groups change the weights, not the sizes).
            let g = try ConvolutionGeometry(inputShape: [1, channels, height, width], kernelShape: [filters, channels, kernel, kernel],
                                            parameters: Conv2DParameters(stride: stride, padding: padding))
            let seen = channels / groups
            return row(.maps(height: g.outputHeight, width: g.outputWidth, channels: filters),
                       weights: ConvolutionGeometry.parameterCount(filters: filters, channels: seen, kernelHeight: kernel,
                                                                   kernelWidth: kernel, includingBias: false),
                       parameters: ConvolutionGeometry.parameterCount(filters: filters, channels: seen, kernelHeight: kernel,
                                                                      kernelWidth: kernel))
        case let .maxPool(size, stride), let .meanPool(size, stride):
            let (height, width, channels) = try maps()
            let rows = try OutputSize(input: height, filter: size, stride: stride, axis: "height").value
            let columns = try OutputSize(input: width, filter: size, stride: stride, axis: "width").value
            return row(.maps(height: rows, width: columns, channels: channels))
        case .norm:
            return row(shape)
        case .batchNorm:
            let channels = try maps().channels
            return row(shape, parameters: 2 * channels, statistics: 2 * channels)
        }
    }
}
