/// How much border a convolution adds: the decks' 'valid', 'same' and 'full', or explicit amounts.
///
/// With padding P the output size is O = (D − F + 2P)/S + 1 (IFT 780, slides 60 and 81; Ranvier,
/// "Le padding": (I − K + 2P)/S + 1). The amounts per rule, for an axis of D cells, a kernel of F
/// and a stride S:
///
/// - `valid`: P = 0, O = (D − F)/S + 1.
/// - `same`: O = ⌈D/S⌉ (TensorFlow's rule: 28 → 14 → 7 at stride 2), total padding
///   T = max((O − 1)·S + F − D, 0); at stride 1 and odd F that is P = (F − 1)/2 on each side, the
///   decks' 'same'. An odd T is split by ``Padding/SameSplit`` — by default the extra cell at the
///   bottom/right, like TensorFlow and Keras. 'same' never refuses a stride: when the stride is
///   larger than the filter, (O − 1)·S + F can fall short of D, and the last D − ((O − 1)·S + F)
///   cells, which no window reaches, are not read (``unreadCells(size:kernel:stride:)``), as
///   TensorFlow does.
/// - `full`: P = F − 1 on each side, so that every position where the kernel touches at least one
///   value gives an output: O = D + F − 1 at stride 1.
/// - explicit: given amounts, the same on every spatial axis or one ``Padding/Width`` per axis.
public struct Padding: Sendable, Hashable, CustomStringConvertible {
    /// The rule behind a padding spec.
    public enum Rule: Sendable, Hashable {
        case valid
        case same(SameSplit)
        case full
        /// The same amounts on every spatial axis.
        case uniform(Padding.Width)
        /// One amount per spatial axis (rows then columns in 2D).
        case perAxis([Padding.Width])
    }

    /// How the amounts are found.
    public let rule: Rule

    /// A padding spec following `rule`.
    public init(_ rule: Rule) {
        self.rule = rule
    }

    /// No padding: the kernel only visits positions where it fits entirely.
    public static let valid = Padding(.valid)
    /// Output size ⌈D/S⌉, the odd cell at the bottom/right (TensorFlow/Keras).
    public static let same = Padding(.same(.extraAfter))
    /// 'same' with an explicit split of an odd total.
    public static func same(split: SameSplit) -> Padding { Padding(.same(split)) }
    /// F − 1 cells on each side.
    public static let full = Padding(.full)
    /// P cells on every side of every spatial axis.
    public static func explicit(_ cells: Int) -> Padding { Padding(.uniform(Padding.Width(cells))) }
    /// Given amounts, one per spatial axis (rows then columns in 2D).
    public static func explicit(_ widths: [Padding.Width]) -> Padding { Padding(.perAxis(widths)) }
    /// Given amounts for an image: top, bottom, left, right.
    public static func explicit(top: Int, bottom: Int, left: Int, right: Int) -> Padding {
        Padding(.perAxis([Padding.Width(before: top, after: bottom), Padding.Width(before: left, after: right)]))
    }

    /// `valid`, `same`, `full`, `2`, `[(1, 2), 0]`.
    public var description: String {
        switch rule {
        case .valid: "valid"
        case .same(.extraAfter): "same"
        case .same(.symmetric): "same (symmetric)"
        case .full: "full"
        case let .uniform(width): width.description
        case let .perAxis(widths): "[" + widths.map(\.description).joined(separator: ", ") + "]"
        }
    }

