import Foundation
import Tensors

/// Fashion-MNIST (Xiao, Rasul & Vollgraf, 2017): 70,000 28×28 grey images of clothes in ten
/// classes, the drop-in replacement for MNIST — 60,000 to train, 10,000 to test, 6,000 and 1,000
/// per class. Read from the IDX .gz files of Debian's package dataset-fashion-mnist, which
/// `make data` copies into `.cache/fashion-mnist/`.
public enum FashionMNIST {
    /// The folder inside the cache folder.
    public static let folder = "fashion-mnist"
    /// The names of labels 0…9, as the data set's authors give them.
    public static let classNames = [
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
        "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
    ]

    /// Loads both sets, images of shape (N, 1, 28, 28) with values in [0, 1].
    /// - Throws: ``DatasetError/dataSetUnavailable(file:reason:)`` (run `make data`) when a file
    ///   is missing or not the expected one.
    public static func load(cacheDirectory: URL = DataCache.directory) throws -> (train: LabeledImages, test: LabeledImages) {
        (try load("train", count: 60_000, cacheDirectory: cacheDirectory),
         try load("t10k", count: 10_000, cacheDirectory: cacheDirectory))
    }

    private static func load(_ prefix: String, count: Int, cacheDirectory: URL) throws -> LabeledImages {
        let images = try DataCache.read("\(folder)/\(prefix)-images-idx3-ubyte.gz", in: cacheDirectory) { url in
            try expect(IDX.read(from: url), shape: [count, 28, 28], file: url.path)
        }
        let labels = try DataCache.read("\(folder)/\(prefix)-labels-idx1-ubyte.gz", in: cacheDirectory) { url in
            let labels = try expect(IDX.read(from: url), shape: [count], file: url.path).bytes
            guard let bad = labels.first(where: { $0 > 9 }) else { return labels.map(Int.init) }
            throw DatasetError.malformed(file: url.path, reason: "it holds the label \(bad), expected 0…9")
        }
        return LabeledImages(greyLevels: images.bytes, height: 28, width: 28, labels: labels, classNames: classNames)
    }

    private static func expect(_ array: IDXArray, shape: [Int], file: String) throws -> IDXArray {
        guard array.shape == shape else {
            throw DatasetError.malformed(file: file, reason: "its shape is \(TensorError.format(array.shape)), expected \(TensorError.format(shape))")
        }
        return array
    }
}
