import Chapter1GradientDescent
import Foundation
import NeuralNet
import PropertyTesting
import Testing

/// Fixed-step descent on the bowl x² + 10y² (L = 20) against its closed form
/// x_k = (1 − 2μ)^k x₀, y_k = (1 − 20μ)^k y₀ (Apprentissage profond ≈ slides 33–34).
@Suite("Step size on the bowl")
struct BowlTests {
    @Test("The iterates follow the closed form for any step and start")
    func closedForm() async {
        await checkProperty(count: 50, input: Gen.double(in: 0.001...0.1), Gen.double(in: -10...10),
                            Gen.double(in: -10...10)) { mu, x0, y0 in
            let result = try GradientDescent(schedule: .fixed(mu), maxIterations: 40).minimize(.bowl, from: [x0, y0])
            for step in result.steps {
                let k = Double(step.iteration)
                let x = pow(1 - 2 * mu, k) * x0, y = pow(1 - 20 * mu, k) * y0
                #expect(abs(step.point[0] - x) <= 1e-12 * max(1, abs(x0)))
                #expect(abs(step.point[1] - y) <= 1e-12 * max(1, abs(y0)))
                #expect(abs(step.value - (x * x + 10 * y * y)) <= 1e-10 * max(1, x0 * x0 + 10 * y0 * y0))
            }
        }
    }

    @Test("μ = 0.1 = 2/L: y flips sign with constant amplitude while x shrinks")
    func oscillationAtTheLimit() throws {
        let result = try GradientDescent(schedule: .fixed(0.1), maxIterations: 60).minimize(.bowl, from: [-8, 2])
        #expect(result.stoppedBy == .maxIterations)
        for step in result.steps {
            // 1 − 20 · 0.1 = −1 exactly; 1 − 2 · 0.1 = 0.8.
            #expect(step.point[1] == (step.iteration.isMultiple(of: 2) ? 2 : -2))
            #expect(abs(step.point[0] - -8 * pow(0.8, Double(step.iteration))) < 1e-12)
        }
        // J never falls below 10y² = 40: the descent does not converge.
        #expect(result.steps.allSatisfy { $0.value >= 40 })
    }

    @Test("μ > 0.1 diverges, and the descent reports where")
    func divergence() async {
        await checkProperty(count: 50, input: Gen.double(in: 0.101...0.2), Gen.double(in: 0.1...5)) { mu, y0 in
            let start = [1.0, y0]
            let result = try GradientDescent(schedule: .fixed(mu), maxIterations: 100_000).minimize(.bowl, from: start)
            // Independently: the first k where J(θ_k) > 10⁶ max{1, J(θ₀)} or ‖θ_k‖ > 10⁶ max{1, ‖θ₀‖}.
            let j0 = 1 + 10 * y0 * y0, r0 = (1 + y0 * y0).squareRoot()
            let k = (1...).first { k in
                let x = pow(1 - 2 * mu, Double(k)), y = pow(1 - 20 * mu, Double(k)) * y0
                return x * x + 10 * y * y > 1e6 * max(1, j0) || (x * x + y * y).squareRoot() > 1e6 * max(1, r0)
            }
            #expect(result.stoppedBy == .diverged(iteration: k ?? -1))
            #expect(result.iterations == k)
            #expect(result.steps.allSatisfy { $0.value.isFinite })
        }
    }

    @Test("The report's four steps: too small, good, oscillating, divergent")
    func reportRuns() throws {
        let runs = try GradientDescentExperiments.bowlRuns()
        let outcomes = runs.map(\.result.stoppedBy)
        #expect(outcomes.prefix(3).allSatisfy { $0 == .maxIterations })
        guard case .diverged = outcomes[3] else {
            Issue.record("μ = 0.11 should diverge, got \(outcomes[3])")
            return
        }
        let finals = runs.map(\.result.final.value)
        // The good step ends far lower than the small one; the limit step keeps J ≥ 10 y₀² = 40.
        #expect(finals[1] < 1e-4 && finals[0] > 1)
        #expect(finals[2] >= 40)
    }
}
