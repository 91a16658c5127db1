import NeuralNet
import Plot

/// The runs the report draws, with their parameters in one place: the tests check these very runs
/// and the figures show them.
public enum GradientDescentExperiments {
    // MARK: Step size on the bowl (002 ≈ slides 33–34)

    /// One run of a comparison: its legend label and its result.
    public struct Run: Sendable {
        public let label: Words
        public let result: DescentResult
    }

    /// Where the bowl runs start.
    public static let bowlStart: [Double] = [-8, 2]
    /// The four fixed steps on the bowl (L = 20, limit 2/L = 0.1): too small, good, oscillating
    /// at the limit, divergent.
    static let bowlSteps: [(label: Text, mu: Double)] = [
        (.bowlTooSmall, 0.01), (.bowlGood, 0.08), (.bowlLimit, 0.1), (.bowlDiverges, 0.11),
    ]
    /// The iteration cap of the bowl runs.
    public static let bowlIterations = 60

    /// Fixed-step descent on `bowl` for each of `bowlSteps`.
    public static func bowlRuns() throws -> [Run] {
        try bowlSteps.map { label, mu in
            let descent = GradientDescent(schedule: .fixed(mu), maxIterations: bowlIterations)
            return Run(label: label.words(["mu": .number(mu)]),
                       result: try descent.minimize(.bowl, from: bowlStart))
        }
    }

    // MARK: Rosenbrock, the pathological case (002 ≈ slides 34–35)

    /// Momentum β of the Rosenbrock comparison, with the deck's step μ = 10⁻³.
    public static let rosenbrockMomentum = 0.9
    /// The Armijo line search of the comparison: trial steps 1, 1/2, 1/4, … with c = 0.3.
    public static let rosenbrockBacktracking = StepSchedule.backtracking(initial: 1)
    /// All three runs stop when ‖∇J‖ < 10⁻⁸ or after the deck's 10,000 iterations.
    public static let rosenbrockGradientTolerance = 1e-8

    /// The deck's fixed step, the Armijo line search and momentum, from (−1.2, 1).
    public static func rosenbrockRuns() throws -> [Run] {
        let stop = [StoppingTest(.gradient, tolerance: rosenbrockGradientTolerance)]
        let cap = GradientDescentExamples.rosenbrockIterations
        let mu = GradientDescentExamples.rosenbrockStep
        let start = GradientDescentExamples.rosenbrockStart
        let methods: [(Words, GradientDescent)] = [
            (Text.fixedStep.words(), GradientDescent(schedule: .fixed(mu), stoppingTests: stop, maxIterations: cap)),
            (Text.backtracking.words(), GradientDescent(schedule: rosenbrockBacktracking, stoppingTests: stop,
                                                      maxIterations: cap)),
            (Text.momentumRun.words(["beta": .number(rosenbrockMomentum)]), GradientDescent(schedule: .fixed(mu), momentum: rosenbrockMomentum,
                                                          stoppingTests: stop, maxIterations: cap)),
        ]
        return try methods.map { Run(label: $0.0, result: try $0.1.minimize(.rosenbrock, from: start)) }
    }

    // MARK: Local minima (002 ≈ slides 36–38)

    /// Starts on Himmelblau's function: a ring around the local maximum near (−0.27, −0.92).
    public static let himmelblauStarts: [[Double]] = [
        [0, 0], [-1, 0], [0.5, -2], [-1.5, -2], [1, 4.5], [-4.5, 1], [-4, -4.5], [4.5, -4],
        [4.5, 4.5], [-4.5, 4.5], [0, -4.5], [4.5, 0],
    ]
    /// Starts on the 1D `wavy` function.
    public static let wavyStarts: [Double] = [-6, -4.6, -2.6, -1.6, 0.4, 1.3, 3.6, 4.4, 6.2]
    /// A fixed step small enough for both functions, and the stopping test ‖∇J‖ < 10⁻⁶.
    public static let localMinimaStep = (himmelblau: 0.005, wavy: 0.05)

    /// One descent per start on `objective`, stopped by ‖∇J‖ < 10⁻⁶ or 5,000 iterations.
    public static func localMinimaRuns(_ objective: Objective, starts: [[Double]], mu: Double) throws -> [DescentResult] {
        let descent = GradientDescent(schedule: .fixed(mu), stoppingTests: [StoppingTest(.gradient, tolerance: 1e-6)],
                                      maxIterations: 5_000)
        return try starts.map { try descent.minimize(objective, from: $0) }
    }

    // MARK: Stopping tests (002 ≈ slide 32)

    /// Each test of the slide with the tolerance the table uses, on the deck's Rosenbrock run. With
    /// a fixed step ‖θ(k) − θ(k−1)‖ = μ‖∇J(θ(k−1))‖, so the iterate test at ε acts like the gradient
    /// test at ε/μ; once |J| < 1 the relative objective test is the absolute one (max{1, |J|} = 1).
    /// The loose objective test shows the danger of a flat start: it stops after 3 iterations.
    public static let stoppingTests: [StoppingTest] = [
        StoppingTest(.gradient, tolerance: 1e-2),
        StoppingTest(.objective, tolerance: 1e-2),
        StoppingTest(.objective, tolerance: 1e-6),
        StoppingTest(.relativeObjective, tolerance: 1e-6),
        StoppingTest(.iterate, tolerance: 1e-5),
        StoppingTest(.relativeIterate, tolerance: 1e-5),
    ]

    /// The deck's Rosenbrock run (μ = 10⁻³, cap 10,000) once per stopping test, then with the cap
    /// alone.
    public static func stoppingRuns() throws -> [(test: StoppingTest?, result: DescentResult)] {
        let cap = GradientDescentExamples.rosenbrockIterations
        let mu = GradientDescentExamples.rosenbrockStep
        let start = GradientDescentExamples.rosenbrockStart
        let tests: [StoppingTest?] = stoppingTests + [nil]
        return try tests.map { test in
            let descent = GradientDescent(schedule: .fixed(mu), stoppingTests: test.map { [$0] } ?? [], maxIterations: cap)
            return (test, try descent.minimize(.rosenbrock, from: start))
        }
    }

    // MARK: SGD, mini-batch and batch (002 ≈ slides 39–41, 48–51; IFT 780 slides 6–9, 17)

    /// y = 2x₁ − 3x₂ + 0.5 + 0.5ε on 200 seeded examples.
    public static func regressionProblem() throws -> LinearRegressionProblem {
        try .generate(count: 200, weights: [2, -3], bias: 0.5, noise: 0.5, seed: 2024)
    }

    /// Batch sizes 1 (SGD), 10 (mini-batch, within the slides' "2 to 32") and N = 200 (batch),
    /// each with μ_e = μ₀/e over 50 epochs; the batch run takes a larger μ₀ (one update per epoch).
    public static let regressionRuns: [(label: Words, descent: MiniBatchDescent)] = [
        (Text.sgd.words(), MiniBatchDescent(batchSize: 1, epochs: 50, initialStep: 0.05, decay: 1, seed: 7)),
        (Text.miniBatch.words(), MiniBatchDescent(batchSize: 10, epochs: 50, initialStep: 0.2, decay: 1, seed: 7)),
        (Text.batch.words(), MiniBatchDescent(batchSize: 200, epochs: 50, initialStep: 0.9, decay: 0, seed: 7)),
    ]
}
