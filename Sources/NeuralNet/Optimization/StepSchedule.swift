/// How a descent chooses its step μ_k at iteration k = 1, 2, … (the step that leads from θ(k−1)
/// to θ(k)).
public enum StepSchedule: Sendable, Equatable, CustomStringConvertible {
    /// μ_k = μ: the fixed step of the deck's algorithm (002 ≈ slide 31). It converges on a
    /// function whose gradient is L-Lipschitz when μ < 2/L (002 ≈ slide 33).
    case fixed(Double)
    /// μ_k = μ/k: the decreasing step "η[k] = cst/k" (IFT 780, slide 6).
    case inverse(Double)
    /// Backtracking line search with the Armijo condition ("pas variable par recherche linéaire",
    /// 002 ≈ slide 33; the parameters follow Boyd & Vandenberghe, *Convex Optimization* §9.2):
    /// start from t = `initial` and multiply t by `shrink` until
    /// J(θ − t∇J(θ)) ≤ J(θ) − c·t·‖∇J(θ)‖², with c = `sufficientDecrease`.
    case backtracking(initial: Double, shrink: Double = 0.5, sufficientDecrease: Double = 0.3)

    /// The most times a line search shrinks its step: after 0.5^200 the trial step no longer moves
    /// θ in floating point, so the search gives up and takes it (the iterate test then stops).
    static let maximumShrinks = 200

    /// Throws unless every parameter lies in its range.
    func validate() throws {
        switch self {
        case let .fixed(mu), let .inverse(mu):
            try Self.requirePositive(mu, "the step size μ")
        case let .backtracking(initial, shrink, c):
            try Self.requirePositive(initial, "the initial step of the line search")
            guard shrink > 0, shrink < 1 else {
                throw OptimizationError.invalidParameter("the line search's shrink factor must lie in (0, 1), got \(shrink)")
            }
            guard c > 0, c < 1 else {
                throw OptimizationError.invalidParameter("the Armijo constant c must lie in (0, 1), got \(c)")
            }
        }
    }

    private static func requirePositive(_ value: Double, _ name: String) throws {
        guard value > 0, value.isFinite else {
            throw OptimizationError.invalidParameter("\(name) must be a positive number, got \(value)")
        }
    }

    /// The step μ_k for iteration `k` ≥ 1 from θ with value J(θ) and gradient g, and how many
    /// extra evaluations of J it took (the line search's trials).
    func step(iteration k: Int, objective: Objective, point theta: [Double], value: Double,
              gradient g: [Double]) -> (size: Double, evaluations: Int) {
        switch self {
        case let .fixed(mu):
            return (mu, 0)
        case let .inverse(mu):
            return (mu / Double(k), 0)
        case let .backtracking(initial, shrink, c):
            let slope = g.reduce(0) { $0 + $1 * $1 }
            var t = initial
            var evaluations = 0
            while evaluations < Self.maximumShrinks {
                let trial = objective.value(at: zip(theta, g).map { $0 - t * $1 })
                evaluations += 1
                // `<=` is false for NaN: a trial that overflows is shrunk like any other.
                if trial <= value - c * t * slope { break }
                t *= shrink
            }
            return (t, evaluations)
        }
    }

    /// "fixed μ = 0.001", "μ/k with μ = 0.5", "backtracking from 1 (×0.5, c = 0.3)".
    public var description: String {
        switch self {
        case let .fixed(mu): "fixed μ = \(mu)"
        case let .inverse(mu): "μ/k with μ = \(mu)"
        case let .backtracking(initial, shrink, c): "backtracking from \(initial) (×\(shrink), c = \(c))"
        }
    }
}
