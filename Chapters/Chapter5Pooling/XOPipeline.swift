import NeuralNet
import Tensors

/// Rohrer's X/O network as Pasco's deck draws it (000, slides 17–30), every stage kept:
///
///     image 9×9 (±1) → filtered = (image ∗ feature)/9, valid, stride 1 → 3 maps 7×7
///                    → ReLU → 2×2 max pooling, stride 2, partial edge windows kept (7 → 4)
///                    → stacked (3·4·4 = 48 values) → fully connected vote (``XOVote``)
///
/// The convolution is chapter 3's cross-correlation (``conv2d(_:kernel:bias:parameters:implementation:)``)
/// divided by the window's 9 cells, so a perfect match gives 1 and the top-left window of the X
/// with feature 1 gives (1 + 3 + 3)/9 = 7/9 (slides 17–19). The pooling is ``Pooling2D`` with
/// ``PoolingRounding/ceil``: the deck's 7×7 maps become 4×4, the last row and column pooled
/// from partial windows.
public enum XOPipeline {
    /// The three features as a kernel (3, 1, 3, 3).
    public static var kernel: Tensor<Double> {
        get throws { try Tensor(shape: [3, 1, 3, 3], scalars: XOImages.features.flatMap { $0.flatMap { $0 } }) }
    }

    /// 2×2 max pooling, stride 2, keeping the partial windows at the right and bottom edges.
    public static var pooling: Pooling2D {
        get throws { try Pooling2D(.max, size: 2, stride: 2, rounding: .ceil) }
    }

    /// The convolution, ReLU and pooling stages of `image` (9×9; (1, 9, 9) and (1, 1, 9, 9) too).
    /// - Throws: ``XOError/imageShape(_:)`` for another shape.
    public static func features(of image: Tensor<Double>) throws -> XOFeatures {
        guard image.count == 81, image.shape.suffix(2) == [9, 9] else { throw XOError.imageShape(image.shape) }
        let plane = try image.reshaped([9, 9])
        let sums = try conv2d(plane.reshaped([1, 1, 9, 9]), kernel: kernel, implementation: .direct).reshaped([3, 7, 7])
        let filtered = sums / 9
        let rectified = Activation.relu.forward(filtered)
        let (pooled, cache) = try pooling.forward(rectified)
        return XOFeatures(image: plane, sums: sums, filtered: filtered, rectified: rectified, pooled: pooled,
                          poolingCache: cache)
    }

    /// The whole network on `image`: its feature stages and the vote.
    public static func run(_ image: Tensor<Double>) throws -> XOTrace {
        let features = try features(of: image)
        let vote = try XOVote.prototypes()
        return XOTrace(features: features, labels: vote.labels, votes: vote.votes(for: features.stacked))
    }

    /// A 9×9 image given as rows (the form of ``XOImages``).
    public static func image(_ rows: [[Double]]) throws -> Tensor<Double> {
        try Tensor(rows: rows)
    }
}

/// The maps of one image through the convolution, ReLU and pooling stages.
public struct XOFeatures: Sendable {
    /// The input, (9, 9).
    public let image: Tensor<Double>
    /// Σ of the nine products of each window, (3, 7, 7): for a ±1 image, the numerators k of k/9.
    public let sums: Tensor<Double>
    /// The filtered maps, sums/9 (slides 19–21), (3, 7, 7).
    public let filtered: Tensor<Double>
    /// After ReLU, max(0, ·) (slides 24–26), (3, 7, 7).
    public let rectified: Tensor<Double>
    /// After 2×2 max pooling with partial edge windows (slides 22–23), (3, 4, 4).
    public let pooled: Tensor<Double>
    /// The pooling's winners, for drawing which cell each pooled value came from.
    public let poolingCache: PoolingCache

    /// The pooled maps stacked into one vector of 48 values (slide 28, "lists"): map by map,
    /// row by row.
    public var stacked: [Double] { pooled.scalars }
}

/// One image through the whole network: its maps, and the votes of the fully connected layer.
public struct XOTrace: Sendable {
    public let features: XOFeatures
    /// The classes, in the order of ``votes``: "X", "O".
    public let labels: [String]
    /// One vote per class, in [0, 1].
    public let votes: [Double]

    /// The class with the larger vote; `nil` on a tie (an image with no positive pooled value
    /// votes 0 for both).
    public var decision: String? {
        guard let best = votes.indices.max(by: { votes[$0] < votes[$1] }),
              votes.filter({ $0 == votes[best] }).count == 1 else { return nil }
        return labels[best]
    }
}

/// Why the X/O network refused an input.
public enum XOError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The network reads 9×9 images only: its vote has 3·4·4 weights per class.
    case imageShape([Int])

    public var description: String {
        switch self {
        case let .imageShape(shape):
            "the X/O network reads 9×9 images (its vote has 3·4·4 = 48 weights per class), got shape \(TensorError.format(shape))"
        }
    }
}
