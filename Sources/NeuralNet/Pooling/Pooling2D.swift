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

    /// A cache from its parts (the engine's pooling builds the same cache as the lesson's).
    public init(kind: PoolingKind, inputShape: [Int], outputShape: [Int], winners: [Int32]) {
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

    /// The pooled tensor and what ``backward(_:cache:)`` needs: window by window, the cells it
    /// covers are visited in row-major order; max keeps the first NaN, else the first maximum
    /// (a later cell wins only when strictly greater), mean adds them in that order and divides
    /// by their count.
    @inlinable
    public func forward<Scalar: TensorScalar>(_ x: Tensor<Scalar>) throws -> (output: Tensor<Scalar>, cache: PoolingCache) {
        let shape = try outputShape(for: x.shape)
        let (planes, height, width) = Self.planes(of: x.shape)
        guard height * width <= Int(Int32.max) else { throw PoolingError.planeTooLarge(height: height, width: width) }
        let (outHeight, outWidth) = (shape[shape.count - 2], shape[shape.count - 1])
        var y = try Tensor<Scalar>(zeros: shape)
        var winners: [Int32] = []
        for plane in 0..<planes {
            let first = plane * height * width
            for i in 0..<outHeight {
                for j in 0..<outWidth {
                    let cells = windowCells(i, j, height: height, width: width)
                    let out = (plane * outHeight + i) * outWidth + j
                    switch kind {
                    case .max:
                        var best = cells[0]
                        for cell in cells.dropFirst() {
                            let (value, winner) = (x[offset: first + cell], x[offset: first + best])
                            // The first NaN wins, so that it reaches the output instead of hiding.
                            if !winner.isNaN && (value.isNaN || value > winner) { best = cell }
                        }
                        y[offset: out] = x[offset: first + best]
                        winners.append(Int32(best))
                    case .mean:
                        var sum: Scalar = 0
                        for cell in cells { sum += x[offset: first + cell] }
                        y[offset: out] = sum / Scalar(cells.count)
                    }
                }
            }
        }
        return (y, PoolingCache(kind: kind, inputShape: x.shape, outputShape: shape, winners: winners))
    }

    /// ∂L/∂x from ∂L/∂y (`gradient`, the output's shape) and the forward pass's cache: max sends
    /// each window's gradient to its winner, mean spreads it evenly, g/n to each of its n cells;
    /// where windows overlap the contributions add up.
    /// - Throws: the errors of ``checkBackward(_:cache:)``.
    @inlinable
    public func backward<Scalar: TensorScalar>(_ gradient: Tensor<Scalar>, cache: PoolingCache) throws -> Tensor<Scalar> {
        try checkBackward(gradient.shape, cache: cache)
        let (planes, height, width) = Self.planes(of: cache.inputShape)
        let (outHeight, outWidth) = (cache.outputShape[cache.outputShape.count - 2], cache.outputShape[cache.outputShape.count - 1])
        var dx = try Tensor<Scalar>(zeros: cache.inputShape)
        for plane in 0..<planes {
            let first = plane * height * width
            for i in 0..<outHeight {
                for j in 0..<outWidth {
                    let out = (plane * outHeight + i) * outWidth + j
                    switch kind {
                    case .max:
                        dx[offset: first + Int(cache.winners[out])] += gradient[offset: out]
                    case .mean:
                        let cells = windowCells(i, j, height: height, width: width)
                        let share = gradient[offset: out] / Scalar(cells.count)
                        for cell in cells { dx[offset: first + cell] += share }
                    }
                }
            }
        }
        return dx
    }

    /// The offsets r·W + c, within an H×W plane and in row-major order, of the input cells that
    /// window (i, j) covers: rows i·S − P ..< i·S − P + F and the same for the columns, clipped
    /// to the plane (padding cells are outside the image).
    @inlinable
    func windowCells(_ i: Int, _ j: Int, height: Int, width: Int) -> [Int] {
        rows.cells(of: i, length: height).flatMap { r in
            columns.cells(of: j, length: width).map { c in r * width + c }
        }
    }

    /// Checks that a backward pass can use `cache` with an upstream gradient of `gradientShape`.
    /// - Throws: ``PoolingError/gradientShapeMismatch(expected:given:)``, and
    ///   ``PoolingError/cacheMismatch(_:)`` for a cache of another kind of pooling.
    public func checkBackward(_ gradientShape: [Int], cache: PoolingCache) throws {
        guard gradientShape == cache.outputShape else {
            throw PoolingError.gradientShapeMismatch(expected: cache.outputShape, given: gradientShape)
        }
        let outputs = cache.outputShape.reduce(1, *)
        guard cache.kind == kind, try outputShape(for: cache.inputShape) == cache.outputShape,
              cache.winners.count == (kind == .max ? outputs : 0) else {
            throw PoolingError.cacheMismatch("the cache comes from a \(cache.kind) pooling of \(cache.inputShape), not from this \(kind) pooling")
        }
    }

    /// (number of H×W planes, H, W) of a shape of rank ≥ 2.
    @inlinable
    public static func planes(of shape: [Int]) -> (Int, Int, Int) {
        (shape.dropLast(2).reduce(1, *), shape[shape.count - 2], shape[shape.count - 1])
    }
}
