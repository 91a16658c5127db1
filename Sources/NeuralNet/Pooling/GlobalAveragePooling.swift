import Tensors

/// Global average pooling: each H×W plane replaced by its mean, y[n, c] = (1/HW) Σᵢⱼ x[n, c, i, j]
/// — the last two axes are removed ((N, C, H, W) → (N, C)). It is mean pooling with one window
/// the size of the plane (beyond the slides; Lin et al., "Network in Network", 2014). Backward:
/// ∂L/∂x[n, c, i, j] = ∂L/∂y[n, c] / HW.
public enum GlobalAveragePooling {
    /// The plane means.
    /// - Throws: ``PoolingError/rankTooSmall(needed:shape:)`` below rank 2, and
    ///   ``PoolingError/windowLargerThanInput(size:input:padding:)`` for an empty plane.
    @inlinable
    public static func forward<Scalar: TensorScalar>(_ x: Tensor<Scalar>) throws -> Tensor<Scalar> {
        let (output, _) = try pooling(for: x.shape).forward(x)
        return try output.reshaped(Array(x.shape.dropLast(2)))
    }

    /// ∂L/∂x for an input of `inputShape`, from ∂L/∂y (the input's leading axes).
    /// - Throws: ``PoolingError/gradientShapeMismatch(expected:given:)``.
    @inlinable
    public static func backward<Scalar: TensorScalar>(_ gradient: Tensor<Scalar>, inputShape: [Int]) throws -> Tensor<Scalar> {
        let pooling = try pooling(for: inputShape)
        let outputShape = try pooling.outputShape(for: inputShape)
        guard gradient.shape == Array(inputShape.dropLast(2)) else {
            throw PoolingError.gradientShapeMismatch(expected: Array(inputShape.dropLast(2)), given: gradient.shape)
        }
        let cache = PoolingCache(kind: .mean, inputShape: inputShape, outputShape: outputShape, winners: [])
        return try pooling.backward(gradient.reshaped(outputShape), cache: cache)
    }

    /// Mean pooling with one H×W window.
    @inlinable
    static func pooling(for shape: [Int]) throws -> Pooling2D {
        guard shape.count >= 2 else { throw PoolingError.rankTooSmall(needed: 2, shape: shape) }
        return Pooling2D(.mean, rows: try PoolingWindow(size: Swift.max(shape[shape.count - 2], 1)),
                         columns: try PoolingWindow(size: Swift.max(shape[shape.count - 1], 1)))
    }
}
