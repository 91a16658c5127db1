/// Element-wise arithmetic: `a + b`, `a − b`, `a ⊙ b` (Hadamard product, as the backprop rules
/// write it), `a / b`, and the same with a scalar. Shapes must be equal; a bias is added with
/// ``Tensor/addingBias(_:axis:)``, which is the only broadcasting the course needs.
extension Tensor {
    /// `body(a[i], b[i])` for every i; throws when the shapes differ.
    @inlinable
    public func zipMap(_ other: Tensor, operation: String = "element-wise operation",
                       _ body: (Scalar, Scalar) -> Scalar) throws -> Tensor {
        guard shape == other.shape else {
            throw TensorError.shapeMismatch(operation: operation, shape, other.shape)
        }
        var result = self
        result.withUnsafeMutableBufferPointer { r in
            other.withUnsafeBufferPointer { o in
                for i in 0..<r.count { r[i] = body(r[i], o[i]) }
            }
        }
        return result
    }

    /// `body(x)` for every element.
    @inlinable
    public func map(_ body: (Scalar) -> Scalar) -> Tensor {
        var result = self
        result.withUnsafeMutableBufferPointer { r in
            for i in 0..<r.count { r[i] = body(r[i]) }
        }
        return result
    }

    /// a + b, element by element; the shapes must be equal.
    @inlinable public static func + (a: Tensor, b: Tensor) throws -> Tensor { try a.zipMap(b, operation: "addition", +) }
    /// a − b, element by element; the shapes must be equal.
    @inlinable public static func - (a: Tensor, b: Tensor) throws -> Tensor { try a.zipMap(b, operation: "subtraction", -) }
    /// The Hadamard (element-wise) product a ⊙ b.
    @inlinable public static func * (a: Tensor, b: Tensor) throws -> Tensor { try a.zipMap(b, operation: "element-wise product", *) }
    /// a / b, element by element; the shapes must be equal.
    @inlinable public static func / (a: Tensor, b: Tensor) throws -> Tensor { try a.zipMap(b, operation: "element-wise division", /) }

    /// s added to every element.
    @inlinable public static func + (a: Tensor, s: Scalar) -> Tensor { a.map { $0 + s } }
    /// s subtracted from every element.
    @inlinable public static func - (a: Tensor, s: Scalar) -> Tensor { a.map { $0 - s } }
    /// Every element times s.
    @inlinable public static func * (a: Tensor, s: Scalar) -> Tensor { a.map { $0 * s } }
    /// s times every element.
    @inlinable public static func * (s: Scalar, a: Tensor) -> Tensor { a.map { s * $0 } }
    /// Every element divided by s.
    @inlinable public static func / (a: Tensor, s: Scalar) -> Tensor { a.map { $0 / s } }
    /// Every element negated.
    @inlinable public static prefix func - (a: Tensor) -> Tensor { a.map { -$0 } }

    /// Adds `bias[k]` to every element whose index along `axis` is k — the w₀ of a dense layer
    /// (axis 1 of an (N, out) batch) or the per-filter bias of a convolution (axis 1 of NCHW).
    @inlinable
    public func addingBias(_ bias: Tensor, axis: Int) throws -> Tensor {
        guard axis >= 0, axis < rank else {
            throw TensorError.invalidArgument("axis \(axis) outside a tensor of rank \(rank)")
        }
        guard bias.shape == [shape[axis]] else {
            throw TensorError.shapeMismatch(operation: "bias along axis \(axis)", shape, bias.shape)
        }
        let inner = shape[(axis + 1)...].reduce(1, *)
        let width = shape[axis]
        var result = self
        result.withUnsafeMutableBufferPointer { r in
            bias.withUnsafeBufferPointer { b in
                for i in 0..<r.count { r[i] += b[(i / inner) % width] }
            }
        }
        return result
    }

    /// True when every element is finite (no NaN, no infinity): training checks it to report
    /// divergence instead of passing NaNs along.
    @inlinable
    public var isFinite: Bool {
        withUnsafeBufferPointer { buffer in buffer.allSatisfy { $0.isFinite } }
    }

    /// The largest |a[i] − b[i]|, for comparing two computations of the same thing.
    @inlinable
    public func maxAbsDifference(_ other: Tensor) throws -> Scalar {
        try zipMap(other, operation: "comparison") { abs($0 - $1) }.scalars.max() ?? 0
    }
}
