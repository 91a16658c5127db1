import Tensors

/// Images with their class labels, as a classifier trains and is tested on them.
public struct LabeledImages: Sendable {
    /// (N, 1, H, W), grey levels scaled to [0, 1] (byte / 255).
    public let images: Tensor<Float>
    /// The class of each image, in `0..<classNames.count`.
    public let labels: [Int]
    /// The name of each class ("0"…"9" for digits, "T-shirt/top"… for Fashion-MNIST).
    public let classNames: [String]

    /// The number of images.
    public var count: Int { labels.count }

    /// How many images each class has.
    public var classCounts: [Int] {
        var counts = [Int](repeating: 0, count: classNames.count)
        for label in labels { counts[label] += 1 }
        return counts
    }

    /// The images and labels at `indices`, in that order: a shuffled mini-batch, or a smaller
    /// set for a quick run.
    /// - Throws: ``TensorError/invalidArgument(_:)`` for an index outside `0..<count`.
    public func subset(_ indices: [Int]) throws -> LabeledImages {
        let gathered = try images.gathering(indices)  // checks every index before `labels[$0]`
        return LabeledImages(images: gathered, labels: indices.map { labels[$0] }, classNames: classNames)
    }

    private init(images: Tensor<Float>, labels: [Int], classNames: [String]) {
        self.images = images
        self.labels = labels
        self.classNames = classNames
    }

    /// Builds the set from grey levels 0–255, image after image (`height × width` bytes each);
    /// the caller has checked that `labels` are in range and that the counts agree.
    init(greyLevels: [UInt8], height: Int, width: Int, labels: [Int], classNames: [String]) {
        var images = try! Tensor<Float>(zeros: [labels.count, 1, height, width])
        images.withUnsafeMutableBufferPointer { out in
            greyLevels.withUnsafeBufferPointer { levels in
                for index in 0..<min(out.count, levels.count) { out[index] = Float(levels[index]) / 255 }
            }
        }
        self.images = images
        self.labels = labels
        self.classNames = classNames
    }
}
