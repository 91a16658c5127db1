import Tensors

/// What can go wrong when a convolution meets its input: each case names what was expected and
/// what was given, so the message reads as one sentence a student can act on.
public enum ConvolutionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// (D − F + 2P)/S is not a whole number: the D-F-S combination is invalid (IFT 780, slides
    /// 59 and 80).
    case strideDoesNotTile(OutputSize)
    /// The filter is longer than the padded input: not a single window fits.
    case filterDoesNotFit(OutputSize)
    /// A stride of 0 or less.
    case nonPositiveStride(Int, axis: String?)
    /// A filter extent of 0 or less.
    case nonPositiveFilter(Int, axis: String?)
    /// An input extent below 0.
    case negativeInput(Int, axis: String?)
    /// A negative number of padding cells.
    case negativePadding(Padding.Width, axis: String?)
    /// A tensor whose rank or layout is not the one expected; `expected` reads like
    /// "an input (N, C, H, W)".
    case shape(expected: String, given: [Int])
    /// The kernel's input channels differ from the input's channels.
    case channelMismatch(kernel: Int, input: Int)
    /// A bias whose length is not the number of filters.
    case biasMismatch(filters: Int, given: [Int])
    /// An upstream gradient whose shape is not the forward output's.
    case gradientShapeMismatch(expected: [Int], given: [Int])

    /// One sentence naming what was expected and what was given, e.g. "stride 3 does not tile 9
    /// with a 5-wide filter: (9 − 5)/3 + 1 = 7/3".
    public var description: String {
        switch self {
        case let .strideDoesNotTile(size):
            return "stride \(size.stride) does not tile \(size.input) with a \(size.filter)-wide filter"
                + Self.paddingPhrase(size.padding) + Self.along(size.axis) + ": \(size)"
        case let .filterDoesNotFit(size):
            return "a \(size.filter)-wide filter does not fit in \(size.input) cells"
                + Self.paddingPhrase(size.padding) + Self.along(size.axis) + ": \(size.formula) < 1"
        case let .nonPositiveStride(stride, axis):
            return "the stride must be 1 or more" + Self.along(axis) + ", got \(stride)"
        case let .nonPositiveFilter(filter, axis):
            return "the filter must be at least 1 cell wide" + Self.along(axis) + ", got \(filter)"
        case let .negativeInput(input, axis):
            return "the input cannot have a negative size" + Self.along(axis) + ", got \(input)"
        case let .negativePadding(padding, axis):
            return "padding must be 0 or more on each side" + Self.along(axis) + ", got \(padding)"
        case let .shape(expected, given):
            return "expected \(expected), got shape \(TensorError.format(given))"
        case let .channelMismatch(kernel, input):
            return "the kernel expects \(kernel) input channel\(kernel == 1 ? "" : "s"), the input has \(input)"
        case let .biasMismatch(filters, given):
            return "the bias needs one value per filter, shape (\(filters)), got \(TensorError.format(given))"
        case let .gradientShapeMismatch(expected, given):
            return "the upstream gradient must have the output's shape \(TensorError.format(expected)), "
                + "got \(TensorError.format(given))"
        }
    }

    private static func along(_ axis: String?) -> String {
        axis.map { " along the \($0)" } ?? ""
    }

    private static func paddingPhrase(_ padding: Padding.Width) -> String {
        padding.total == 0 ? "" : " and padding \(padding)"
    }
}
