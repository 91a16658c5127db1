import Foundation

/// An n-dimensional array of numbers, stored row-major (the last index varies fastest).
///
/// Images are NCHW — batch, channel, row, column — as the decks draw them (C, H, W). A tensor is
/// a value: copying it is cheap and a mutation copies the storage only when it is shared.
///
/// ```swift
/// let x = try Tensor<Float>(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
/// x[1, 2]   // 6
/// ```
public struct Tensor<Scalar: TensorScalar>: Equatable, Sendable {
    /// The size of each axis, outermost first.
    public private(set) var shape: [Int]
    /// The values in row-major order; `scalars.count == shape.reduce(1, *)` always holds.
    public var scalars: [Scalar] { storage }
    @usableFromInline var storage: [Scalar]

    /// A tensor of the given shape holding `scalars` in row-major order.
    /// - Throws: ``TensorError/countMismatch(shape:count:)`` when the counts disagree, and
    ///   ``TensorError/invalidArgument(_:)`` for a negative dimension.
    public init(shape: [Int], scalars: [Scalar]) throws {
        guard try Tensor.validate(shape) == scalars.count else {
            throw TensorError.countMismatch(shape: shape, count: scalars.count)
        }
        self.shape = shape
        self.storage = scalars
    }

    /// A tensor of the given shape with every element equal to `value`. Inlinable so that the
    /// fill is specialised for the scalar type (a generic fill copies element by element through
    /// the value witness).
    @inlinable
    public init(shape: [Int], repeating value: Scalar) throws {
        try self.init(shape: shape, scalars: Array(repeating: value, count: try Tensor.validate(shape)))
    }

    /// A tensor of zeros.
    @inlinable
    public init(zeros shape: [Int]) throws {
        try self.init(shape: shape, repeating: 0)
    }

    /// A one-dimensional tensor (a vector).
    public init(_ vector: [Scalar]) {
        self.shape = [vector.count]
        self.storage = vector
    }

    /// A two-dimensional tensor from its rows, as a slide's table is written.
    /// - Throws: ``TensorError/invalidArgument(_:)`` when the rows have different lengths.
    public init(rows: [[Scalar]]) throws {
        let width = rows.first?.count ?? 0
        guard rows.allSatisfy({ $0.count == width }) else {
            throw TensorError.invalidArgument("rows have different lengths: \(rows.map(\.count))")
        }
        self.shape = [rows.count, width]
        self.storage = rows.flatMap { $0 }
    }

    /// A tensor whose element at each index is `body(index)`, visited in row-major order.
    /// Inlinable, so that the loop is specialised for the scalar type and `body` in client modules.
    @inlinable
    public init(shape: [Int], _ body: ([Int]) throws -> Scalar) throws {
        let count = try Tensor.validate(shape)
        var index = [Int](repeating: 0, count: shape.count)
        var values: [Scalar] = []
        values.reserveCapacity(count)
        for _ in 0..<count {
            values.append(try body(index))
            var axis = shape.count - 1
            while axis >= 0 {
                index[axis] += 1
                if index[axis] < shape[axis] { break }
                index[axis] = 0
                axis -= 1
            }
        }
        try self.init(shape: shape, scalars: values)
    }

    /// Throws the error a tensor of `shape` would throw (a negative dimension, more elements than
    /// memory holds), without allocating anything: for code that allocates and fills its own
    /// buffer before building the tensor.
    public static func checkShape(_ shape: [Int]) throws {
        try validate(shape)
    }

