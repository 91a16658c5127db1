/// What can go wrong when a border is added: each case names what was expected and what was
/// given, so the message reads as one sentence a student can act on.
public enum PaddingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A negative number of cells on one side.
    case negative(Padding.Width, axis: String)
    /// Reflection without repeating the edge can add at most D − 1 cells on a side (IFT 780,
    /// slides 61–62: 10 20 30 … → 20 | 10 20 30 …).
    case reflectionTooWide(Padding.Width, size: Int, axis: String)
    /// Replicate and circular padding copy values of the axis, which has none.
    case emptyAxis(PaddingMode, axis: String)
    /// 'same' with a symmetric split needs an even total (an odd kernel at stride 1).
    case unevenSame(kernel: Int, stride: Int, size: Int, total: Int)
    /// A border so wide that the padded axis has more cells than an `Int` counts.
    case tooLarge(Padding.Width, axis: String)
    /// A kernel or stride below 1, or a padding spec that does not fit the tensor's axes.
    case invalidGeometry(String)

    /// One sentence: what was expected and what was given.
    public var description: String {
        switch self {
        case let .negative(width, axis):
            return "padding must be 0 or more on each side, got \(width) along the \(axis)"
        case let .reflectionTooWide(width, size, axis):
            return "reflection padding of \(width) along the \(axis) needs at most D − 1 = \(size - 1) cells per side "
                + "(the edge is not repeated), got D = \(size)"
        case let .emptyAxis(mode, axis):
            return "\(mode.rawValue) padding copies values of the \(axis), which has none"
        case let .unevenSame(kernel, stride, size, total):
            return "'same' padding of \(size) cells with a \(kernel)-wide kernel at stride \(stride) needs \(total) "
                + "extra cells, which do not split evenly; use the TensorFlow split (the extra cell at the bottom/right)"
        case let .tooLarge(width, axis):
            return "padding of \(width) along the \(axis) makes it longer than this machine can count"
        case let .invalidGeometry(message):
            return message
        }
    }

    /// The axis names used in messages: "signal" in 1D, "rows" and "columns" in 2D.
    static func axisName(_ axis: Int, of count: Int) -> String {
        count == 1 ? "signal" : (axis == 0 ? "rows" : "columns")
    }
}
