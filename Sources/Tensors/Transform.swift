/// Rearranging a tensor without changing its values: transpose, permutation of axes, and the
/// slices of a batch.
extension Tensor {
    /// The transpose of a matrix (rank 2): result[j, i] = self[i, j].
    public func transposed() throws -> Tensor {
        guard rank == 2 else {
            throw TensorError.invalidArgument("transpose needs a matrix, got shape \(TensorError.format(shape))")
        }
        return try permuted([1, 0])
    }

    /// The axes reordered: result axis k is this tensor's axis `order[k]`
    /// (NCHW → NHWC is `permuted([0, 2, 3, 1])`).
    public func permuted(_ order: [Int]) throws -> Tensor {
        guard order.sorted() == Array(0..<rank) else {
            throw TensorError.invalidArgument("\(order) is not a permutation of the \(rank) axes")
        }
        let newShape = order.map { shape[$0] }
        let oldStrides = strides
        return try Tensor(shape: newShape) { index in
            var offset = 0
            for k in 0..<index.count { offset += index[k] * oldStrides[order[k]] }
            return storage[offset]
        }
    }

    /// Items `range` of the first axis (examples of a batch), keeping the other axes.
    @inlinable
    public func slice(_ range: Range<Int>) throws -> Tensor {
        guard rank >= 1, range.lowerBound >= 0, range.upperBound <= shape[0] else {
            throw TensorError.invalidArgument("slice \(range) outside a first axis of \(shape.first ?? 0)")
        }
        let inner = shape.dropFirst().reduce(1, *)
        var newShape = shape
        newShape[0] = range.count
        return try Tensor(shape: newShape,
                          scalars: Array(storage[(range.lowerBound * inner)..<(range.upperBound * inner)]))
    }

    /// Item `index` of the first axis, with that axis removed (one image of a batch).
    @inlinable
    public func item(_ index: Int) throws -> Tensor {
        try slice(index..<(index + 1)).reshaped(Array(shape.dropFirst()))
    }

    /// The items of `indices`, in that order, along the first axis (a shuffled mini-batch).
    @inlinable
    public func gathering(_ indices: [Int]) throws -> Tensor {
        let inner = shape.dropFirst().reduce(1, *)
        var values: [Scalar] = []
        values.reserveCapacity(indices.count * inner)
        for i in indices {
            guard i >= 0, i < (shape.first ?? 0) else {
                throw TensorError.invalidArgument("index \(i) outside a first axis of \(shape.first ?? 0)")
            }
            values.append(contentsOf: storage[(i * inner)..<((i + 1) * inner)])
        }
        var newShape = shape
        newShape[0] = indices.count
        return try Tensor(shape: newShape, scalars: values)
    }

    /// Tensors of equal shape stacked along a new first axis.
    @inlinable
    public static func stacked(_ items: [Tensor]) throws -> Tensor {
        guard let first = items.first else { throw TensorError.invalidArgument("nothing to stack") }
        for item in items where item.shape != first.shape {
            throw TensorError.shapeMismatch(operation: "stack", first.shape, item.shape)
        }
        return try Tensor(shape: [items.count] + first.shape, scalars: items.flatMap(\.scalars))
    }
}
