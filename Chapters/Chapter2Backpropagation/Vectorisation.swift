import Foundation
import NeuralNet
import Tensors

/// IFT 780's claim (slides 10–17), measured: pushing a mini-batch through a layer as ONE matrix
/// product costs less per example than one matrix–vector product per example. The layer is a
/// dense 256 → 256 layer in `Float` (the type training uses), timed for a forward pass alone and
/// for forward + backward with the gradient summed over the batch — what a training step does.
public enum Vectorisation {
    /// Seconds per example of each method at one batch size.
    public struct Measurement: Sendable {
        public let batch: Int
        /// Z = X·Wᵀ + w₀ as one GEMM, divided by B.
        public let forwardBatched: Double
        /// B products W·xₖ + w₀, divided by B.
        public let forwardPerExample: Double
        /// Forward, then ∇W = ΔᵀX, ∇w₀ and ∂J/∂X: three GEMMs, divided by B.
        public let trainingBatched: Double
        /// Per example: forward, backward, and the gradient added into the batch's sum.
        public let trainingPerExample: Double
    }

    public static let layerSize = 256

    /// Times both methods at each batch size: the best of `repetitions` runs of each (the run
    /// least disturbed by the rest of the machine).
    public static func measure(batches: [Int], repetitions: Int, seed: UInt64 = 1) throws -> [Measurement] {
        var generator = SeededGenerator(seed: seed)
        let m = layerSize
        let layer = try Dense<Float>(inputs: m, outputs: m, initialization: .heNormal, using: &generator)
        return try batches.map { b in
            let x = try Tensor<Float>.uniform(shape: [b, m], low: -1, high: 1, using: &generator)
            let delta = try Tensor<Float>.uniform(shape: [b, m], low: -1, high: 1, using: &generator)
            let rows = try (0..<b).map { try x.item($0) }
            let deltas = try (0..<b).map { try delta.item($0) }
            let perB = Double(b)
            let forwardBatched = try fastest(repetitions) { _ = try layer.forward(x) } / perB
            let forwardPerExample = try fastest(repetitions) { for row in rows { _ = try layer.forward(row) } } / perB
            let trainingBatched = try fastest(repetitions) {
                _ = try layer.forward(x)
                _ = try layer.backward(delta, input: x)
            } / perB
            let trainingPerExample = try fastest(repetitions) {
                var sum = try Tensor<Float>(zeros: [m, m])
                for (row, d) in zip(rows, deltas) {
                    _ = try layer.forward(row)
                    let (gradient, _) = try layer.backward(d, input: row)
                    sum.withUnsafeMutableBufferPointer { s in
                        gradient.weight.withUnsafeBufferPointer { g in
                            for i in 0..<s.count { s[i] += g[i] }
                        }
                    }
                }
            } / perB
            return Measurement(batch: b, forwardBatched: forwardBatched, forwardPerExample: forwardPerExample,
                               trainingBatched: trainingBatched, trainingPerExample: trainingPerExample)
        }
    }

    /// The fastest of `repetitions` timed calls, after one untimed warm-up call.
    static func fastest(_ repetitions: Int, _ body: () throws -> Void) rethrows -> Double {
        try body()
        var best = Double.infinity
        for _ in 0..<max(repetitions, 1) {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }
}
