import NeuralNet

/// The table of an ``Architecture``: every layer's output shape, neurons and parameters.
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
}
