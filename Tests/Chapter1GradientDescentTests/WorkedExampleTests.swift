import Chapter1GradientDescent
import Foundation
import NeuralNet
import Testing

/// The catalogue's §1 examples (`../shared/worked-examples.md`), one test per id.
@Suite("Chapter 1 worked examples")
struct WorkedExampleTests {
    @Test("gd-update-rule-quadratic — Apprentissage profond ≈ slide 31; IFT 780 slide 6")
    func updateRule() throws {
        let result = try GradientDescent(schedule: .fixed(0.25), maxIterations: 4).minimize(.quadratic([1]), from: [1])
        // θ ← θ − 0.25 · 2θ = θ/2: exact in binary floating point.
        #expect(result.steps.map { $0.point[0] } == GradientDescentExamples.updateRuleIterates)
        #expect(result.stoppedBy == .maxIterations)
    }

    @Test("gd-taylor-first-order-decrease — Apprentissage profond ≈ slide 30")
    func taylor() {
        let objective = Objective.quadratic([1, 3])
        let theta: [Double] = [1, 1], mu = 1e-3
        let gradient = objective.gradient(at: theta)
        #expect(gradient == [2, 6])
        let next = zip(theta, gradient).map { $0 - mu * $1 }
        let actual = objective.value(at: next) - objective.value(at: theta)
        let predicted = -mu * gradient.reduce(0) { $0 + $1 * $1 }
        #expect(abs(actual - GradientDescentExamples.taylorDecrease.actual) < 1e-12)
        #expect(predicted == GradientDescentExamples.taylorDecrease.predicted)
        // The gap is the second-order term μ²∇Jᵀ H ∇J / 2 = 10⁻⁶ (2·4 + 6·36) / 2 = 1.12 × 10⁻⁴.
        #expect(abs((actual - predicted) - 1.12e-4) < 1e-12)
    }

    @Test("gd-step-size-vs-lipschitz — Apprentissage profond ≈ slide 33")
    func lipschitz() throws {
        let objective = Objective.quadratic([1])
        #expect(objective.lipschitzConstant == 2)
        for (mu, factor) in GradientDescentExamples.lipschitzSteps {
            let result = try GradientDescent(schedule: .fixed(mu), maxIterations: 60).minimize(objective, from: [1])
            for step in result.steps {
                let expected = pow(factor, Double(step.iteration))
                #expect(abs(step.point[0] - expected) <= 1e-12 * max(1, abs(expected)), "μ = \(mu), k = \(step.iteration)")
            }
            if factor == -1.2 {
                // J = 1.44^k passes 10⁶ × J(θ₀) first at k = 38 (1.44^37 ≈ 7.2 × 10⁵, 1.44^38 ≈ 1.04 × 10⁶).
                #expect(result.stoppedBy == .diverged(iteration: 38))
                #expect(result.stoppedBy.description == "diverged at iteration 38")
            } else {
                #expect(result.stoppedBy == .maxIterations)
            }
        }
    }

    @Test("gd-rosenbrock-10k — Apprentissage profond ≈ slides 34–35")
    func rosenbrock() throws {
        let result = try GradientDescent(schedule: .fixed(GradientDescentExamples.rosenbrockStep),
                                         maxIterations: GradientDescentExamples.rosenbrockIterations)
            .minimize(.rosenbrock, from: GradientDescentExamples.rosenbrockStart)
        #expect(result.iterations == 10_000)
        #expect(result.stoppedBy == .maxIterations)
        // The catalogue's six digits …
        let printed = GradientDescentExamples.rosenbrockEnd
        #expect(abs(result.final.point[0] - printed.point[0]) < 5e-7)
        #expect(abs(result.final.point[1] - printed.point[1]) < 5e-7)
        #expect(abs(result.final.value - printed.value) < 5e-9)
        // … and numpy's full precision (Fixtures/rosenbrock_expected.py, same operation order).
        let fixture = try RosenbrockFixture.load()
        #expect(abs(result.final.point[0] - fixture.fixedPoint[0]) < 1e-12)
        #expect(abs(result.final.point[1] - fixture.fixedPoint[1]) < 1e-12)
        #expect(abs(result.final.value - fixture.fixedValue) < 1e-15)
        // Still short of (1, 1): the pathological case.
        #expect(result.final.point[0] < 0.993)
    }

    @Test("iterations-per-pass — IA et Nous (Pasco) ≈ slide 49")
    func iterationsPerPass() throws {
        let problem = try LinearRegressionProblem.generate(count: 10_000, weights: [1], bias: 0, noise: 0.1, seed: 1)
        let history = try MiniBatchDescent(batchSize: 100, epochs: 1, initialStep: 0.1).train(problem)
        // One loss before training, then one per update.
        #expect(history.losses.count - 1 == 100)
        #expect(history.examplesSeen.last == 10_000)
    }
}
