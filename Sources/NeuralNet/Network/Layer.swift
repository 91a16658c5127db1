import Tensors

/// One layer of a network, forward and backward side by side (the layers of IFT 780 slides
/// 166–169 and Pasco slides 42–48, plus dropout and batch normalisation). Each kind of layer is
/// one type in one file; its forward pass returns, beside its output, a cache of its own type
/// that only its own backward pass accepts.
///
/// Parameters are addressed by name, as PyTorch's `state_dict` names them: a layer calls its own
/// `weight` and `bias` (batch normalisation: `weight` = γ, `bias` = β), and a network prefixes
/// them with the layer's name, `conv1.weight`. Optimizers keep their state under those names.
///
/// A network holds its layers as `any Layer<Scalar>`, so their methods run as generic code that
/// looks up the scalar's type metadata for every value it touches (docs/performance.md, "Fixed:
/// training after the Layer protocol", measures the cost).
/// The layers whose own loops touch every value (dense biases, batch normalisation, dropout)
/// mark their `forward` and `backward` `@_specialize(where Scalar == Float)` (and `Double`):
/// the generic entry point then jumps to code compiled for the concrete type.
public protocol Layer<Scalar>: Sendable {
    associatedtype Scalar: TensorScalar
    /// What the forward pass keeps for the backward pass (the input, the pooling winners, the
    /// dropout mask, batch normalisation's x̂).
    associatedtype Cache: Sendable

    /// y and the cache. In training mode dropout draws its mask from the context's generator
    /// and batch normalisation updates its running statistics (hence `mutating`); in test mode
    /// dropout is the identity and batch normalisation uses its running statistics.
    mutating func forward(_ x: Tensor<Scalar>, context: inout LayerContext) throws -> (output: Tensor<Scalar>, cache: Cache)

    /// ∂L/∂x (`nil` unless `needsInputGradient`) and ∂L/∂θ for each named parameter, from ∂L/∂y
    /// and the forward pass's cache.
    func backward(_ g: Tensor<Scalar>, cache: Cache, kernels: any LayerKernels,
                  needsInputGradient: Bool) throws -> LayerGradients<Scalar>

    /// The trainable tensors by their names within the layer (`weight`, `bias`); none for
    /// pooling, activations, flatten and dropout.
    var namedParameters: [(name: String, value: Tensor<Scalar>)] { get }

    /// Calls `body` on every trainable tensor, in place, with its name within the layer.
    mutating func updateParameters(_ body: (inout Tensor<Scalar>, String) throws -> Void) rethrows

    /// Values kept but not trained (batch normalisation's running mean and variance).
    var statisticCount: Int { get }

    /// Those values by their names within the layer, as PyTorch's buffers (`running_mean`,
    /// `running_var`); none for most layers.
    var namedBuffers: [(name: String, value: Tensor<Scalar>)] { get }

    /// Calls `body` on every buffer, in place, with its name within the layer (loading saved weights).
    mutating func updateBuffers(_ body: (inout Tensor<Scalar>, String) throws -> Void) rethrows
}

extension Layer {
    public var namedParameters: [(name: String, value: Tensor<Scalar>)] { [] }
    public mutating func updateParameters(_ body: (inout Tensor<Scalar>, String) throws -> Void) rethrows {}
    public var statisticCount: Int { 0 }
    public var namedBuffers: [(name: String, value: Tensor<Scalar>)] { [] }
    public mutating func updateBuffers(_ body: (inout Tensor<Scalar>, String) throws -> Void) rethrows {}

    /// The number of trainable values.
    public var parameterCount: Int { namedParameters.reduce(0) { $0 + $1.value.count } }

    /// The forward pass, and its backward pass bound to this very cache: a network keeps the
    /// closures, so that a cache never leaves its layer's type.
    @inlinable
    public mutating func forwardKeepingBackward(_ x: Tensor<Scalar>, context: inout LayerContext) throws
        -> (output: Tensor<Scalar>, backward: LayerBackward<Scalar>) {
        let (y, cache) = try forward(x, context: &context)
        let layer = self
        return (y, LayerBackward { g, kernels, needsInputGradient in
            try layer.backward(g, cache: cache, kernels: kernels, needsInputGradient: needsInputGradient)
        })
    }
}

/// What a forward pass runs with: training or test mode, who computes the convolutions,
/// poolings and activations, and the generator of the dropout masks.
public struct LayerContext: Sendable {
    /// Training mode (dropout on, batch statistics) or test mode.
    public var training: Bool
    /// The lesson's loops or the engine's kernels.
    public var kernels: any LayerKernels
    /// Draws the dropout masks.
    public var generator: SeededGenerator

    /// A context; test mode unless `training`.
    public init(training: Bool, kernels: any LayerKernels = LessonKernels(), generator: SeededGenerator = SeededGenerator(seed: 0)) {
        self.training = training
        self.kernels = kernels
        self.generator = generator
    }
}

/// ∂L/∂x and the named parameter gradients of one layer.
public struct LayerGradients<Scalar: TensorScalar>: Sendable {
    /// ∂L/∂x, `nil` when it was not asked for (a first layer).
    public var input: Tensor<Scalar>?
    /// ∂L/∂θ by the parameter's name within the layer, in the order of ``Layer/namedParameters``.
    public var parameters: [(name: String, value: Tensor<Scalar>)]

    /// The gradients of a layer.
    public init(input: Tensor<Scalar>?, parameters: [(name: String, value: Tensor<Scalar>)] = []) {
        self.input = input
        self.parameters = parameters
    }
}

/// A layer's backward pass with its cache already bound (``Layer/forwardKeepingBackward(_:context:)``).
public struct LayerBackward<Scalar: TensorScalar>: Sendable {
    /// ∂L/∂y, the kernels, whether ∂L/∂x is needed → the layer's gradients.
    public let run: @Sendable (Tensor<Scalar>, any LayerKernels, Bool) throws -> LayerGradients<Scalar>

    @inlinable
    init(_ run: @escaping @Sendable (Tensor<Scalar>, any LayerKernels, Bool) throws -> LayerGradients<Scalar>) {
        self.run = run
    }
}
