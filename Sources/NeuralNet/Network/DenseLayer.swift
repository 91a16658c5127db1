import Tensors

/// ``Dense`` as a network layer: Z = X·Wᵀ + w₀ on a batch of rows (N, m), the cache is X.
extension Dense: Layer {
    /// W as `weight` and w₀ as `bias`.
    public var namedParameters: [(name: String, value: Tensor<Scalar>)] { [("weight", weight), ("bias", bias)] }

    public mutating func updateParameters(_ body: (inout Tensor<Scalar>, String) throws -> Void) rethrows {
        try body(&weight, "weight")
        try body(&bias, "bias")
    }

    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double)
    @inlinable
    public func forward(_ x: Tensor<Scalar>, context: inout LayerContext) throws -> (output: Tensor<Scalar>, cache: Tensor<Scalar>) {
        (try forward(x), x)
    }

    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double)
    @inlinable
    public func backward(_ g: Tensor<Scalar>, cache x: Tensor<Scalar>, kernels: any LayerKernels,
                         needsInputGradient: Bool) throws -> LayerGradients<Scalar> {
        let (gradient, input) = try backward(g, input: x, needsInputGradient: needsInputGradient)
        return LayerGradients(input: input, parameters: [("weight", gradient.weight), ("bias", gradient.bias)])
    }
}
