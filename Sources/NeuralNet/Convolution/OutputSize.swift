import Tensors

/// The output-size rule of a convolution along one axis:
///
///     O = (D − F + 2P)/S + 1
///
/// for an input of D cells, a filter of F cells, a stride S and P cells of padding on each side
/// (IFT 780, slides 60 and 81; Ranvier, "Le padding": (I − K + 2P)/S + 1). With different
/// amounts before and after, 2P becomes P₁ + P₂. When the division is not exact the D-F-S
/// combination is invalid — "combinaison D-F-S invalide", IFT 780 slides 59 and 80 — and
/// ``value`` throws instead of rounding: (9 − 5)/3 + 1 = 7/3 has no meaning as a layer size.
///
/// ```swift
/// try OutputSize(input: 9, filter: 5, stride: 2).value    // 3
/// try OutputSize(input: 9, filter: 5, stride: 3).value    // throws: … = 7/3
/// ```
public struct OutputSize: Equatable, Sendable, CustomStringConvertible {
    /// D, the number of input cells along the axis.
    public let input: Int
    /// F, the filter's extent.
    public let filter: Int
    /// S, the step between two windows.
    public let stride: Int
    /// The zero cells added before and after the input.
    public let padding: Padding.Width
    /// The axis in messages ("height", "width"), `nil` for a signal.
    public let axis: String?

    /// The rule for one axis.
    /// - Throws: `TensorError.invalidArgument` when D + P₁ + P₂ is
    ///   beyond `Int.max` (so ``span`` never overflows),
    ///   ``ConvolutionError/nonPositiveStride(_:axis:)``,
    ///   ``ConvolutionError/nonPositiveFilter(_:axis:)``, ``ConvolutionError/negativeInput(_:axis:)``
    ///   and ``ConvolutionError/negativePadding(_:axis:)`` for values no layer can have.
    public init(input: Int, filter: Int, stride: Int = 1, padding: Padding.Width = Padding.Width(0), axis: String? = nil) throws {
        guard stride >= 1 else { throw ConvolutionError.nonPositiveStride(stride, axis: axis) }
        guard filter >= 1 else { throw ConvolutionError.nonPositiveFilter(filter, axis: axis) }
        guard input >= 0 else { throw ConvolutionError.negativeInput(input, axis: axis) }
        guard padding.before >= 0, padding.after >= 0 else {
            throw ConvolutionError.negativePadding(padding, axis: axis)
        }
        let (total, paddingOverflow) = padding.before.addingReportingOverflow(padding.after)
        guard !paddingOverflow, !input.addingReportingOverflow(total).overflow else {
            throw TensorError.invalidArgument("\(input) cells with padding \(padding)"
                + (axis.map { " along the \($0)" } ?? "") + " exceed the largest size, \(Int.max)")
        }
        self.input = input
        self.filter = filter
        self.stride = stride
        self.padding = padding
        self.axis = axis
    }

    /// The rule with P cells on both sides.
    public init(input: Int, filter: Int, stride: Int = 1, padding: Int, axis: String? = nil) throws {
        try self.init(input: input, filter: filter, stride: stride, padding: Padding.Width(padding), axis: axis)
    }

    /// D − F + 2P: how far the window travels.
    public var span: Int { input + padding.total - filter }

    /// (D − F + 2P)/S + 1 = (D − F + 2P + S)/S as a reduced fraction: numerator and denominator.
    /// When D − F + 2P + S is beyond `Int.max` the fraction is (D − F + 2P)/S, unreduced, and
    /// ``description`` prints it followed by "+ 1".
    public var fraction: (numerator: Int, denominator: Int) {
        let (numerator, overflow) = span.addingReportingOverflow(stride)
        guard !overflow else { return (span, stride) }
        let divisor = greatestCommonDivisor(abs(numerator), stride)
        return (numerator / divisor, stride / divisor)
    }

    /// True when the windows tile the padded input exactly and at least one fits.
    public var isValid: Bool { span >= 0 && span % stride == 0 }

    /// O, the number of outputs along the axis.
    /// - Throws: ``ConvolutionError/filterDoesNotFit(_:)`` when F > D + 2P, and
    ///   ``ConvolutionError/strideDoesNotTile(_:)`` when (D − F + 2P)/S is not whole.
    public var value: Int {
        get throws {
            guard span >= 0 else { throw ConvolutionError.filterDoesNotFit(self) }
            guard span % stride == 0 else { throw ConvolutionError.strideDoesNotTile(self) }
            return span / stride + 1
        }
    }

    /// The formula with the numbers in it: "(9 − 5)/3 + 1", "(5 − 3 + 2·1)/1 + 1",
    /// "(28 − 3 + 0 + 1)/2 + 1".
    public var formula: String {
        let pad: String
        if padding.total == 0 {
            pad = ""
        } else if padding.before == padding.after {
            pad = " + 2·\(padding.before)"
        } else {
            pad = " + \(padding.before) + \(padding.after)"
        }
        return "(\(input) − \(filter)\(pad))/\(stride) + 1"
    }

    /// The formula and its value: "(9 − 5)/2 + 1 = 3", "(9 − 5)/3 + 1 = 7/3".
    public var description: String {
        guard !span.addingReportingOverflow(stride).overflow else { return "\(formula) = \(span)/\(stride) + 1" }
        let (numerator, denominator) = fraction
        return "\(formula) = " + (denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)")
    }
}

/// gcd(a, b) by Euclid's algorithm; gcd(0, b) = b.
func greatestCommonDivisor(_ a: Int, _ b: Int) -> Int {
    var (a, b) = (a, b)
    while b != 0 { (a, b) = (b, a % b) }
    return a
}
