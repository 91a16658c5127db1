import Foundation
import NeuralNet
import Tensors

/// The small problems the chapter trains on, each a seeded data set with the loss that fits it:
///
/// - `xor`: the four points of {0, 1}², label x₁ XOR x₂ — the classic problem no single layer
///   solves and a 2-2-1 network does (sigmoid output, binary cross-entropy);
/// - `sine`: y = sin(2πx) sampled evenly on [−1, 1] (two periods), the 1D function for the
///   universal approximation theorem (Apprentissage profond ≈ slide 20; identity output,
///   squared error);
/// - `spiral4`: four interleaved spiral arms in the plane, the 2D four-class problem of
///   IFT 780's opening slides 2–5 (softmax output, cross-entropy).
public enum ToyProblem: String, CaseIterable, Sendable {
    case xor
    case sine
    case spiral4

    /// Inputs (N, d) and targets (N, C) of the problem, drawn from `seed` where it is random.
    public struct DataSet: Sendable {
        public var inputs: Tensor<Double>
        public var targets: Tensor<Double>
        /// Class index of each example (empty for regression).
        public var labels: [Int]
    }

    /// The loss the problem is trained with.
    public var loss: Loss {
        switch self {
        case .xor: .sigmoidCrossEntropy
        case .sine: .squaredError
        case .spiral4: .softmaxCrossEntropy
        }
    }

    /// Input and output sizes of a network for the problem.
    public var inputCount: Int { self == .sine ? 1 : 2 }
    public var outputCount: Int {
        switch self {
        case .xor, .sine: 1
        case .spiral4: 4
        }
    }

    /// The data set; `examples` sets the size of `sine` (points on a grid) and `spiral4`
    /// (points per arm); `xor` always has its four points.
    public func dataSet(examples: Int = 100, seed: UInt64 = 1) throws -> DataSet {
        switch self {
        case .xor:
            let points: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
            let labels = [0, 1, 1, 0]
            return DataSet(inputs: try Tensor(rows: points),
                           targets: try Tensor(shape: [4, 1], scalars: labels.map(Double.init)), labels: labels)
        case .sine:
            let xs = (0..<examples).map { ToyProblem.sineDomain.lowerBound + 2 * Double($0) / Double(Swift.max(examples - 1, 1)) }
            return DataSet(inputs: try Tensor(shape: [examples, 1], scalars: xs),
                           targets: try Tensor(shape: [examples, 1], scalars: xs.map(ToyProblem.sineTarget)),
                           labels: [])
        case .spiral4:
            return try ToyProblem.spiral(arms: 4, pointsPerArm: examples, seed: seed)
        }
    }

    /// The function `sine` approximates: sin(2πx) …
    public static func sineTarget(_ x: Double) -> Double { sin(2 * .pi * x) }
    /// … on [−1, 1].
    public static let sineDomain: ClosedRange<Double> = -1...1

    /// `arms` spiral arms around the origin: point i of arm k sits at radius r = i/n and angle
    /// θ = 2πk/arms + 2.5π·r + 0.2·noise (cs231n's spiral data, with evenly spread arms).
    static func spiral(arms: Int, pointsPerArm n: Int, seed: UInt64) throws -> DataSet {
        var generator = SeededGenerator(seed: seed)
        var points: [Double] = []
        var labels: [Int] = []
        for k in 0..<arms {
            for i in 0..<n {
                let r = Double(i + 1) / Double(n)
                let theta = 2 * .pi * Double(k) / Double(arms) + 2.5 * .pi * r + 0.2 * generator.gaussian()
                points += [r * cos(theta), r * sin(theta)]
                labels.append(k)
            }
        }
        let oneHot = labels.flatMap { label in (0..<arms).map { $0 == label ? 1.0 : 0.0 } }
        return DataSet(inputs: try Tensor(shape: [labels.count, 2], scalars: points),
                       targets: try Tensor(shape: [labels.count, arms], scalars: oneHot), labels: labels)
    }
}
