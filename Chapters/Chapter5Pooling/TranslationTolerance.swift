import NeuralNet
import Tensors

/// What pooling tolerates, measured: how much a map changes when its input moves by a few
/// pixels (Pasco slide 23: pooling reduces the filtered images "while keeping the important
/// information"; IFT 780 slides 141–144 motivate it as robustness to small translations).
///
/// For an image x and its copy s(x) moved d pixels to the right, the change of a map m is the
/// relative distance
///
///     Δ_m(d) = ‖m(s(x)) − m(x)‖₂ / ‖m(x)‖₂
///
/// with m the identity (the input itself), 2×2 max pooling or 2×2 mean pooling (stride 2). The
/// move is circular (what leaves on the right comes back on the left), so no pixel is lost and
/// Δ measures the rearrangement only.
public enum TranslationTolerance {
    /// The planes of `x` (its last two axes) moved `columns` pixels to the right, circularly.
    public static func shifted(_ x: Tensor<Double>, columns: Int) throws -> Tensor<Double> {
        guard x.rank >= 2 else { throw PoolingError.rankTooSmall(needed: 2, shape: x.shape) }
        let width = x.shape[x.rank - 1]
        let values = x.scalars
        return try Tensor(shape: x.shape, scalars: values.indices.map { index in
            let column = index % width
            let source = ((column - columns) % width + width) % width
            return values[index - column + source]
        })
    }

    /// ‖b − a‖₂ / ‖a‖₂ (0 when both are zero).
    public static func relativeChange(from a: Tensor<Double>, to b: Tensor<Double>) throws -> Double {
        let difference = try (b - a).scalars.reduce(0) { $0 + $1 * $1 }.squareRoot()
        let scale = a.scalars.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return scale == 0 ? (difference == 0 ? 0 : .infinity) : difference / scale
    }

    /// The changes of one image (or the mean over a batch) for one shift.
    public struct Measurement: Sendable, Equatable {
        /// d, in pixels.
        public let shift: Int
        /// Δ of the input itself.
        public let input: Double
        /// Δ of the 2×2 max-pooled map.
        public let maxPooled: Double
        /// Δ of the 2×2 mean-pooled map.
        public let meanPooled: Double
    }

    /// Δ for one image (H, W) and a shift of d pixels.
    public static func measure(_ image: Tensor<Double>, shift d: Int) throws -> Measurement {
        let moved = try shifted(image, columns: d)
        let maxPooling = try Pooling2D(.max, size: 2), meanPooling = try Pooling2D(.mean, size: 2)
        return Measurement(
            shift: d, input: try relativeChange(from: image, to: moved),
            maxPooled: try relativeChange(from: maxPooling(image), to: maxPooling(moved)),
            meanPooled: try relativeChange(from: meanPooling(image), to: meanPooling(moved)))
    }

    /// The mean Δ over `images` (N, H, W) for each shift.
    public static func curve(_ images: Tensor<Double>, shifts: [Int]) throws -> [Measurement] {
        let items = try (0..<images.shape[0]).map { try images.item($0) }
        return try shifts.map { d in
            let each = try items.map { try measure($0, shift: d) }
            let n = Double(each.count)
            return Measurement(shift: d, input: each.map(\.input).reduce(0, +) / n,
                               maxPooled: each.map(\.maxPooled).reduce(0, +) / n,
                               meanPooled: each.map(\.meanPooled).reduce(0, +) / n)
        }
    }
}
