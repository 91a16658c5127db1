/// The deck's stopping tests (002 ≈ slide 32), with the denominators replaced by max{1, ·} as the
/// slide suggests so that they stay defined near zero:
///
/// - gradient: ‖∇J(θ(k))‖ < ε
/// - objective: |J(θ(k)) − J(θ(k−1))| < ε, relative: |J(θ(k)) − J(θ(k−1))| / max{1, |J(θ(k−1))|} < ε
/// - iterate: ‖θ(k) − θ(k−1)‖ < ε, relative: ‖θ(k) − θ(k−1)‖ / max{1, ‖θ(k−1)‖} < ε
///
/// The tests on changes need a previous iterate, so they can first fire at k = 1.
public struct StoppingTest: Sendable, Hashable, CustomStringConvertible {
    /// Which quantity is compared with the tolerance.
    public enum Criterion: String, CaseIterable, Sendable {
        case gradient
        case objective
        case relativeObjective = "relative_objective"
        case iterate
        case relativeIterate = "relative_iterate"

        /// The quantity in the slide's notation, for tables: "‖∇J(θ(k))‖".
        public var formula: String {
            switch self {
            case .gradient: "‖∇J(θ(k))‖"
            case .objective: "|J(θ(k)) − J(θ(k−1))|"
            case .relativeObjective: "|J(θ(k)) − J(θ(k−1))| / max{1, |J(θ(k−1))|}"
            case .iterate: "‖θ(k) − θ(k−1)‖"
            case .relativeIterate: "‖θ(k) − θ(k−1)‖ / max{1, ‖θ(k−1)‖}"
            }
        }
    }

    /// What is measured at each iterate.
    public let criterion: Criterion
    /// ε: the test holds when the measured quantity is strictly below it.
    public let tolerance: Double

    /// A test of `criterion` against `tolerance` (positive and finite; `GradientDescent` checks).
    public init(_ criterion: Criterion, tolerance: Double) {
        self.criterion = criterion
        self.tolerance = tolerance
    }

    /// The quantity the test compares with ε at `current`; nil when it needs a previous iterate
    /// and there is none.
    public func measure(_ current: DescentStep, previous: DescentStep?) -> Double? {
        switch (criterion, previous) {
        case (.gradient, _):
            return current.gradientNorm
        case (_, nil):
            return nil
        case let (.objective, previous?):
            return abs(current.value - previous.value)
        case let (.relativeObjective, previous?):
            return abs(current.value - previous.value) / max(1, abs(previous.value))
        case let (.iterate, previous?):
            return Euclid.distance(current.point, previous.point)
        case let (.relativeIterate, previous?):
            return Euclid.distance(current.point, previous.point) / max(1, Euclid.norm(previous.point))
        }
    }

    /// Whether the test stops the descent at `current`.
    public func holds(_ current: DescentStep, previous: DescentStep?) -> Bool {
        measure(current, previous: previous).map { $0 < tolerance } ?? false
    }

    /// The test as a formula: "‖∇J(θ(k))‖ < 1e-06".
    public var description: String { "\(criterion.formula) < \(tolerance)" }
}

/// The Euclidean norm and distance of the descents' points.
enum Euclid {
    /// ‖a‖.
    static func norm(_ a: [Double]) -> Double {
        a.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }

    /// ‖a − b‖.
    static func distance(_ a: [Double], _ b: [Double]) -> Double {
        zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
    }
}