    /// The amounts on each spatial axis for inputs of `size` cells, kernels of `kernel` cells and
    /// strides `stride` (one entry per spatial axis: 1 for signals, 2 for images).
    /// - Throws: ``PaddingError`` for a negative amount, a kernel or stride below 1, an odd
    ///   'same' total under ``Padding/SameSplit/symmetric``, a per-axis spec of the wrong length, or a
    ///   padded axis longer than an `Int` counts.
    public func widths(size: [Int], kernel: [Int], stride: [Int]) throws -> [Padding.Width] {
        let axes = size.count
        guard kernel.count == axes, stride.count == axes else {
            throw PaddingError.invalidGeometry(
                "padding needs one kernel size and one stride per spatial axis (\(axes)), got \(kernel.count) and \(stride.count)")
        }
        if case let .perAxis(widths) = rule, widths.count != axes {
            throw PaddingError.invalidGeometry(
                "padding \(description) gives \(widths.count) amounts for \(axes) spatial axes")
        }
        return try (0..<axes).map { axis in
            let name = PaddingError.axisName(axis, of: axes)
            guard kernel[axis] >= 1, stride[axis] >= 1 else {
                throw PaddingError.invalidGeometry(
                    "kernel size and stride must be 1 or more, got kernel \(kernel[axis]) and stride \(stride[axis]) along the \(name)")
            }
            let width = try amount(axis: axis, size: size[axis], kernel: kernel[axis], stride: stride[axis])
            guard width.before >= 0, width.after >= 0 else { throw PaddingError.negative(width, axis: name) }
            let (padded, overflow) = size[axis].addingReportingOverflow(width.before)
            guard !overflow, !padded.addingReportingOverflow(width.after).overflow else {
                throw PaddingError.tooLarge(width, axis: name)
            }
            return width
        }
    }

    /// The cells at the end of each axis that no window reaches: D − ((O − 1)·S + F) under 'same'
    /// when a stride larger than the filter leaves them behind (28 cells, a 1-wide filter, stride 3:
    /// O = 10 windows reach cell 27, none is left; 28 cells, stride 2: O = 14 windows end at cell 26,
    /// cell 27 is not read), 0 otherwise — every other rule refuses a stride that does not tile.
    public func unreadCells(size: [Int], kernel: [Int], stride: [Int]) -> [Int] {
        guard case .same = rule else { return size.map { _ in 0 } }
        return zip(size, zip(kernel, stride)).map { size, filter in
            let (kernel, stride) = filter
            guard stride >= 1, kernel >= 1 else { return 0 }
            let output = size / stride + (size % stride == 0 ? 0 : 1)
            let (steps, overflow) = (output - 1).multipliedReportingOverflow(by: stride)
            guard !overflow, steps <= Int.max - kernel else { return 0 }
            return Swift.max(size - (steps + kernel), 0)
        }
    }

    private func amount(axis: Int, size: Int, kernel: Int, stride: Int) throws -> Padding.Width {
        switch rule {
        case .valid:
            return Padding.Width(0)
        case .full:
            return Padding.Width(kernel - 1)
        case let .uniform(width):
            return width
        case let .perAxis(widths):
            return widths[axis]
        case let .same(split):
            let output = size / stride + (size % stride == 0 ? 0 : 1)  // ⌈D/S⌉, even for S near Int.max
            let total = Swift.max((output - 1) * stride + kernel - size, 0)
            if split == .symmetric, !total.isMultiple(of: 2) {
                throw PaddingError.unevenSame(kernel: kernel, stride: stride, size: size, total: total)
            }
            return Padding.Width(before: total / 2, after: total - total / 2)
        }
    }
}

extension Padding {
    /// How many cells a border adds before (top/left) and after (bottom/right) one axis: what a
    /// ``Padding`` rule resolves to on that axis.
    public struct Width: Sendable, Hashable, CustomStringConvertible {
        /// Cells added before the first value (top rows, left columns).
        public var before: Int
        /// Cells added after the last value (bottom rows, right columns).
        public var after: Int

        /// `before` cells at the top/left, `after` at the bottom/right.
        public init(before: Int, after: Int) {
            self.before = before
            self.after = after
        }

        /// The same number of cells on both sides.
        public init(_ both: Int) {
            self.init(before: both, after: both)
        }

        /// before + after: how much longer the axis gets.
        public var total: Int { before + after }

        /// `2` when both sides agree, `(1, 2)` otherwise — the form of the catalogue's Görner rows.
        public var description: String { before == after ? "\(before)" : "(\(before), \(after))" }
    }

    /// How a 'same' padding whose total is odd is shared between the two sides.
    public enum SameSplit: Sendable, Hashable {
        /// The extra cell goes at the bottom/right, as TensorFlow and Keras do (Görner's MNIST
        /// networks rely on it for stride 2 and for the 6×6 kernel: catalogue §0.6 and §12).
        case extraAfter
        /// Both sides equal, as the decks' P = (F − 1)/2; an odd total is an error.
        case symmetric
    }
}
