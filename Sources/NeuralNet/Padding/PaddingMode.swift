/// What the added border cells hold (IFT 780, slides 61–62, with the filter [.1, .2, .3] over
/// 10 20 30 40 50; catalogue §0.3 gives the numpy names):
///
/// | mode | numpy | border of a b c d … | slide's name |
/// | --- | --- | --- | --- |
/// | ``zero`` | `constant` | 0 \| a b c d … | "zero padding" (option 1) |
/// | ``reflect`` | `reflect` | b \| a b c d … (the edge is not repeated) | "réflexion" (option 2) |
/// | ``replicate`` | `edge` | a \| a b c d … | "étirement", stretching (option 3) |
/// | ``circular`` | `wrap` | … z \| a b c d … z \| a … | beyond the slides |
///
/// Every mode is described by one function, ``sourceIndex(_:size:)``: the input cell each padded
/// cell copies, or none for a zero. The forward pass gathers through it and the backward pass
/// scatters through it, which is why the backward pass is exactly the adjoint of the forward one.
public enum PaddingMode: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case zero
    case reflect
    case replicate
    case circular

    /// The name the decks use: "zero", "reflection", "stretching (replicate)", "circular".
    public var description: String {
        switch self {
        case .zero: "zero"
        case .reflect: "reflection"
        case .replicate: "stretching (replicate)"
        case .circular: "circular"
        }
    }

    /// The input index that position `i` of a padded axis copies, `i` counted from the first
    /// input cell (so −1 is the last border cell before it and `size` the first one after it);
    /// `nil` for a zero cell. Positions 0..<size map to themselves in every mode.
    ///
    /// - zero: `nil` outside 0..<D;
    /// - reflect: −i before, 2(D − 1) − i after (a mirror through the edge cell, valid for
    ///   borders of at most D − 1 cells);
    /// - replicate: the nearest edge cell, min(max(i, 0), D − 1);
    /// - circular: i mod D (any width: the signal repeats).
    @inlinable
    public func sourceIndex(_ i: Int, size: Int) -> Int? {
        if i >= 0, i < size { return i }
        switch self {
        case .zero: return nil
        case .reflect: return i < 0 ? -i : 2 * (size - 1) - i
        case .replicate: return i < 0 ? 0 : size - 1
        case .circular: return ((i % size) + size) % size
        }
    }

    /// Throws when this mode cannot add `width` cells to an axis of `size` cells.
    func validate(_ width: Padding.Width, size: Int, axis: String) throws {
        guard width.before >= 0, width.after >= 0 else { throw PaddingError.negative(width, axis: axis) }
        guard width.total > 0 else { return }
        switch self {
        case .zero:
            return
        case .reflect:
            if Swift.max(width.before, width.after) >= size {
                throw PaddingError.reflectionTooWide(width, size: size, axis: axis)
            }
        case .replicate, .circular:
            if size == 0 { throw PaddingError.emptyAxis(self, axis: axis) }
        }
    }
}
