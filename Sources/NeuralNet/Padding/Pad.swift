import Tensors

/// Adding a border to signals or images, and its backward pass (IFT 780, slides 61–62; Ranvier,
/// "Le padding").
///
/// The border acts on the last axis of a signal ((L), (C, L), (N, C, L): one ``Padding/Width``)
/// or the last two axes of an image ((H, W), (C, H, W), (N, C, H, W): two, rows then columns),
/// every channel and batch item alike; ``PaddingMode`` says what the border holds. Forward:
///
///     y[q, r] = x[src_H(q − top), src_W(r − left)]   (0 where a source is missing: zero mode)
///
/// with `src` = ``PaddingMode/sourceIndex(_:size:)``. Backward (padᵀ): every border cell hands its
/// gradient back to the input cell it copied, so a reflected or replicated edge pixel collects the
/// gradients of all its copies, and zero cells hand back nothing:
///
///     ∂L/∂x[a, b] = Σ over (q, r) with src(q, r) = (a, b) of ∂L/∂y[q, r]
///
/// which makes ⟨pad(x), y⟩ = ⟨x, padᵀ(y)⟩ for all x, y (the tests check it for every mode).
///
/// pad(x): `x` with a border of `widths` cells (one per spatial axis) filled by `mode`.
/// - Throws: as ``paddedShape(_:widths:mode:)``; ``TensorError`` when the padded tensor is too
///   large to hold.
@inlinable
public func pad<Scalar>(_ x: Tensor<Scalar>, widths: [Padding.Width], mode: PaddingMode) throws -> Tensor<Scalar> {
    // The output first: a border too large for memory is refused before its index map is built.
    var y = try Tensor<Scalar>(zeros: paddedShape(x.shape, widths: widths, mode: mode))
    let map = try IndexMap(widths: widths, mode: mode, inputShape: x.shape)
    map.forEachCopy { target, source in y[offset: target] = x[offset: source] }
    return y
}

/// The shape of `shape` padded by `widths` (one per spatial axis: 1 for signals, 2 for images).
/// - Throws: ``PaddingError`` when there are not 1 or 2 widths, a width is negative, the input
///   has too few axes, the mode cannot pad an axis that wide (reflection of P ≥ D, replicate or
///   circular of an empty axis), or the padded axis is longer than an `Int` counts.
public func paddedShape(_ shape: [Int], widths: [Padding.Width], mode: PaddingMode) throws -> [Int] {
    guard widths.count == 1 || widths.count == 2 else {
        throw PaddingError.invalidGeometry("padding acts on 1 (signal) or 2 (image) axes, got \(widths.count) widths")
    }
    for (axis, width) in widths.enumerated() {
        let name = PaddingError.axisName(axis, of: widths.count)
        guard width.before >= 0, width.after >= 0 else { throw PaddingError.negative(width, axis: name) }
        guard !width.before.addingReportingOverflow(width.after).overflow else { throw PaddingError.tooLarge(width, axis: name) }
    }
    guard shape.count >= widths.count else {
        throw PaddingError.invalidGeometry(
            "\(widths.count == 1 ? "1D" : "2D") padding needs at least \(widths.count) axes, got shape \(TensorError.format(shape))")
    }
    var padded = shape
    let first = shape.count - widths.count
    for (axis, width) in widths.enumerated() {
        let name = PaddingError.axisName(axis, of: widths.count)
        try mode.validate(width, size: shape[first + axis], axis: name)
        let (size, overflow) = shape[first + axis].addingReportingOverflow(width.total)
        guard !overflow else { throw PaddingError.tooLarge(width, axis: name) }
        padded[first + axis] = size
    }
    return padded
}

/// pad(x) with P = `cells` on both sides of each of the last `spatialAxes` axes (1 or 2).
@inlinable
public func pad<Scalar>(_ x: Tensor<Scalar>, cells: Int, spatialAxes: Int, mode: PaddingMode) throws -> Tensor<Scalar> {
    try pad(x, widths: Array(repeating: Padding.Width(cells), count: spatialAxes), mode: mode)
}

/// padᵀ: the gradient with respect to the input, from the gradient with respect to the padded
/// output.
/// - Throws: as ``paddedShape(_:widths:mode:)``; ``TensorError/shapeMismatch(operation:_:_:)``
///   when `gradient` does not have the padded shape of `inputShape`.
@inlinable
public func padBackward<Scalar>(_ gradient: Tensor<Scalar>, inputShape: [Int], widths: [Padding.Width],
                                mode: PaddingMode) throws -> Tensor<Scalar> {
    let padded = try paddedShape(inputShape, widths: widths, mode: mode)
    guard gradient.shape == padded else {
        throw TensorError.shapeMismatch(operation: "padding backward (gradient vs padded input)", gradient.shape, padded)
    }
    var dx = try Tensor<Scalar>(zeros: inputShape)
    let map = try IndexMap(widths: widths, mode: mode, inputShape: inputShape)
    map.forEachCopy { target, source in dx[offset: source] += gradient[offset: target] }
    return dx
}

/// The padding of one tensor shape as index tables: for each padded row and column, the input
/// row and column it copies (−1 for a zero cell). Forward and backward both walk it.
@usableFromInline
struct IndexMap {
    /// Number of (H, W) planes: every leading axis (batch, channels) flattened.
    @usableFromInline let planes: Int
    @usableFromInline let height: Int, width: Int, paddedHeight: Int, paddedWidth: Int
    @usableFromInline let rowSource: [Int], columnSource: [Int]

    @usableFromInline
    init(widths: [Padding.Width], mode: PaddingMode, inputShape: [Int]) throws {
        _ = try paddedShape(inputShape, widths: widths, mode: mode)  // the checks (rank, mode, sizes) the tables rely on
        // A signal is an image of one row with no vertical border.
        let rows = widths.count == 2 ? widths[0] : Padding.Width(0)
        let columns = widths[widths.count - 1]
        width = inputShape[inputShape.count - 1]
        height = widths.count == 2 ? inputShape[inputShape.count - 2] : 1
        planes = inputShape.dropLast(widths.count).reduce(1, *)
        paddedHeight = height + rows.total
        paddedWidth = width + columns.total
        // No plane, no copy: the tables stay empty (a wide border of an empty batch costs nothing).
        let (h, w) = (height, width)
        rowSource = planes == 0 ? [] : (0..<paddedHeight).map { mode.sourceIndex($0 - rows.before, size: h) ?? -1 }
        columnSource = planes == 0 ? [] : (0..<paddedWidth).map { mode.sourceIndex($0 - columns.before, size: w) ?? -1 }
    }

    /// Calls `body(outputOffset, inputOffset)` for every output cell that copies an input cell.
    @inlinable
    func forEachCopy(_ body: (Int, Int) -> Void) {
        for plane in 0..<planes {
            let inputPlane = plane * height * width
            let outputPlane = plane * paddedHeight * paddedWidth
            for q in 0..<paddedHeight where rowSource[q] >= 0 {
                let inputRow = inputPlane + rowSource[q] * width
                let outputRow = outputPlane + q * paddedWidth
                for r in 0..<paddedWidth where columnSource[r] >= 0 {
                    body(outputRow + r, inputRow + columnSource[r])
                }
            }
        }
    }
}
