import Tensors

/// Dropout (Srivastava et al., 2014; AlexNet's "dropout 0.5", IFT 780 slide 181; Görner's
/// `pkeep = 0.75`, Pasco slides 46–48): during training each value is kept with probability
/// 1 − p and zeroed otherwise, and the kept ones are scaled by 1/(1 − p) ("inverted" dropout):
///
///     training:  y = x ⊙ m,  mᵢ = 1/(1 − p) with probability 1 − p, else 0   — E[y] = x
///     test:      y = x                                                   (the identity)
///     backward:  ∂L/∂x = ∂L/∂y ⊙ m
///
/// Scaling at training time keeps the expected activation of every unit the same in both
/// modes, so nothing changes at test time. The mask is drawn from a seeded generator.
public struct Dropout: Sendable, Equatable {
    /// p, the probability of dropping a value (Görner's pkeep = 1 − p).
    public let rate: Double

    /// Dropout with rate p.
    /// - Throws: ``TensorError/invalidArgument(_:)`` unless 0 ≤ p < 1.
    public init(rate: Double) throws {
        guard rate >= 0, rate < 1 else {
            throw TensorError.invalidArgument("a dropout rate is a probability in [0, 1), got \(rate)")
        }
        self.rate = rate
    }

    /// A mask of the given shape: 1/(1 − p) with probability 1 − p, else 0.
    @inlinable
    public func mask<Scalar: TensorScalar>(shape: [Int], using generator: inout SeededGenerator) throws -> Tensor<Scalar> {
        var mask = try Tensor<Scalar>(zeros: shape)
        let kept = Scalar(1 / (1 - rate))
        for i in 0..<mask.count where generator.unit() >= rate { mask[offset: i] = kept }
        return mask
    }

    /// x ⊙ m (training), and equally ∂L/∂y ⊙ m (backward).
    /// - Throws: ``TensorError/shapeMismatch(operation:_:_:)`` when x and m differ in shape.
    @inlinable
    public static func apply<Scalar: TensorScalar>(_ x: Tensor<Scalar>, mask: Tensor<Scalar>) throws -> Tensor<Scalar> {
        try x.zipMap(mask, operation: "dropout (values and mask)", *)
    }
}

/// ``Dropout`` as a network layer. The cache is the training pass's mask, `nil` in test mode
/// (where the layer is the identity, and so is its backward pass).
public struct DropoutLayer<Scalar: TensorScalar>: Layer {
    /// p.
    public let dropout: Dropout

    /// A layer applying `dropout`.
    public init(_ dropout: Dropout) {
        self.dropout = dropout
    }

    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double)
    @inlinable
    public func forward(_ x: Tensor<Scalar>, context: inout LayerContext) throws -> (output: Tensor<Scalar>, cache: Tensor<Scalar>?) {
        guard context.training else { return (x, nil) }
        let mask: Tensor<Scalar> = try dropout.mask(shape: x.shape, using: &context.generator)
        return (try Dropout.apply(x, mask: mask), mask)
    }

    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double)
    @inlinable
    public func backward(_ g: Tensor<Scalar>, cache mask: Tensor<Scalar>?, kernels: any LayerKernels,
                         needsInputGradient: Bool) throws -> LayerGradients<Scalar> {
        LayerGradients(input: try mask.map { try Dropout.apply(g, mask: $0) } ?? g)
    }
}
