import Tensors

/// (N, C, H, W) → (N, C·H·W), read row-major: the maps of one image side by side, the input of
/// the dense layers (IFT 780 slides 166–169). A batch of rows stays as it is; the backward pass
/// gives the gradient its input's shape back.
public struct Flatten<Scalar: TensorScalar>: Layer {
    /// The flattening layer.
    public init() {}

    @inlinable
    public func forward(_ x: Tensor<Scalar>, context: inout LayerContext) throws -> (output: Tensor<Scalar>, cache: [Int]) {
        guard x.rank > 2 else { return (x, x.shape) }
        return (try x.reshaped([x.shape[0], x.count / Swift.max(x.shape[0], 1)]), x.shape)
    }

    @inlinable
    public func backward(_ g: Tensor<Scalar>, cache inputShape: [Int], kernels: any LayerKernels,
                         needsInputGradient: Bool) throws -> LayerGradients<Scalar> {
        LayerGradients(input: try g.reshaped(inputShape))
    }
}
