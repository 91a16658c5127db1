/// The shape of what flows between two layers: a stack of feature maps H×W×C (the slides write
/// AlexNet's first output "55×55×96") or a flat vector of n values after a flatten or a dense
/// layer.
public enum FeatureShape: Equatable, Sendable, CustomStringConvertible {
    case maps(height: Int, width: Int, channels: Int)
    case vector(Int)

    /// H·W·C or n: the neurons (activations) of one image at this point.
    public var count: Int {
        switch self {
        case let .maps(height, width, channels): height * width * channels
        case let .vector(n): n
        }
    }

    /// "55×55×96", "4096".
    public var description: String {
        switch self {
        case let .maps(height, width, channels): "\(height)×\(width)×\(channels)"
        case let .vector(n): "\(n)"
        }
    }
}

/// One layer of an architecture as the slides list them: what it is, not how it computes.
///
/// The square kernels and windows of every network of the course (IFT 780 slides 166–193,
/// Apprentissage profond ≈ 74–77, Görner slides 42–48, Ranvier "Exemple d'architecture").
public enum LayerSpec: Equatable, Sendable {
    /// m filters k×k with stride S and a padding rule (explicit P, `valid`, TensorFlow's `same`);
    /// `groups` > 1 splits the channels as AlexNet's two GPUs did (each filter sees n/groups
    /// channels).
    case conv(filters: Int, kernel: Int, stride: Int = 1, padding: Padding = .valid, groups: Int = 1)
    /// Max pooling k×k with stride S, no parameters (IFT 780 slide 177).
    case maxPool(size: Int, stride: Int)
    /// Mean (average) pooling, ``PoolingKind/mean`` ("subsampling" in LeNet), counted here without
    /// trainable coefficients.
    case meanPool(size: Int, stride: Int)
    /// AlexNet's NORM (local response normalisation; the deck says "normalisation"): same shape,
    /// no trainable parameters.
    case norm
    /// Batch normalisation: 2C trainable (γ, β) and 2C running statistics (mean, variance).
    case batchNorm
    /// H×W×C → H·W·C.
    case flatten
    /// n neurons fully connected to everything before (a map stack is read flat).
    case dense(Int)

    /// The kernel or window extent and stride for the receptive field: 1×1 with stride 1 for the
    /// layers that do not look at neighbours; nil for flatten and dense layers, which see all.
    public var window: (size: Int, stride: Int)? {
        switch self {
        case let .conv(_, kernel, stride, _, _): (kernel, stride)
        case let .maxPool(size, stride), let .meanPool(size, stride): (size, stride)
        case .norm, .batchNorm: (1, 1)
        case .flatten, .dense: nil
        }
    }

    /// The kind shown in a layer diagram.
    public var label: String {
        switch self {
        case let .conv(filters, kernel, stride, padding, groups):
            "\(filters) × \(kernel)×\(kernel), S=\(stride), P=\(padding)" + (groups > 1 ? ", \(groups) groups" : "")
        case let .maxPool(size, stride): "max \(size)×\(size), S=\(stride)"
        case let .meanPool(size, stride): "mean \(size)×\(size), S=\(stride)"
        case .norm: "normalisation"
        case .batchNorm: "batch norm"
        case .flatten: "flatten"
        case let .dense(n): "dense \(n)"
        }
    }
}

/// What an architecture description cannot mean; each case says what was expected and given.
public enum ArchitectureError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A layer that needs feature maps (convolution, pooling, batch norm) after a flat vector.
    case needsMaps(layer: String, given: FeatureShape)
    /// A filter count, group count or neuron count below 1, or groups that do not divide both
    /// channel counts.
    case invalid(layer: String, reason: String)
    /// A receptive field asked through a flatten or dense layer.
    case notSpatial(layer: String)

    public var description: String {
        switch self {
        case let .needsMaps(layer, given):
            "layer \(layer) needs feature maps H×W×C, got a flat vector of \(given.count)"
        case let .invalid(layer, reason):
            "layer \(layer): \(reason)"
        case let .notSpatial(layer):
            "layer \(layer) is not spatial (flatten or dense): the receptive field stops before it"
        }
    }
}
