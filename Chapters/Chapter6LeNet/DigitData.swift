import Datasets
import Tensors

/// The data sets chapter 6 trains on: MNIST-5k (split per digit, 4,000 to train and 1,000 to
/// test) and Fashion-MNIST (60,000 and 10,000), images (N, 1, 28, 28) in [0, 1].
public enum DigitDataset: String, CaseIterable, Sendable {
    case mnist5k
    case fashion

    /// The training and test sets.
    /// - Throws: ``DatasetError/dataSetUnavailable(file:reason:)`` (run `make data`).
    public func load() throws -> (train: LabeledImages, test: LabeledImages) {
        switch self {
        case .mnist5k: try MNIST5k.load()
        case .fashion: try FashionMNIST.load()
        }
    }
}

extension LabeledImages {
    /// The labels as one-hot rows (N, classes): the targets of the softmax cross-entropy.
    public var oneHotTargets: Tensor<Float> {
        get throws {
            let classes = classNames.count
            var values = [Float](repeating: 0, count: count * classes)
            for (n, label) in labels.enumerated() { values[n * classes + label] = 1 }
            return try Tensor(shape: [count, classes], scalars: values)
        }
    }

    /// The first `perClass` images of every class, in class order (a balanced subset).
    public func balancedSubset(perClass: Int) throws -> LabeledImages {
        var taken = [Int](repeating: 0, count: classNames.count)
        let chosen = labels.indices.filter { index in
            let label = labels[index]
            guard taken[label] < perClass else { return false }
            taken[label] += 1
            return true
        }
        return try subset(chosen)
    }
}
