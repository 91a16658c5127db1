import NeuralNet

/// A network as the slides list it: an input shape and named layers, in order. ``table()`` walks
/// it with NeuralNet's rules — the output size O = (D − F + 2P)/S + 1 of ``OutputSize`` (IFT 780
/// slides 60 and 81; an invalid D-F-S combination throws its ``ConvolutionError``), the
/// convolution count m(n·k_x·k_y + 1) and the dense count n(m + 1) (FIDLE, "Number of
/// parameters") — and gives every layer's output shape, neurons and parameters.
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

    /// The input row, then one row per layer.
    /// - Throws: ``ConvolutionError`` when a convolution or pooling does not tile its input (AlexNet
    ///   on 224×224: (224 − 11)/4 + 1 = 213/4), ``ArchitectureError`` for a layer that cannot follow
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
            let widths = try padding.widths(size: [height, width], kernel: [kernel, kernel], stride: [stride, stride])
            let rows = try OutputSize(input: height, filter: kernel, stride: stride, padding: widths[0], axis: "height").value
            let columns = try OutputSize(input: width, filter: kernel, stride: stride, padding: widths[1], axis: "width").value
            let seen = channels / groups
            return row(.maps(height: rows, width: columns, channels: filters),
                       weights: ConvolutionGeometry.parameterCount(filters: filters, channels: seen, kernelHeight: kernel,
                                                                   kernelWidth: kernel, includingBias: false),
                       parameters: ConvolutionGeometry.parameterCount(filters: filters, channels: seen, kernelHeight: kernel,
                                                                      kernelWidth: kernel))
        case let .maxPool(size, stride), let .averagePool(size, stride):
            let (height, width, _) = try maps()
            let rows = try OutputSize(input: height, filter: size, stride: stride, axis: "height").value
            let columns = try OutputSize(input: width, filter: size, stride: stride, axis: "width").value
            return row(.maps(height: rows, width: columns, channels: try maps().channels))
        case .norm:
            return row(shape)
        case .batchNorm:
            let channels = try maps().channels
            return row(shape, parameters: 2 * channels, statistics: 2 * channels)
        }
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
