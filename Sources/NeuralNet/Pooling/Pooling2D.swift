import Tensors

/// Which summary of a window a pooling layer keeps.
public enum PoolingKind: String, Equatable, Sendable, CaseIterable {
    /// The largest value of the window (IFT 780 slide 141; Pasco slides 22–23, "maximum").
    case max
    /// The average of the window's input cells (IFT 780 slide 142).
    case mean
}

/// What a pooling forward pass keeps for its backward pass: the shapes, and for max pooling the
/// winner of every window.
public struct PoolingCache: Equatable, Sendable {
    /// The kind of pooling that produced the cache.
    public let kind: PoolingKind
    /// The input's shape (the gradient returned by the backward pass has it).
    public let inputShape: [Int]
    /// The output's shape (the upstream gradient must have it).
    public let outputShape: [Int]
    /// Max pooling: for each output element (row-major), the row-major offset i·W + j, within its
    /// H×W input plane, of the cell that won — the first maximum in row-major order when several
    /// cells tie. Empty for mean pooling.
    public let winners: [Int32]

    @usableFromInline
    init(kind: PoolingKind, inputShape: [Int], outputShape: [Int], winners: [Int32]) {
        self.kind = kind
        self.inputShape = inputShape
        self.outputShape = outputShape
        self.winners = winners
    }
}

/// Max or mean pooling over the last two axes of a tensor — H×W planes, one per image and
/// channel of an NCHW batch (any leading axes are fine: (H,W), (C,H,W), (N,C,H,W)).
///
///     max:  y[i, j] = max { x[i·S − P + a, j·S − P + b] : 0 ≤ a, b < F, inside the input }
///     mean: y[i, j] = (1/n) Σ of the same n cells
///
/// with output size O = (D − F + 2P)/S + 1 per axis (IFT 780 slides 141–144; the rule of
/// convolution, 003 slide 60), rounded down by default (whole windows only, Keras/PyTorch) or up
/// (``PoolingRounding/ceil``, partial windows at the right and bottom edges, Caffe and Rohrer's
/// X/O example). Pooling has no parameters (003 slide 177: "0!").
///
/// Backward (cs231n, DLFS `Pooling`): max pooling sends each upstream gradient to the cell that
/// won its window — ties go to the first maximum in row-major order, so a tied window passes
/// its gradient to one cell, not to all; mean pooling spreads it evenly, g/n to each of the
/// window's n cells. Where windows overlap (S < F) the contributions add up.
public struct Pooling2D: Equatable, Sendable {
    /// Max or mean.
    public let kind: PoolingKind
    /// The geometry along the rows (height) axis.
    public let rows: PoolingWindow
    /// The geometry along the columns (width) axis.
    public let columns: PoolingWindow
    /// Floor (drop the cells no whole window reaches) or ceil (a last, partial window).
    public let rounding: PoolingRounding

    /// Pooling with its own geometry per axis.
    public init(_ kind: PoolingKind, rows: PoolingWindow, columns: PoolingWindow, rounding: PoolingRounding = .floor) {
        self.kind = kind
        self.rows = rows
        self.columns = columns
        self.rounding = rounding
    }

    /// Square F×F windows, stride S (default F: windows side by side, as Keras's default and
    /// FIDLE's "Max Pooling" slide), padding P on every side.
    /// - Throws: ``PoolingError`` for F or S below 1, P < 0 or P ≥ F.
    public init(_ kind: PoolingKind, size: Int, stride: Int? = nil, padding: Int = 0,
                rounding: PoolingRounding = .floor) throws {
        let window = try PoolingWindow(size: size, stride: stride, padding: padding)
        self.init(kind, rows: window, columns: window, rounding: rounding)
    }

    /// The output's shape for an input of `shape`: the leading axes, then (Ho, Wo).
    /// - Throws: ``PoolingError/rankTooSmall(needed:shape:)`` below rank 2, and
    ///   ``PoolingError/windowLargerThanInput(size:input:padding:)``.
    public func outputShape(for shape: [Int]) throws -> [Int] {
        guard shape.count >= 2 else { throw PoolingError.rankTooSmall(needed: 2, shape: shape) }
        let height = shape[shape.count - 2], width = shape[shape.count - 1]
        return shape.dropLast(2) + [try rows.outputCount(for: height, rounding: rounding),
                                    try columns.outputCount(for: width, rounding: rounding)]
    }

    /// The pooled tensor.
    @inlinable
    public func callAsFunction<Scalar: TensorScalar>(_ x: Tensor<Scalar>) throws -> Tensor<Scalar> {
        try forward(x).output
    }

