import Tensors

/// What can go wrong when a pooling layer meets its input: each case says what was expected and
/// what was given, in one sentence.
public enum PoolingError: Error, Equatable, CustomStringConvertible, Sendable {
    /// A window size or stride below 1, or a negative padding.
    case invalidWindow(size: Int, stride: Int, padding: Int)
    /// Padding as wide as the window would let a window lie entirely in the padding.
    case paddingTooLarge(padding: Int, size: Int)
    /// The window does not fit in the (padded) input along one axis.
    case windowLargerThanInput(size: Int, input: Int, padding: Int)
    /// D + 2P beyond what an `Int` counts (a padding read from a command line, say).
    case paddedLengthOverflow(input: Int, padding: Int)
    /// The input has fewer axes than the pooling acts on.
    case rankTooSmall(needed: Int, shape: [Int])
    /// An upstream gradient whose shape is not the forward output's.
    case gradientShapeMismatch(expected: [Int], given: [Int])
    /// A plane of more than 2³¹ − 1 cells: the winners' offsets are 32-bit.
    case planeTooLarge(height: Int, width: Int)
    /// A cache that did not come from a forward pass of this kind of pooling.
    case cacheMismatch(String)

    /// One sentence: what was expected and what was given.
    public var description: String {
        switch self {
        case let .invalidWindow(size, stride, padding):
            return "a pooling window needs size ≥ 1, stride ≥ 1 and padding ≥ 0, got size \(size), stride \(stride), padding \(padding)"
        case let .paddingTooLarge(padding, size):
            return "padding \(padding) must be smaller than the \(size)-wide pooling window, or a window would cover only padding"
        case let .windowLargerThanInput(size, input, padding):
            return "a \(size)-wide pooling window does not fit in \(input) values padded by \(padding) on each side"
        case let .paddedLengthOverflow(input, padding):
            return "\(input) values padded by \(padding) on each side are more than this machine can count"
        case let .rankTooSmall(needed, shape):
            return "pooling acts on the last \(needed) axes, so the input needs at least \(needed) axes, got shape \(TensorError.format(shape))"
        case let .gradientShapeMismatch(expected, given):
            return "the upstream gradient must have the pooled output's shape \(TensorError.format(expected)), got \(TensorError.format(given))"
        case let .planeTooLarge(height, width):
            return "a \(height)×\(width) plane has more than 2³¹ − 1 cells, more than pooling can index"
        case let .cacheMismatch(reason):
            return reason
        }
    }
}
