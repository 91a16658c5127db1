import Tensors

/// Data augmentation ("Augmentation de données", IFT 780 slide 180): every time a training
/// image is drawn into a mini-batch it is moved by a random whole number of pixels (dy, dx),
/// |dy|, |dx| ≤ `maxShift`, the cells it uncovers set to 0 (the background of images scaled to
/// [0, 1]), and, with `horizontalFlips`, mirrored left–right with probability ½ (a shirt is
/// still a shirt; a mirrored digit is not always a digit). The network never sees the same image
/// twice, so it cannot learn the training set pixel by pixel. Test images are never augmented.
public struct Augmentation: Sendable, Equatable, Codable, CustomStringConvertible {
    /// The largest move, in pixels, along each axis.
    public var maxShift: Int
    /// Whether an image is mirrored left–right half of the time.
    public var horizontalFlips: Bool

    /// An augmentation; `maxShift` ≥ 0.
    public init(maxShift: Int = 0, horizontalFlips: Bool = false) {
        self.maxShift = maxShift
        self.horizontalFlips = horizontalFlips
    }

    /// The images as they are.
    public static let none = Augmentation()

    /// "shifts of ±2 px and horizontal flips", "none".
    public var description: String {
        var parts: [String] = []
        if maxShift > 0 { parts.append("shifts of ±\(maxShift) px") }
        if horizontalFlips { parts.append("horizontal flips") }
        return self == .none ? "none" : parts.joined(separator: " and ")
    }

    /// A batch (N, C, H, W) moved and mirrored image by image, with moves drawn from
    /// `generator`: out[n, c, i, j] = x[n, c, i − dy, j′ − dx] (0 outside the image), where j′ = W − 1 − j
    /// for a mirrored image and j otherwise. ``none`` returns the batch as it is, whatever its
    /// shape, and draws nothing.
    /// - Throws: ``TensorError/invalidArgument(_:)`` for a negative `maxShift` or a batch that is
    ///   not (N, C, H, W) when there is something to do.
    @inlinable
    public func apply<Scalar: TensorScalar>(_ batch: Tensor<Scalar>, generator: inout SeededGenerator) throws -> Tensor<Scalar> {
        guard maxShift >= 0 else { throw TensorError.invalidArgument("the largest shift must be ≥ 0 pixels, got \(maxShift)") }
        guard self != .none else { return batch }
        guard batch.rank == 4 else {
            throw TensorError.invalidArgument("augmentation takes a batch of images (N, C, H, W), got the shape \(TensorError.format(batch.shape))")
        }
        let (count, channels, height, width) = (batch.shape[0], batch.shape[1], batch.shape[2], batch.shape[3])
        var moved = try Tensor<Scalar>(zeros: batch.shape)
        for n in 0..<count {
            let dy = randomShift(&generator), dx = randomShift(&generator)
            let mirrored = horizontalFlips && generator.next() >> 63 == 1
            for c in 0..<channels {
                let plane = (n * channels + c) * height * width
                for i in 0..<height where (0..<height).contains(i - dy) {
                    for j in 0..<width {
                        let source = (mirrored ? width - 1 - j : j) - dx
                        guard (0..<width).contains(source) else { continue }
                        moved[offset: plane + i * width + j] = batch[offset: plane + (i - dy) * width + source]
                    }
                }
            }
        }
        return moved
    }

    /// A whole number drawn uniformly from −maxShift … maxShift.
    @usableFromInline
    func randomShift(_ generator: inout SeededGenerator) -> Int {
        maxShift == 0 ? 0 : Int(generator.next(upperBound: UInt64(2 * maxShift + 1))) - maxShift
    }
}