    /// The pooled tensor and what ``backward(_:cache:)`` needs.
    @inlinable
    public func forward<Scalar: TensorScalar>(_ x: Tensor<Scalar>) throws -> (output: Tensor<Scalar>, cache: PoolingCache) {
        let shape = try outputShape(for: x.shape)
        let (planes, height, width) = Self.planes(of: x.shape)
        guard height * width <= Int(Int32.max) else { throw PoolingError.planeTooLarge(height: height, width: width) }
        let rowWindows = PoolingKernels.AxisWindows(rows, length: height, count: shape[shape.count - 2])
        let columnWindows = PoolingKernels.AxisWindows(columns, length: width, count: shape[shape.count - 1])
        // The kernels write every output: no zero-filling first.
        let count = shape.reduce(1, *)
        var winners: [Int32] = []
        let values = x.withUnsafeBufferPointer { source in
            [Scalar](unsafeUninitializedCapacity: count) { target, initialized in
                guard let input = source.baseAddress, let output = target.baseAddress else { return }
                switch kind {
                case .max:
                    winners = [Int32](unsafeUninitializedCapacity: count) { won, written in
                        PoolingKernels.maxForward(input, output, winners: won.baseAddress!, planes: planes,
                                                  height: height, width: width, rows: rowWindows, columns: columnWindows)
                        written = count
                    }
                case .mean:
                    PoolingKernels.meanForward(input, output, planes: planes, height: height, width: width,
                                               rows: rowWindows, columns: columnWindows)
                }
                initialized = count
            }
        }
        let y = try Tensor(shape: shape, scalars: values)
        return (y, PoolingCache(kind: kind, inputShape: x.shape, outputShape: shape, winners: winners))
    }

    /// ∂L/∂x from ∂L/∂y (`gradient`, the output's shape) and the forward pass's cache.
    /// - Throws: ``PoolingError/gradientShapeMismatch(expected:given:)``, and
    ///   ``PoolingError/cacheMismatch(_:)`` for a cache of another kind of pooling.
    @inlinable
    public func backward<Scalar: TensorScalar>(_ gradient: Tensor<Scalar>, cache: PoolingCache) throws -> Tensor<Scalar> {
        guard gradient.shape == cache.outputShape else {
            throw PoolingError.gradientShapeMismatch(expected: cache.outputShape, given: gradient.shape)
        }
        guard cache.kind == kind, try outputShape(for: cache.inputShape) == cache.outputShape,
              cache.winners.count == (kind == .max ? gradient.count : 0) else {
            throw PoolingError.cacheMismatch("the cache comes from a \(cache.kind) pooling of \(cache.inputShape), not from this \(kind) pooling")
        }
        let (planes, height, width) = Self.planes(of: cache.inputShape)
        let outHeight = cache.outputShape[cache.outputShape.count - 2]
        let outWidth = cache.outputShape[cache.outputShape.count - 1]
        switch kind {
        case .max:
            // Winners receive their gradients by addition: start from zeros.
            var dx = try Tensor<Scalar>(zeros: cache.inputShape)
            gradient.withUnsafeBufferPointer { upstream in
                dx.withUnsafeMutableBufferPointer { target in
                    guard let dy = upstream.baseAddress, let output = target.baseAddress else { return }
                    cache.winners.withUnsafeBufferPointer { won in
                        PoolingKernels.maxBackward(dy, output, winners: won.baseAddress!, planes: planes,
                                                   planeSize: height * width, outputPlaneSize: outHeight * outWidth)
                    }
                }
            }
            return dx
        case .mean:
            // The gather writes every cell: no zero-filling first.
            let count = cache.inputShape.reduce(1, *)
            let rowWindows = PoolingKernels.AxisWindows(rows, length: height, count: outHeight)
            let columnWindows = PoolingKernels.AxisWindows(columns, length: width, count: outWidth)
            let values = gradient.withUnsafeBufferPointer { upstream in
                [Scalar](unsafeUninitializedCapacity: count) { target, initialized in
                    guard let dy = upstream.baseAddress, let output = target.baseAddress else { return }
                    PoolingKernels.meanBackward(dy, output, planes: planes, height: height, width: width,
                                                rows: rowWindows, columns: columnWindows)
                    initialized = count
                }
            }
            return try Tensor(shape: cache.inputShape, scalars: values)
        }
    }

    /// (number of H×W planes, H, W) of a shape of rank ≥ 2.
    @inlinable
    static func planes(of shape: [Int]) -> (Int, Int, Int) {
        (shape.dropLast(2).reduce(1, *), shape[shape.count - 2], shape[shape.count - 1])
    }
}
