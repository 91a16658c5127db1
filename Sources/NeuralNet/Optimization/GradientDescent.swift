/// Gradient descent on an analytic objective, the deck's algorithm (002 ≈ slide 31):
///
///     choose θ(0), ε and μ > 0; from k = 0:
///       1. compute ∇J(θ(k))
///       2. stopping test, e.g. ‖∇J(θ(k))‖ < ε → stop
///       3. θ(k+1) = θ(k) − μ∇J(θ(k))
///
/// with the step chosen by a `StepSchedule`, and momentum (Polyak's heavy ball, beyond the
/// slides) as the next step: v(k+1) = βv(k) − μ_k∇J(θ(k)), θ(k+1) = θ(k) + v(k+1); β = 0 is the
/// plain rule. Every iterate is kept for the figures.
///
/// Divergence is an outcome, not a crash: when θ(k), J(θ(k)) or ∇J(θ(k)) is not finite, or when
/// |J(θ(k))| or ‖θ(k)‖ grows past `divergenceFactor` × max{1, its value at θ(0)}, the descent stops
/// with `StopReason.diverged(iteration: k)`.
public struct GradientDescent: Sendable {
    /// How the step μ_k is chosen: fixed, μ/k, or a backtracking line search.
    public var schedule: StepSchedule
    /// β in [0, 1).
    public var momentum: Double
    /// Checked in order at every iterate; the first that holds stops the descent.
    public var stoppingTests: [StoppingTest]
    /// The cap K: at most K updates.
    public var maxIterations: Int
    /// How far J and θ may grow, relative to the start, before the descent counts as diverged.
    public var divergenceFactor: Double

    /// A descent with the given step policy; the other settings as documented on the properties.
    public init(schedule: StepSchedule, momentum: Double = 0, stoppingTests: [StoppingTest] = [],
                maxIterations: Int = 10_000, divergenceFactor: Double = 1e6) {
        self.schedule = schedule
        self.momentum = momentum
        self.stoppingTests = stoppingTests
        self.maxIterations = maxIterations
        self.divergenceFactor = divergenceFactor
    }

    /// Runs the descent on `objective` from `start`. Throws when the set-up is invalid (a
    /// parameter out of range, a start of the wrong dimension or where J is not finite); a
    /// divergence is reported in the result.
    public func minimize(_ objective: Objective, from start: [Double]) throws -> DescentResult {
        try validate()
        try objective.validate(start)
        var theta = start
        var value = objective.value(at: theta)
        var gradient = objective.gradient(at: theta)
        guard value.isFinite, gradient.allSatisfy(\.isFinite) else {
            throw OptimizationError.invalidParameter(
                "\(objective.name) is not finite at the start point \(OptimizationError.format(start))")
        }
        var evaluations = 1
        var steps = [DescentStep(iteration: 0, point: theta, value: value,
                                 gradientNorm: Euclid.norm(gradient), stepSize: 0)]
        let valueBound = divergenceFactor * max(1, abs(value))
        let pointBound = divergenceFactor * max(1, Euclid.norm(start))
        var velocity = Array(repeating: 0.0, count: start.count)
        var k = 0
        while true {
            let previous = steps.count > 1 ? steps[steps.count - 2] : nil
            if let test = stoppingTests.first(where: { $0.holds(steps[steps.count - 1], previous: previous) }) {
                return DescentResult(steps: steps, stoppedBy: .test(test.criterion), evaluations: evaluations)
            }
            if k == maxIterations {
                return DescentResult(steps: steps, stoppedBy: .maxIterations, evaluations: evaluations)
            }
            k += 1
            let (mu, trials) = schedule.step(iteration: k, objective: objective, point: theta,
                                             value: value, gradient: gradient)
            evaluations += trials + 1
            for i in theta.indices {
                velocity[i] = momentum * velocity[i] - mu * gradient[i]
                theta[i] += velocity[i]
            }
            value = objective.value(at: theta)
            gradient = objective.gradient(at: theta)
            guard theta.allSatisfy(\.isFinite), value.isFinite, gradient.allSatisfy(\.isFinite) else {
                return DescentResult(steps: steps, stoppedBy: .diverged(iteration: k), evaluations: evaluations)
            }
            steps.append(DescentStep(iteration: k, point: theta, value: value,
                                     gradientNorm: Euclid.norm(gradient), stepSize: mu))
            if abs(value) > valueBound || Euclid.norm(theta) > pointBound {
                return DescentResult(steps: steps, stoppedBy: .diverged(iteration: k), evaluations: evaluations)
            }
        }
    }

    private func validate() throws {
        try schedule.validate()
        guard momentum >= 0, momentum < 1 else {
            throw OptimizationError.invalidParameter("the momentum β must lie in [0, 1), got \(momentum)")
        }
        if momentum > 0, case .backtracking = schedule {
            throw OptimizationError.invalidParameter(
                "momentum cannot be combined with backtracking: the line search needs the direction −∇J")
        }
        for test in stoppingTests where !(test.tolerance > 0 && test.tolerance.isFinite) {
            throw OptimizationError.invalidParameter(
                "the tolerance of the \(test.criterion.rawValue) test must be a positive number, got \(test.tolerance)")
        }
        guard maxIterations >= 0 else {
            throw OptimizationError.invalidParameter("the iteration cap must be 0 or more, got \(maxIterations)")
        }
        guard divergenceFactor > 1, divergenceFactor.isFinite else {
            throw OptimizationError.invalidParameter("the divergence factor must be a finite number above 1, got \(divergenceFactor)")
        }
    }
}
