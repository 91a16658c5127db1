import Tensors

/// Max or mean pooling along the last axis of a tensor — signals of length L, one per item and
/// channel ((L), (C, L), (N, C, L)): y[o] = max or mean of x[o·S − P ..< o·S − P + F], with the
/// same output-size rule, rounding, tie rule and backward pass as ``Pooling2D`` (it is a 2D
/// pooling whose windows are one row high).
public struct Pooling1D: Equatable, Sendable {
    /// The 2D pooling that does the work, on 1×L planes.
    public let planar: Pooling2D

    /// A window of `size` values moved by `stride` (default: `size`), padding P at both ends.
    /// - Throws: ``PoolingError`` for F or S below 1, P < 0 or P ≥ F.
    public init(_ kind: PoolingKind, size: Int, stride: Int? = nil, padding: Int = 0,
                rounding: PoolingRounding = .floor) throws {
        let window = try PoolingWindow(size: size, stride: stride, padding: padding)
        planar = Pooling2D(kind, rows: .identity, columns: window, rounding: rounding)
    }

    /// The output's shape: the leading axes, then the pooled length.
    /// - Throws: ``PoolingError/rankTooSmall(needed:shape:)`` for a scalar, and
    ///   ``PoolingError/windowLargerThanInput(size:input:padding:)``.
    public func outputShape(for shape: [Int]) throws -> [Int] {
        guard let length = shape.last else { throw PoolingError.rankTooSmall(needed: 1, shape: shape) }
        return shape.dropLast() + [try planar.columns.outputCount(for: length, rounding: planar.rounding)]
    }

    /// The pooled tensor.
    @inlinable
    public func callAsFunction<Scalar: TensorScalar>(_ x: Tensor<Scalar>) throws -> Tensor<Scalar> {
        try forward(x).output
    }

    /// The pooled tensor and what ``backward(_:cache:)`` needs (the cache of the 1×L planes).
    @inlinable
    public func forward<Scalar: TensorScalar>(_ x: Tensor<Scalar>) throws -> (output: Tensor<Scalar>, cache: PoolingCache) {
        let shape = try outputShape(for: x.shape)
        let (output, cache) = try planar.forward(x.reshaped(Self.asPlanes(x.shape)))
        return (try output.reshaped(shape), cache)
    }

    /// ∂L/∂x from ∂L/∂y and the forward pass's cache.
    /// - Throws: ``PoolingError/gradientShapeMismatch(expected:given:)`` and
    ///   ``PoolingError/cacheMismatch(_:)``.
    @inlinable
    public func backward<Scalar: TensorScalar>(_ gradient: Tensor<Scalar>, cache: PoolingCache) throws -> Tensor<Scalar> {
        let inputShape = Array(cache.inputShape.dropLast(2)) + [cache.inputShape.last ?? 0]
        let expected = try outputShape(for: inputShape)
        guard gradient.shape == expected else {
            throw PoolingError.gradientShapeMismatch(expected: expected, given: gradient.shape)
        }
        return try planar.backward(gradient.reshaped(Self.asPlanes(gradient.shape)), cache: cache).reshaped(inputShape)
    }

    /// (…, L) → (…, 1, L).
    @inlinable
    static func asPlanes(_ shape: [Int]) -> [Int] {
        shape.dropLast() + [1, shape.last ?? 0]
    }
}
