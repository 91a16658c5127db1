import Tensors

/// The input standardisation x′ = (x − m)/s (``Standardization``) as a network's first layer, so
/// that the trained network takes images as the data set gives them, in training, in test and
/// when it is saved. m and s are fixed from the training set, not trained: no parameters.
/// Backward: ∂L/∂x = (∂L/∂x′)/s.
public struct StandardizationLayer<Scalar: TensorScalar>: Layer {
    /// m and s.
    public let standardization: Standardization

    /// The layer that computes (x − m)/s.
    public init(_ standardization: Standardization) { self.standardization = standardization }

    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double)
    @inlinable
    public func forward(_ x: Tensor<Scalar>, context: inout LayerContext) throws -> (output: Tensor<Scalar>, cache: Void) {
        (standardization.apply(x), ())
    }

    @_specialize(where Scalar == Float) @_specialize(where Scalar == Double)
    @inlinable
    public func backward(_ g: Tensor<Scalar>, cache: Void, kernels: any LayerKernels,
                         needsInputGradient: Bool) throws -> LayerGradients<Scalar> {
        guard needsInputGradient else { return LayerGradients(input: nil) }
        var input = g
        let s = Scalar(standardization.standardDeviation)
        for i in 0..<input.count { input[offset: i] /= s }
        return LayerGradients(input: input)
    }
}
