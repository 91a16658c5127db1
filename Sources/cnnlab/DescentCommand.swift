import ArgumentParser
import Datasets
import Foundation
import NeuralNet

/// `cnnlab descent`: gradient descent on one of chapter 1's functions, with the deck's step
/// policies and stopping tests (Apprentissage profond ≈ slides 30–35). Prints where it stopped and
/// why, or one JSON object with `--json`; `--trace` writes every iterate as CSV.
struct DescentCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "descent",
        abstract: "Gradient descent on bowl, rosenbrock or himmelblau (chapter 1).",
        discussion: """
            Negative numbers as option values need '=': --start=-1.2,1 (argument-parser reads \
            '--start -1.2,1' as an unknown option). A divergence is an outcome, not an error: \
            the run stops and reports "diverged at iteration k".
            Example: cnnlab descent --function rosenbrock --start=-1.2,1 --lr 0.001 --iterations 10000 --json
            """)

    @Option(name: .long, help: "The function: bowl (x² + 10y²), rosenbrock, himmelblau, or wavy (1D, start X).")
    var function: String

    @Option(name: .long, help: "The start point X,Y; write negative values with '=': --start=-1.2,1.")
    var start: String

    @Option(name: .long, help: "The step μ (the first trial step of the line search for backtracking).")
    var lr: Double

    @Option(name: .long, help: "fixed (μ), inverse (μ/k) or backtracking (Armijo: μ, μ/2, … until enough decrease).")
    var schedule: String = "fixed"

    @Option(name: .long, help: "Momentum β in [0, 1) (not with backtracking).")
    var momentum: Double = 0

    @Option(name: .long, help: "The iteration cap (at most 1000000: every iterate is kept).")
    var iterations: Int = 10_000

    @Option(name: .long, help: "Stopping test: gradient (‖∇f‖ < ε), objective (|Δf| < ε) or iterate (‖Δθ‖ < ε).")
    var stop: String?

    @Option(name: .long, help: "ε of the stopping test (default 1e-6).")
    var tolerance: Double?

    @Option(name: .long, help: "Write every iterate to this CSV file: iteration, coordinates, f, gradient_norm, step.")
    var trace: String?

    @Flag(name: .long, help: "Print one JSON object: iterations, stopped_by, x, f.")
    var json = false

    func execute() throws {
        // Every iterate is kept (for --trace and the figures): a billion would not fit in memory.
        guard (0...1_000_000).contains(iterations) else {
            throw CommandError("--iterations must be from 0 to 1000000 (every iterate is kept), got \(iterations)")
        }
        if let trace { try DataFile.checkOutput(URL(fileURLWithPath: trace)) }
        let objective = try Objective.named(function)
        let point = try Self.parsePoint(start)
        let descent = GradientDescent(schedule: try makeSchedule(), momentum: momentum,
                                      stoppingTests: try makeStoppingTests(), maxIterations: iterations)
        let result = try descent.minimize(objective, from: point)
        if let trace {
            try writeAtomically(Self.csv(of: result, dimension: objective.dimension), to: URL(fileURLWithPath: trace))
        }
        print(json ? Self.json(of: result) : describe(result, objective: objective, schedule: descent.schedule))
    }

    /// "X,Y" → [X, Y]: numbers separated by commas.
    static func parsePoint(_ text: String) throws -> [Double] {
        guard let numbers = commaSeparated(text, as: Double.self) else {
            throw CommandError("--start must be numbers separated by commas, e.g. --start=-1.2,1, got '\(text)'")
        }
        return numbers
    }

    private func makeSchedule() throws -> StepSchedule {
        switch schedule {
        case "fixed": return .fixed(lr)
        case "inverse": return .inverse(lr)
        case "backtracking": return .backtracking(initial: lr)
        default: throw CommandError("unknown schedule '\(schedule)': expected fixed, inverse or backtracking")
        }
    }

    private func makeStoppingTests() throws -> [StoppingTest] {
        guard let stop else {
            if tolerance != nil { throw CommandError("--tolerance needs a stopping test: --stop gradient, objective or iterate") }
            return []
        }
        let criteria: [String: StoppingTest.Criterion] = ["gradient": .gradient, "objective": .objective, "iterate": .iterate]
        guard let criterion = criteria[stop] else {
            throw CommandError("unknown stopping test '\(stop)': expected gradient, objective or iterate")
        }
        return [StoppingTest(criterion, tolerance: tolerance ?? 1e-6)]
    }

    private func describe(_ result: DescentResult, objective: Objective, schedule: StepSchedule) -> String {
        let point = result.final.point.map { String(format: "%.6g", $0) }.joined(separator: ", ")
        let outcome: String
        switch result.stoppedBy {
        case let .diverged(k) where k != result.iterations:
            outcome = "\(result.stoppedBy) (the last finite iterate, shown, is iteration \(result.iterations))"
        case .diverged: outcome = "\(result.stoppedBy)"
        default: outcome = "\(result.stoppedBy) after \(result.iterations) iterations"
        }
        return """
            \(objective.name): f = \(objective.formula), start \(start), \(schedule)\(momentum > 0 ? ", momentum β = \(momentum)" : "")
            \(outcome)
            x = (\(point)), f = \(String(format: "%.6g", result.final.value)), ‖∇f‖ = \(String(format: "%.3g", result.final.gradientNorm)), \(result.evaluations) evaluations of f
            """
    }

    /// `{"iterations": …, "stopped_by": …, "x": […], "f": …}`, plus `diverged_at` after a divergence.
    static func json(of result: DescentResult) -> String {
        var fields = [
            "\"iterations\": \(result.iterations)",
            "\"stopped_by\": \"\(result.stoppedBy.label)\"",
            "\"x\": [\(result.final.point.map { "\($0)" }.joined(separator: ", "))]",
            "\"f\": \(result.final.value)",
        ]
        if case let .diverged(iteration) = result.stoppedBy { fields.append("\"diverged_at\": \(iteration)") }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    /// One row per iterate: `iteration,x,y,f,gradient_norm,step` (`x` alone for a 1D function).
    static func csv(of result: DescentResult, dimension: Int) -> String {
        let coordinates = dimension == 2 ? ["x", "y"] : (1...dimension).map { dimension == 1 ? "x" : "x\($0)" }
        var lines = [(["iteration"] + coordinates + ["f", "gradient_norm", "step"]).joined(separator: ",")]
        for step in result.steps {
            let fields = [String(step.iteration)] + step.point.map { "\($0)" }
                + ["\(step.value)", "\(step.gradientNorm)", "\(step.stepSize)"]
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
