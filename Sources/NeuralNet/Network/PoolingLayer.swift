import Tensors

/// A pooling layer: ``Pooling2D`` over every map of a batch (LeNet's "subsampling" is mean
/// pooling, IFT 780 slides 166–169). No parameters (003 slide 177: "0!"). The cache holds the
/// shapes and, for max pooling, the winner of every window.
public struct PoolingLayer<Scalar: TensorScalar>: Layer {
    /// Kind, windows and rounding.
    public let pooling: Pooling2D

    /// A layer computing `pooling`.
    public init(_ pooling: Pooling2D) {
        self.pooling = pooling
    }

    @inlinable
    public func forward(_ x: Tensor<Scalar>, context: inout LayerContext) throws -> (output: Tensor<Scalar>, cache: PoolingCache) {
        try context.kernels.poolingForward(pooling, x)
    }

    @inlinable
    public func backward(_ g: Tensor<Scalar>, cache: PoolingCache, kernels: any LayerKernels,
                         needsInputGradient: Bool) throws -> LayerGradients<Scalar> {
        LayerGradients(input: try kernels.poolingBackward(pooling, g, cache: cache))
    }
}
