import Chapter1GradientDescent
import Foundation
import NeuralNet
import PropertyTesting
import Testing

/// The stopping tests of Apprentissage profond ≈ slide 32, each checked against the slide's
/// formula recomputed here from the objective and the iterates.
@Suite("Stopping tests")
struct StoppingTestTests {
    /// The slide's quantity for `criterion` at iterate k of `points`, computed from J and ∇J
    /// directly (not from the values the descent recorded); nil at k = 0 for the change tests.
    static func quantity(_ criterion: StoppingTest.Criterion, _ objective: Objective,
                         _ points: [[Double]], _ k: Int) -> Double? {
        func norm(_ v: [Double]) -> Double { v.map { $0 * $0 }.reduce(0, +).squareRoot() }
        if criterion == .gradient { return norm(objective.gradient(at: points[k])) }
        guard k > 0 else { return nil }
        let (now, before) = (points[k], points[k - 1])
        let change = abs(objective.value(at: now) - objective.value(at: before))
        let step = norm(zip(now, before).map { $0 - $1 })
        switch criterion {
        case .gradient: return nil
        case .objective: return change
        case .relativeObjective: return change / max(1, abs(objective.value(at: before)))
        case .iterate: return step
        case .relativeIterate: return step / max(1, norm(before))
        }
    }

    @Test("Each test fires exactly when its condition first holds, over random starts and tolerances")
    func firesWhenConditionFirstHolds() async {
        let criteria = StoppingTest.Criterion.allCases
        await checkProperty(count: 60, input: Gen.int(in: 0...(criteria.count - 1)), Gen.double(in: -4.5...4.5),
                            Gen.double(in: -4.5...4.5), Gen.double(in: -11 ... -1)) { index, x0, y0, exponent in
            let criterion = criteria[index], tolerance = pow(10, exponent)
            let objective = Objective.himmelblau
            let descent = GradientDescent(schedule: .fixed(0.002),
                                          stoppingTests: [StoppingTest(criterion, tolerance: tolerance)],
                                          maxIterations: 300)
            let result = try descent.minimize(objective, from: [x0, y0])
            let points = result.steps.map(\.point)
            let holds = points.indices.map { k in
                Self.quantity(criterion, objective, points, k).map { $0 < tolerance } ?? false
            }
            switch result.stoppedBy {
            case .test(let fired):
                #expect(fired == criterion)
                #expect(holds.last == true, "the \(criterion) test stopped at k = \(result.iterations) where it does not hold")
                #expect(!holds.dropLast().contains(true), "the \(criterion) test held before k = \(result.iterations)")
            case .maxIterations:
                #expect(result.iterations == 300)
                #expect(!holds.contains(true), "the \(criterion) test held but did not stop the descent")
            case .diverged:
                Issue.record("μ = 0.002 should not diverge on Himmelblau from (\(x0), \(y0))")
            }
        }
    }

    @Test("The first test of the list that holds is the one reported; the cap counts updates")
    func orderAndCap() throws {
        // From the minimum (3, 2) the gradient is 0 at k = 0: the gradient test fires at once.
        let atMinimum = try GradientDescent(
            schedule: .fixed(0.01), stoppingTests: [StoppingTest(.objective, tolerance: 1), StoppingTest(.gradient, tolerance: 1)]
        ).minimize(.himmelblau, from: [3, 2])
        #expect(atMinimum.stoppedBy == .test(.gradient))
        #expect(atMinimum.iterations == 0)
        let capped = try GradientDescent(schedule: .fixed(0.001), maxIterations: 7).minimize(.rosenbrock, from: [0, 0])
        #expect(capped.stoppedBy == .maxIterations)
        #expect(capped.steps.map(\.iteration) == Array(0...7))
        #expect(StopReason.maxIterations.label == "max_iterations")
        #expect(StopReason.test(.relativeIterate).label == "relative_iterate")
    }

    @Test("The report's table: each test stops the deck's Rosenbrock run where numpy says")
    func reportTable() throws {
        let runs = try GradientDescentExperiments.stoppingRuns()
        let expected = try RosenbrockFixture.load().stoppingTests
        #expect(runs.count == expected.count + 1)
        for (run, stop) in zip(runs, expected) {
            #expect(run.test?.criterion.rawValue == stop.test)
            #expect(run.test?.tolerance == stop.tolerance)
            #expect(run.result.stoppedBy.label == stop.test)
            #expect(run.result.iterations == stop.iteration, "\(stop.test) < \(stop.tolerance)")
        }
        // The last row has no test: the deck's cap stops it.
        #expect(runs.last?.test == nil)
        #expect(runs.last?.result.stoppedBy == .maxIterations)
        #expect(runs.last?.result.iterations == GradientDescentExamples.rosenbrockIterations)
    }
}
