import Chapter1GradientDescent
import Foundation
import NeuralNet
import PropertyTesting
import Testing

/// Step-size policies and momentum (Apprentissage profond ≈ slides 33–35; IFT 780 slide 6).
@Suite("Step sizes, line search and momentum")
struct ScheduleTests {
    @Test("μ/k: θ_k = Π_{j ≤ k} (1 − 2μ/j) θ₀ on J = θ²")
    func inverseSchedule() throws {
        let result = try GradientDescent(schedule: .inverse(0.3), maxIterations: 20).minimize(.quadratic([1]), from: [5])
        var theta = 5.0
        for step in result.steps.dropFirst() {
            theta *= 1 - 2 * 0.3 / Double(step.iteration)
            #expect(abs(step.point[0] - theta) < 1e-14)
            #expect(step.stepSize == 0.3 / Double(step.iteration))
        }
    }

    @Test("Momentum is the heavy ball θ(k+1) = θ(k) − μ∇J(θ(k)) + β(θ(k) − θ(k−1))")
    func momentum() async {
        await checkProperty(count: 30, input: Gen.double(in: 0...0.95), Gen.double(in: 0.001...0.05),
                            Gen.double(in: -3...3), Gen.double(in: -3...3)) { beta, mu, x0, y0 in
            let result = try GradientDescent(schedule: .fixed(mu), momentum: beta, maxIterations: 30)
                .minimize(.bowl, from: [x0, y0])
            var (previous, current) = ([x0, y0], [x0, y0])
            for step in result.steps.dropFirst() {
                let gradient = [2 * current[0], 20 * current[1]]
                let next = (0..<2).map { current[$0] - mu * gradient[$0] + beta * (current[$0] - previous[$0]) }
                (previous, current) = (current, next)
                #expect(abs(step.point[0] - next[0]) <= 1e-9 * max(1, abs(next[0])))
                #expect(abs(step.point[1] - next[1]) <= 1e-9 * max(1, abs(next[1])))
            }
        }
    }

    @Test("Backtracking takes the largest step 1, 1/2, 1/4, … that meets the Armijo condition")
    func armijo() async {
        await checkProperty(count: 30, input: Gen.double(in: -2...2), Gen.double(in: -1...3)) { x0, y0 in
            let c = 0.3
            let result = try GradientDescent(schedule: .backtracking(initial: 1, shrink: 0.5, sufficientDecrease: c),
                                             maxIterations: 40).minimize(.rosenbrock, from: [x0, y0])
            for (before, after) in zip(result.steps, result.steps.dropFirst()) {
                let g = Objective.rosenbrock.gradient(at: before.point)
                let slope = g.map { $0 * $0 }.reduce(0, +)
                func accepted(_ t: Double) -> Bool {
                    let trial = zip(before.point, g).map { $0 - t * $1 }
                    return Objective.rosenbrock.value(at: trial) <= before.value - c * t * slope
                }
                let t = after.stepSize
                #expect(log2(t) == log2(t).rounded(), "t = \(t) is not a power of 1/2")
                #expect(accepted(t))
                #expect(t == 1 || !accepted(2 * t), "t = \(t) but 2t also meets the condition")
            }
        }
    }

    @Test("Rosenbrock: backtracking reaches (1, 1) to 1e-6 in far fewer iterations than the deck's fixed step")
    func backtrackingReachesTheMinimum() throws {
        let fixture = try RosenbrockFixture.load()
        func firstWithin(_ result: DescentResult) -> DescentStep? {
            result.steps.first { hypot($0.point[0] - 1, $0.point[1] - 1) < 1e-6 }
        }
        let start = GradientDescentExamples.rosenbrockStart
        let backtracking = try GradientDescent(schedule: GradientDescentExperiments.rosenbrockBacktracking,
                                               maxIterations: 1_000).minimize(.rosenbrock, from: start)
        let reached = try #require(firstWithin(backtracking))
        #expect(reached.iteration == fixture.backtrackingIterationsToTolerance)
        #expect(abs(reached.point[0] - fixture.backtrackingPoint[0]) < 1e-12)
        #expect(abs(reached.point[1] - fixture.backtrackingPoint[1]) < 1e-12)
        // The deck's μ = 10⁻³ needs 34,374 iterations for the same accuracy.
        let fixed = try GradientDescent(schedule: .fixed(GradientDescentExamples.rosenbrockStep), maxIterations: 35_000)
            .minimize(.rosenbrock, from: start)
        #expect(firstWithin(fixed)?.iteration == fixture.fixedIterationsToTolerance)
        #expect(reached.iteration < fixture.fixedIterationsToTolerance / 50)
    }

    @Test("The report's Rosenbrock runs: backtracking and momentum reach ‖∇J‖ < 1e-8, the fixed step does not")
    func rosenbrockRuns() throws {
        let runs = try GradientDescentExperiments.rosenbrockRuns()
        #expect(runs[0].result.stoppedBy == .maxIterations)
        for run in runs.dropFirst() {
            #expect(run.result.stoppedBy == .test(.gradient), "\(run.label.english)")
            #expect(hypot(run.result.final.point[0] - 1, run.result.final.point[1] - 1) < 1e-7, "\(run.label.english)")
        }
    }

    @Test("Bad settings are refused with a sentence; a blow-up to infinity is a divergence, not a crash")
    func refusals() throws {
        let cases: [(GradientDescent, String)] = [
            (GradientDescent(schedule: .fixed(-0.1)), "the step size μ must be a positive number, got -0.1"),
            (GradientDescent(schedule: .fixed(0.1), momentum: 1), "the momentum β must lie in [0, 1), got 1.0"),
            (GradientDescent(schedule: .backtracking(initial: 1), momentum: 0.5),
             "momentum cannot be combined with backtracking: the line search needs the direction −∇J"),
            (GradientDescent(schedule: .fixed(0.1), stoppingTests: [StoppingTest(.iterate, tolerance: 0)]),
             "the tolerance of the iterate test must be a positive number, got 0.0"),
        ]
        for (descent, message) in cases {
            #expect(throws: OptimizationError.invalidParameter(message)) { try descent.minimize(.bowl, from: [1, 1]) }
        }
        #expect(throws: OptimizationError.wrongDimension(function: "rosenbrock", expected: 2, given: 1)) {
            try GradientDescent(schedule: .fixed(0.1)).minimize(.rosenbrock, from: [1])
        }
        #expect(throws: OptimizationError.unknownFunction("sphere", known: ["bowl", "rosenbrock", "himmelblau", "wavy"])) {
            try Objective.named("sphere")
        }
        // μ = 1 on Rosenbrock from (−1.2, 1): the iterate overflows within a few steps.
        let blowUp = try GradientDescent(schedule: .fixed(1), divergenceFactor: 1e300).minimize(.rosenbrock, from: [-1.2, 1])
        guard case .diverged(let k) = blowUp.stoppedBy else {
            Issue.record("expected a divergence, got \(blowUp.stoppedBy)")
            return
        }
        #expect(blowUp.final.value.isFinite)
        #expect(blowUp.iterations == k - 1)
    }
}
