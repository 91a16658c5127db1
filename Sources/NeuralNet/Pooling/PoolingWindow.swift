/// What a pooling layer does with the last windows when they do not tile the input, i.e. when
/// (D − F + 2P)/S is not a whole number — IFT 780 slide 144 pools 3×3 with stride 2 on 8×8
/// ((8 − 3)/2 + 1 = 3.5) and Rohrer's X/O example pools 2×2 with stride 2 on 7×7 (3.5).
public enum PoolingRounding: String, Equatable, Sendable, CaseIterable {
    /// Keep only whole windows: O = ⌊(D − F + 2P)/S⌋ + 1; the cells past the last whole window
    /// are dropped (Keras `padding='valid'`, PyTorch `ceil_mode=False`). The default.
    case floor
    /// Keep a last, partial window wherever cells remain: O = ⌈(D − F + 2P)/S⌉ + 1, less one if
    /// that last window would start in the right padding (Caffe; PyTorch `ceil_mode=True`). A
    /// partial window pools the input cells it covers. Rohrer's 7 → 4 is this rule.
    case ceil
}

/// The geometry of pooling along one axis: window size F, stride S (the window by default, as
/// Keras and FIDLE's "Max Pooling" slide do) and padding P on both sides.
///
/// The windows start at o·S − P for o = 0, 1, …, O − 1; the output size O follows the
/// convolution's rule O = (D − F + 2P)/S + 1 (IFT 780 slides 60, 141, 143) when the windows
/// tile the input, and ``PoolingRounding`` decides otherwise. Padding cells are outside the
/// image: a max never picks them and a mean does not count them, so a window pools exactly the
/// input cells it covers (TensorFlow's `SAME` pooling; PyTorch's `count_include_pad=False`).
public struct PoolingWindow: Equatable, Sendable {
    /// F, the window's extent.
    public let size: Int
    /// S, the step between two windows.
    public let stride: Int
    /// P, the padding added before the first and after the last cell.
    public let padding: Int

    /// A window of `size` cells moved by `stride` (default: `size`, windows side by side).
    /// - Throws: ``PoolingError/invalidWindow(size:stride:padding:)`` for a size or stride below 1
    ///   or a negative padding; ``PoolingError/paddingTooLarge(padding:size:)`` when P ≥ F.
    public init(size: Int, stride: Int? = nil, padding: Int = 0) throws {
        let stride = stride ?? size
        guard size >= 1, stride >= 1, padding >= 0 else {
            throw PoolingError.invalidWindow(size: size, stride: stride, padding: padding)
        }
        guard padding < size else { throw PoolingError.paddingTooLarge(padding: padding, size: size) }
        self.init(checkedSize: size, stride: stride, padding: padding)
    }

    private init(checkedSize size: Int, stride: Int, padding: Int) {
        self.size = size
        self.stride = stride
        self.padding = padding
    }

    /// The identity window (size 1, stride 1): what a 1D pooling uses along the row axis.
    static let identity = PoolingWindow(checkedSize: 1, stride: 1, padding: 0)

    /// The convolution's output-size rule for this window on `length` cells (``OutputSize``:
    /// O = (D − F + 2P)/S + 1, e.g. "(8 − 3)/2 + 1 = 7/2" for IFT 780 slide 144).
    /// - Throws: ``PoolingError/paddedLengthOverflow(input:padding:)`` when D + 2P overflows.
    public func rule(for length: Int) throws -> OutputSize {
        guard length < 0 || padding <= (Int.max - length) / 2 else {
            throw PoolingError.paddedLengthOverflow(input: length, padding: padding)
        }
        return try OutputSize(input: length, filter: size, stride: stride, padding: padding)
    }

    /// O for an input of `length` cells: the convolution's rule when the windows tile the input,
    /// otherwise ⌊(D − F + 2P)/S⌋ + 1 (floor: the r = (D − F + 2P) mod S cells past the last
    /// whole window are dropped) or ⌈(D − F + 2P)/S⌉ + 1 (ceil: a last, partial window starts on
    /// them), less one if that window would start in the right padding.
    /// - Throws: ``PoolingError/windowLargerThanInput(size:input:padding:)`` when F > D + 2P.
    public func outputCount(for length: Int, rounding: PoolingRounding) throws -> Int {
        let rule = try rule(for: length)
        guard rule.span >= 0 else {
            throw PoolingError.windowLargerThanInput(size: size, input: length, padding: padding)
        }
        if rule.isValid { return try rule.value }
        switch rounding {
        case .floor:
            return rule.span / stride + 1
        case .ceil:
            let count = rule.span / stride + 2
            return (count - 1) * stride - padding >= length ? count - 1 : count
        }
    }

    /// The input cells window `o` covers, clipped to the input `0..<length`.
    @inlinable
    public func cells(of o: Int, length: Int) -> Range<Int> {
        let start = o * stride - padding
        return Swift.max(start, 0)..<Swift.min(start + size, length)
    }
}
