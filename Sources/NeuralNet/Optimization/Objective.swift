import Foundation

/// A differentiable objective J(θ) of a few real variables, with its analytic gradient ∇J(θ) —
/// what the "Apprentissage profond" deck minimises by gradient descent (002 ≈ slides 27–38).
/// Points are plain `[Double]` of length `dimension`.
public struct Objective: Sendable {
    /// The short name the command line and the report use: `bowl`, `rosenbrock`, …
    public let name: String
    /// The formula as the report prints it: "x² + 10y²".
    public let formula: String
    /// How many variables θ has.
    public let dimension: Int
    /// The points where J reaches a local minimum, when they are known (for figures and tests).
    public let minimizers: [[Double]]
    /// The Lipschitz constant L of ∇J when it is global (quadratics), nil otherwise. A fixed step
    /// converges for μ < 2/L (002 ≈ slide 33).
    public let lipschitzConstant: Double?
    private let valueAt: @Sendable ([Double]) -> Double
    private let gradientAt: @Sendable ([Double]) -> [Double]

    /// An objective from its value and gradient; both receive points of `dimension` coordinates.
    public init(name: String, formula: String, dimension: Int, minimizers: [[Double]] = [],
                lipschitzConstant: Double? = nil,
                value: @escaping @Sendable ([Double]) -> Double,
                gradient: @escaping @Sendable ([Double]) -> [Double]) {
        self.name = name
        self.formula = formula
        self.dimension = dimension
        self.minimizers = minimizers
        self.lipschitzConstant = lipschitzConstant
        valueAt = value
        gradientAt = gradient
    }

    /// J(θ).
    public func value(at theta: [Double]) -> Double { valueAt(theta) }

    /// ∇J(θ) = (∂J/∂θ₁, …, ∂J/∂θ_D) (002 ≈ slide 27).
    public func gradient(at theta: [Double]) -> [Double] { gradientAt(theta) }

    /// Throws unless `theta` has `dimension` finite coordinates.
    public func validate(_ theta: [Double]) throws {
        guard theta.count == dimension else {
            throw OptimizationError.wrongDimension(function: name, expected: dimension, given: theta.count)
        }
        guard theta.allSatisfy(\.isFinite) else {
            throw OptimizationError.invalidParameter("the start point must be finite, got \(OptimizationError.format(theta))")
        }
    }
}

extension Objective {
    /// J(θ) = Σᵢ aᵢθᵢ², ∇J = (2aᵢθᵢ), L = 2 maxᵢ aᵢ. With `[1]` it is the deck's θ² (002 ≈ slide 31),
    /// with `[1, 3]` the Taylor example θ₁² + 3θ₂² (002 ≈ slide 30), with `[1, 10]` the `bowl`.
    /// `variables` name the coordinates in the formula (θ, or θ₁, θ₂, … by default).
    public static func quadratic(_ coefficients: [Double], name: String = "quadratic",
                                 variables: [String]? = nil) -> Objective {
        let names = variables ?? (coefficients.count == 1
            ? ["θ"] : coefficients.indices.map { "θ" + subscriptDigits($0 + 1) })
        let terms = zip(coefficients, names).map { a, variable in
            a == 1 ? "\(variable)²" : "\(a.rounded() == a && abs(a) < 1e9 ? String(Int(a)) : String(a))\(variable)²"
        }
        return Objective(
            name: name, formula: terms.joined(separator: " + "), dimension: coefficients.count,
            minimizers: [Array(repeating: 0, count: coefficients.count)],
            lipschitzConstant: 2 * (coefficients.max() ?? 0),
            value: { theta in zip(coefficients, theta).reduce(0) { $0 + $1.0 * $1.1 * $1.1 } },
            gradient: { theta in zip(coefficients, theta).map { 2 * $0 * $1 } })
    }

    /// f(x, y) = x² + 10y²: an ill-conditioned bowl (curvatures 2 and 20, L = 20). Fixed-step
    /// descent gives x_k = (1 − 2μ)^k x₀ and y_k = (1 − 20μ)^k y₀: μ = 0.1 makes y flip sign with
    /// constant amplitude, μ > 0.1 diverges (002 ≈ slides 33–34).
    public static let bowl = quadratic([1, 10], name: "bowl", variables: ["x", "y"])

    /// f(x, y) = (1 − x)² + 100(y − x²)², minimum 0 at (1, 1) at the end of a long curved valley:
    /// the deck's "cas pathologique" (002 ≈ slide 35).
    /// ∇f = (−2(1 − x) − 400x(y − x²), 200(y − x²)).
    public static let rosenbrock = Objective(
        name: "rosenbrock", formula: "(1 − x)² + 100(y − x²)²", dimension: 2, minimizers: [[1, 1]],
        value: { p in
            let (x, y) = (p[0], p[1])
            return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x)
        },
        gradient: { p in
            let (x, y) = (p[0], p[1])
            return [-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)]
        })

    /// f(x, y) = (x² + y − 11)² + (x + y² − 7)²: four minima, all at 0, so that where a descent
    /// lands depends on where it starts (002 ≈ slides 36–38, "optimums locaux").
    /// ∇f = (4x(x² + y − 11) + 2(x + y² − 7), 2(x² + y − 11) + 4y(x + y² − 7)).
    public static let himmelblau = Objective(
        name: "himmelblau", formula: "(x² + y − 11)² + (x + y² − 7)²", dimension: 2,
        minimizers: [[3, 2], [-2.805118086952745, 3.131312518250573],
                     [-3.779310253377747, -3.283185991286170], [3.584428340330492, -1.848126526964404]],
        value: { p in
            let (x, y) = (p[0], p[1])
            let a = x * x + y - 11, b = x + y * y - 7
            return a * a + b * b
        },
        gradient: { p in
            let (x, y) = (p[0], p[1])
            let a = x * x + y - 11, b = x + y * y - 7
            return [4 * x * a + 2 * b, 2 * a + 4 * y * b]
        })

    /// f(x) = x²/10 + sin 2x (beyond the slides): a parabola with ripples, so that descents from
    /// different starts stop in different local minima of different heights — the 1D picture of
    /// 002 ≈ slides 36–38. f'(x) = x/5 + 2 cos 2x.
    public static let wavy = Objective(
        name: "wavy", formula: "x²/10 + sin 2x", dimension: 1,
        minimizers: [[-6.701385735972713], [-3.735570456866611], [-0.747964956635879],
                     [2.243078143605381], [5.223013431836309]],
        value: { p in p[0] * p[0] / 10 + sin(2 * p[0]) },
        gradient: { p in [p[0] / 5 + 2 * cos(2 * p[0])] })

    /// The functions the command line knows, by name.
    public static let catalogue: [Objective] = [bowl, rosenbrock, himmelblau, wavy]

    /// The catalogue's function called `name`.
    public static func named(_ name: String) throws -> Objective {
        guard let objective = catalogue.first(where: { $0.name == name }) else {
            throw OptimizationError.unknownFunction(name, known: catalogue.map(\.name))
        }
        return objective
    }
}

private func subscriptDigits(_ n: Int) -> String {
    let digits: [Character] = ["₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"]
    return String(String(n).compactMap { $0.wholeNumberValue.map { digits[$0] } })
}
