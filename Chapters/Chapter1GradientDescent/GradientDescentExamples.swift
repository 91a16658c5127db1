import Chapters
import NeuralNet

/// The gradient-descent examples of the decks, as data (catalogue `../shared/worked-examples.md`
/// §1): the set-up, what the slide prints and what CNNLab computes. The tests assert the computed
/// values; the report prints the same rows.
public enum GradientDescentExamples {
    /// `gd-update-rule-quadratic`: θ ← θ − μ∇J on J(θ) = θ² with μ = 0.25 from θ₀ = 1 halves θ
    /// at every step.
    public static let updateRule = WorkedExample(
        id: "gd-update-rule-quadratic",
        source: "Apprentissage profond ≈ slide 31; IFT 780 slide 6",
        printed: "rule only", computed: "θ = 1, 0.5, 0.25, 0.125, 0.0625", verdict: .constructed)
    /// The iterates of `updateRule`, θ₀ … θ₄.
    public static let updateRuleIterates: [Double] = [1, 0.5, 0.25, 0.125, 0.0625]

    /// `gd-taylor-first-order-decrease`: J(θ − μ∇J) − J(θ) ≈ −μ‖∇J‖² for J = θ₁² + 3θ₂² at (1, 1),
    /// ∇J = (2, 6), μ = 10⁻³. The gap, 1.12 × 10⁻⁴, is the second-order term μ²∇Jᵀ H ∇J / 2.
    public static let taylor = WorkedExample(
        id: "gd-taylor-first-order-decrease", source: "Apprentissage profond ≈ slide 30",
        printed: "J(θ − μ∇J) − J(θ) ≈ −μ‖∇J‖²", computed: "actual −0.039888, predicted −0.04",
        verdict: .constructed)
    /// (actual, predicted) decrease of `taylor`.
    public static let taylorDecrease = (actual: -0.039888, predicted: -0.04)

    /// `gd-step-size-vs-lipschitz`: on J = θ² (∇J = 2θ, L = 2) from θ₀ = 1, θ_k = (1 − 2μ)^k.
    public static let lipschitz = WorkedExample(
        id: "gd-step-size-vs-lipschitz", source: "Apprentissage profond ≈ slide 33",
        printed: "fixed step when J is L-Lipschitz, μ below a bound (OCR: \"%\")",
        computed: "μ = 0.25: 0.5ᵏ; μ = 0.5: 0 in one step; μ = 1: ±1 forever; μ = 1.1: (−1.2)ᵏ diverges",
        verdict: .constructed)
    /// The step sizes of `lipschitz` and the factor 1 − 2μ of each.
    public static let lipschitzSteps: [(mu: Double, factor: Double)] = [(0.25, 0.5), (0.5, 0), (1, -1), (1.1, -1.2)]

    /// `gd-rosenbrock-10k`: the deck's pathological case.
    public static let rosenbrock = WorkedExample(
        id: "gd-rosenbrock-10k", source: "Apprentissage profond ≈ slides 34–35",
        printed: "iter.max = 10K, μ = 10⁻³, \"cas pathologique\"",
        computed: "(0.992356, 0.984739), f = 5.853×10⁻⁵: still short of (1, 1)",
        verdict: .ambiguous("the start point is only in the figure; (−1.2, 1) is used"))
    /// The start, step and iteration count of `rosenbrock`.
    public static let rosenbrockStart: [Double] = [-1.2, 1]
    public static let rosenbrockStep = 1e-3
    public static let rosenbrockIterations = 10_000
    /// Where the catalogue says it ends (6 digits) and the value there.
    public static let rosenbrockEnd: (point: [Double], value: Double) = ([0.992356, 0.984739], 5.853e-5)

    /// `iterations-per-pass`: an epoch over 10,000 images in mini-batches of 100 makes 100 updates.
    public static let iterationsPerPass = WorkedExample(
        id: "iterations-per-pass", source: "IA et Nous (Pasco) ≈ slide 49",
        printed: "10 000 images par lots de 100", computed: "100 updates per pass", verdict: .matches)

    /// Every example of the chapter, in the catalogue's order.
    public static let all: [WorkedExample] = [updateRule, taylor, lipschitz, rosenbrock, iterationsPerPass]
}
