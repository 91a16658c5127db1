import Foundation

/// One iterate θ(k) of a descent, with what the stopping tests and the figures need.
public struct DescentStep: Sendable, Equatable {
    /// k, counted from 0 at the start point.
    public let iteration: Int
    /// θ(k).
    public let point: [Double]
    /// J(θ(k)).
    public let value: Double
    /// ‖∇J(θ(k))‖.
    public let gradientNorm: Double
    /// The step μ_k that led from θ(k−1) to θ(k); 0 at the start point.
    public let stepSize: Double

    /// The iterate θ(`iteration`) = `point` and what was measured there.
    public init(iteration: Int, point: [Double], value: Double, gradientNorm: Double, stepSize: Double) {
        self.iteration = iteration
        self.point = point
        self.value = value
        self.gradientNorm = gradientNorm
        self.stepSize = stepSize
    }
}

/// Every iterate of a descent and why it stopped.
public struct DescentResult: Sendable {
    /// θ(0), θ(1), …, θ(K): every finite iterate. After a non-finite blow-up the last one is the
    /// iterate before it.
    public let steps: [DescentStep]
    /// Why the descent stopped: a stopping test, the iteration cap or a divergence.
    public let stoppedBy: StopReason
    /// Evaluations of J, the line search's trials included.
    public let evaluations: Int

    /// The last iterate.
    public var final: DescentStep { steps[steps.count - 1] }
    /// K, the number of updates made to reach the last iterate.
    public var iterations: Int { final.iteration }
}

/// Why a descent stopped.
public enum StopReason: Sendable, Equatable, CustomStringConvertible {
    /// A stopping test held.
    case test(StoppingTest.Criterion)
    /// The iteration cap was reached.
    case maxIterations
    /// The iterate or the objective blew up (non-finite, or past the divergence bound) at this
    /// iteration.
    case diverged(iteration: Int)

    /// The machine-readable name: `gradient`, `objective`, `relative_objective`, `iterate`,
    /// `relative_iterate`, `max_iterations` or `diverged`.
    public var label: String {
        switch self {
        case let .test(criterion): criterion.rawValue
        case .maxIterations: "max_iterations"
        case .diverged: "diverged"
        }
    }

    /// How the reason reads in the reports and the CLI: "diverged at iteration 38".
    public var description: String {
        switch self {
        case let .test(criterion): "stopped by the \(criterion.rawValue.replacingOccurrences(of: "_", with: " ")) test"
        case .maxIterations: "reached the iteration cap"
        case let .diverged(iteration): "diverged at iteration \(iteration)"
        }
    }
}
