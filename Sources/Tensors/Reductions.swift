/// Sums, means, maxima and argmax — over the whole tensor or along one axis (the axis
/// disappears from the shape: summing a (N, C) batch along axis 0 gives (C)).
extension Tensor {
    /// Σ of all elements.
    public func sum() -> Scalar { scalars.reduce(0, +) }
    /// The mean of all elements (0 for an empty tensor).
    public func mean() -> Scalar { count == 0 ? 0 : sum() / Scalar(count) }
    /// The largest element; `nil` for an empty tensor.
    public func max() -> Scalar? { scalars.max() }

    /// Σ along `axis`.
    public func sum(axis: Int) throws -> Tensor { try reduce(axis: axis, initial: 0, +) }

    /// The mean along `axis`.
    public func mean(axis: Int) throws -> Tensor {
        let total = try sum(axis: axis)
        return total / Scalar(Swift.max(shape[axis], 1))
    }

    /// The maximum along `axis` (the axis must not be empty).
    public func max(axis: Int) throws -> Tensor {
        try reduce(axis: axis, initial: -.infinity) { Swift.max($0, $1) }
    }

    /// The index of the maximum along `axis`, the first one on ties — the predicted class of a
    /// batch of scores is `argmax(axis: 1)`.
    public func argmax(axis: Int) throws -> [Int] {
        let (outer, width, inner) = try split(at: axis)
        guard width > 0 else { throw TensorError.invalidArgument("argmax along an empty axis") }
        var result = [Int](repeating: 0, count: outer * inner)
        for o in 0..<outer {
            for i in 0..<inner {
                var best = 0
                for k in 1..<width where storage[(o * width + k) * inner + i] > storage[(o * width + best) * inner + i] {
                    best = k
                }
                result[o * inner + i] = best
            }
        }
        return result
    }

    private func reduce(axis: Int, initial: Scalar, _ combine: (Scalar, Scalar) -> Scalar) throws -> Tensor {
        let (outer, width, inner) = try split(at: axis)
        var values = [Scalar](repeating: initial, count: outer * inner)
        for o in 0..<outer {
            for k in 0..<width {
                for i in 0..<inner {
                    values[o * inner + i] = combine(values[o * inner + i], storage[(o * width + k) * inner + i])
                }
            }
        }
        var newShape = shape
        newShape.remove(at: axis)
        return try Tensor(shape: newShape, scalars: values)
    }

    /// The tensor seen as (outer, shape[axis], inner).
    private func split(at axis: Int) throws -> (outer: Int, width: Int, inner: Int) {
        guard axis >= 0, axis < rank else {
            throw TensorError.invalidArgument("axis \(axis) outside a tensor of rank \(rank)")
        }
        return (shape[..<axis].reduce(1, *), shape[axis], shape[(axis + 1)...].reduce(1, *))
    }
}