    /// Refuses a shape that no tensor can have: a negative dimension, or more elements than this
    /// machine's memory holds at 8 bytes each (a size read from a file or a command line must give
    /// an error, not an overflow trap or an allocation that never ends); returns the element count.
    /// The bound counts elements of the widest scalar, so a valid shape stays valid in every
    /// scalar type (``converted(to:)``). An empty shape beside huge axes, (0, 2⁴⁰, 2⁴⁰), is valid:
    /// its count is 0 whatever the order of the axes. Commands also budget their memory
    /// (`cnnlab`'s MemoryBudget); this bound only keeps the arithmetic honest.
    @usableFromInline @discardableResult
    static func validate(_ shape: [Int]) throws -> Int {
        guard shape.allSatisfy({ $0 >= 0 }) else {
            throw TensorError.invalidArgument("shape \(TensorError.format(shape)) has a negative dimension")
        }
        guard !shape.contains(0) else { return 0 }
        var count: UInt64 = 1
        for dimension in shape {
            let (product, overflow) = count.multipliedReportingOverflow(by: UInt64(dimension))
            guard !overflow, product <= maximumElementCount else {
                throw TensorError.invalidArgument(
                    "shape \(TensorError.format(shape)) has more elements than this machine's memory holds (\(physicalMemory >> 20) MiB)")
            }
            count = product
        }
        return Int(count)
    }

    /// The number of axes.
    public var rank: Int { shape.count }
    /// The number of elements.
    public var count: Int { scalars.count }

    /// How far apart, in `scalars`, two neighbours along each axis are (row-major).
    public var strides: [Int] {
        var result = [Int](repeating: 1, count: shape.count)
        for axis in stride(from: shape.count - 2, through: 0, by: -1) {
            result[axis] = result[axis + 1] * shape[axis + 1]
        }
        return result
    }

    /// The offset in `scalars` of a full index.
    @inlinable
    public func offset(_ index: [Int]) -> Int {
        precondition(index.count == shape.count, "index \(index) for shape \(shape)")
        var offset = 0
        for axis in 0..<shape.count {
            precondition(index[axis] >= 0 && index[axis] < shape[axis], "index \(index) outside shape \(shape)")
            offset = offset * shape[axis] + index[axis]
        }
        return offset
    }

    /// The element at a full index, e.g. `x[n, c, i, j]`. An index outside the shape is a
    /// programming error (it traps, like an array's); validate user input before indexing.
    public subscript(_ index: Int...) -> Scalar {
        get { scalars[offset(index)] }
        set { storage[offset(index)] = newValue }
    }

    /// The element at row-major position `offset` (0 ..< count): the flat index the slides'
    /// loops compute, e.g. (n·C + c)·H·W + i·W + j. Out of range traps, like an array's index.
    @inlinable
    public subscript(offset offset: Int) -> Scalar {
        get { storage[offset] }
        set { storage[offset] = newValue }
    }

    /// The same values under another shape with the same number of elements.
    public func reshaped(_ newShape: [Int]) throws -> Tensor {
        try Tensor(shape: newShape, scalars: scalars)
    }

    /// Read access to the storage, for the hot loops of the library.
    @inlinable
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Scalar>) throws -> R) rethrows -> R {
        try storage.withUnsafeBufferPointer(body)
    }

    /// Write access to the storage (the shape cannot change), for the hot loops of the library.
    @inlinable
    public mutating func withUnsafeMutableBufferPointer<R>(
        _ body: (inout UnsafeMutableBufferPointer<Scalar>) throws -> R
    ) rethrows -> R {
        try storage.withUnsafeMutableBufferPointer(body)
    }

    /// The same values converted to another scalar type (`Float` ↔ `Double`).
    public func converted<Other: TensorScalar>(to _: Other.Type = Other.self) -> Tensor<Other> {
        // The shape is already valid (its check counts elements, whatever their type), so the
        // conversion cannot fail.
        try! Tensor<Other>(shape: shape, scalars: scalars.map { Other($0) })
    }
}

extension Tensor: CustomStringConvertible {
    /// `Tensor(2, 3) [1.0, 2.0, …]` — shape first, then up to 16 values.
    public var description: String {
        let shown = scalars.prefix(16).map(\.description).joined(separator: ", ")
        return "Tensor\(TensorError.format(shape)) [\(shown)\(count > 16 ? ", …" : "")]"
    }
}

/// This machine's memory in bytes, read once.
private let physicalMemory = ProcessInfo.processInfo.physicalMemory
/// The ceiling of ``Tensor``'s shape check: as many 8-byte values as the memory holds.
private let maximumElementCount = physicalMemory / 8
