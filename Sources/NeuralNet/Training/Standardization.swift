import Foundation
import Tensors

/// Inputs centred and scaled before they enter the network: x′ = (x − m)/s, with m and s the mean
/// and the standard deviation of every value of the training images (one pair for the whole
/// set, as PyTorch's MNIST example normalises with 0.1307 and 0.3081). A tanh network learns
/// faster from inputs centred on 0 with a spread of about 1 than from grey levels in [0, 1]
/// whose mean is 0.13 (beyond the slides). The test images go through the same m and s, those
/// of the training set: the network must not see the test set before it is tested.
public struct Standardization: Sendable, Equatable, Codable {
    /// m, subtracted from every value.
    public var mean: Double
    /// s, which every centred value is divided by.
    public var standardDeviation: Double

    /// x′ = (x − `mean`)/`standardDeviation`.
    public init(mean: Double, standardDeviation: Double) {
        self.mean = mean
        self.standardDeviation = standardDeviation
    }

    /// x′ = x: the images as they are.
    public static let identity = Standardization(mean: 0, standardDeviation: 1)

    /// The mean and (population) standard deviation of every value of `images`.
    /// - Throws: ``TensorError/invalidArgument(_:)`` for an empty tensor or one whose values are
    ///   all equal (s = 0), which cannot be standardised.
    public init<Scalar: TensorScalar>(fitting images: Tensor<Scalar>) throws {
        guard images.count > 0 else { throw TensorError.invalidArgument("cannot standardise an empty set of images") }
        var sum = 0.0
        for i in 0..<images.count { sum += Double(images[offset: i]) }
        let mean = sum / Double(images.count)
        var squares = 0.0
        for i in 0..<images.count { squares += (Double(images[offset: i]) - mean) * (Double(images[offset: i]) - mean) }
        let deviation = (squares / Double(images.count)).squareRoot()
        guard deviation > 0, deviation.isFinite else {
            throw TensorError.invalidArgument("cannot standardise images whose values are all \(mean): their standard deviation is 0")
        }
        self.init(mean: mean, standardDeviation: deviation)
    }

    /// (x − m)/s for every value of `x`.
    @inlinable
    public func apply<Scalar: TensorScalar>(_ x: Tensor<Scalar>) -> Tensor<Scalar> {
        guard self != .identity else { return x }
        var y = x
        let (m, s) = (Scalar(mean), Scalar(standardDeviation))
        for i in 0..<y.count { y[offset: i] = (y[offset: i] - m) / s }
        return y
    }
}
