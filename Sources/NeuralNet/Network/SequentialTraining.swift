import Tensors

extension Sequential: TrainableModel {
    /// One training step's mean loss and gradients (training mode: dropout on, batch statistics).
    @inlinable
    public mutating func lossAndParameterGradients(inputs: Tensor<Scalar>, targets: Tensor<Scalar>) throws
        -> (loss: Double, gradients: [(name: String, value: Tensor<Scalar>)]) {
        let trace = try forward(inputs)
        return (try loss.value(scores: trace.scores, targets: targets), try backward(trace, targets: targets))
    }

    /// The mean loss and the accuracy on a whole set in test mode, ``evaluationChunk`` images at
    /// a time (the feature maps of thousands of images at once would take hundreds of MB).
    @inlinable
    public func evaluate(inputs: Tensor<Scalar>, targets: Tensor<Scalar>) throws -> (loss: Double, accuracy: Double?) {
        let count = inputs.shape.first ?? 0
        var (total, right) = (0.0, 0.0)
        for start in stride(from: 0, to: count, by: Self.evaluationChunk) {
            let range = start..<Swift.min(start + Self.evaluationChunk, count)
            let (x, y) = (try inputs.slice(range), try targets.slice(range))
            let z = try scores(x)
            total += try loss.value(scores: z, targets: y) * Double(range.count)
            right += try (loss.accuracy(scores: z, targets: y) ?? 0) * Double(range.count)
        }
        return count == 0 ? (0, nil) : (total / Double(count), right / Double(count))
    }

    /// The predicted class of every image (argmax of the scores), in test mode.
    public func predictions(_ inputs: Tensor<Scalar>) throws -> [Int] {
        let count = inputs.shape.first ?? 0
        return try stride(from: 0, to: count, by: Self.evaluationChunk).flatMap { start in
            try scores(inputs.slice(start..<Swift.min(start + Self.evaluationChunk, count))).argmax(axis: 1)
        }
    }

    /// Images per test-mode pass in ``evaluate(inputs:targets:)`` and ``predictions(_:)``.
    public static var evaluationChunk: Int { 500 }
}
