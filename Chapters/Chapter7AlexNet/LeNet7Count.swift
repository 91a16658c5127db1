import NeuralNet

/// LeNet-7's trainable parameters (Pasco ≈ slide 37: "90 857 paramètres entraînables"), counted
/// the way LeCun's NORB network is built, which the slide's figure only sketches:
///
/// - its convolutions are partly connected: the connection table gives C1 16 kernels (2 inputs ×
///   8 maps), C3 96 of the 8 × 24 possible, C5 all 24 × 100 = 2,400; each map has one bias;
/// - each subsampling map has a trainable weight and a bias (LeNet's S layers);
/// - 5 outputs are fully connected to C5's 100 units.
///
///     Σ_conv (kernels·k² + maps) + Σ_sub 2·maps + (100·5 + 5)
///     = (16·25 + 8) + 2·8 + (96·36 + 24) + 2·24 + (2,400·36 + 100) + 505 = 90,957
///
/// — 100 more than the slide's 90,857 (catalogue: ambiguous).
public enum LeNet7Count {
    /// The connection table: how many k×k kernels each convolution has.
    public static let kernels = ["C1": 16, "C3": 96, "C5": 2_400]
    /// The NORB classes (four objects and "nothing").
    public static let classes = 5

    /// The total, from the layers and output shapes of ``Networks/leNet7``.
    public static func parameters() throws -> Int {
        let table = try Networks.leNet7.table()
        let layers = table.rows.compactMap { row in row.spec.map { (row.name, $0, row.output) } }
        let hidden = try layers.reduce(0) { total, layer in
            let (name, spec, output) = layer
            guard case let .maps(_, _, maps) = output else { return total }
            if case let .conv(_, kernel, _, _, _) = spec {
                guard let count = kernels[name] else { throw ConnectionError.unknownConnections(name) }
                return total + count * kernel * kernel + maps
            }
            return total + 2 * maps   // a subsampling map: one weight, one bias
        }
        return hidden + table.output.count * classes + classes
    }

    /// A convolution of ``Networks/leNet7`` without an entry in ``kernels``.
    public enum ConnectionError: Error, CustomStringConvertible {
        case unknownConnections(String)

        public var description: String {
            switch self {
            case let .unknownConnections(name): "LeNet-7's connection table has no entry for \(name)"
            }
        }
    }
}
