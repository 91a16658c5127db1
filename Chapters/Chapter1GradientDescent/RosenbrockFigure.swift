import Foundation
import NeuralNet
import Plot

/// Figure 2: the deck's pathological case — Rosenbrock with μ = 10⁻³ for 10,000 iterations —
/// against an Armijo line search and momentum.
enum RosenbrockFigure {
    static func make() throws -> Figure {
        let runs = try GradientDescentExperiments.rosenbrockRuns()
        let colors = [Role.series(2), Role.series(0), Role.series(1)].map(\.color)
        let tolerance = GradientDescentExperiments.rosenbrockGradientTolerance
        let rows = runs.map { run -> [String] in
            let result = run.result
            let distance = hypot(result.final.point[0] - 1, result.final.point[1] - 1)
            return [run.label, "\(result.iterations)", "\(result.evaluations)", result.stoppedBy.label,
                    Format.point(result.final.point), NumberFormat.significant(result.final.value), NumberFormat.significant(distance)]
        }
        let fixed = runs[0].result
        let line = runs[1].result.steps
        let jump = zip(line, line.dropFirst()).max { a, b in
            hypot(a.1.point[0] - a.0.point[0], a.1.point[1] - a.0.point[1])
                < hypot(b.1.point[0] - b.0.point[0], b.1.point[1] - b.0.point[1])
        }
        let caption = "The deck's \"cas pathologique\" (\"iter.max = 10K, μ = 10⁻³\"): from (−1.2, 1) the iterates fall into the curved valley y = x² within a few steps, then crawl "
            + "along it: after the deck's 10,000 iterations at μ = 10⁻³ the fixed step is at "
            + "\(Format.point(fixed.final.point)) with J = \(NumberFormat.significant(fixed.final.value)), still short of the "
            + "minimum (1, 1). A backtracking line search (slide 33's \"pas variable par recherche linéaire\"; Armijo: try t = 1, 1/2, 1/4, … until "
            + "J(θ − t∇J) ≤ J(θ) − 0.3·t·‖∇J‖²) and momentum (β = \(GradientDescentExperiments.rosenbrockMomentum), "
            + "same μ) both reach ‖∇J‖ < \(NumberFormat.significant(tolerance)). "
            + (jump.map { "The line search's long jump (iteration \($0.1.iteration), t = \(NumberFormat.significant($0.1.stepSize))) "
                + "is a legitimate step: Armijo asks only for enough decrease, and J falls from "
                + "\(NumberFormat.significant($0.0.value)) to \(NumberFormat.significant($0.1.value)) across the valley. " } ?? "")
            + "Trajectories show every iterate "
            + "(every 50th for the fixed step); evaluations count J's line-search trials."
        return Figure(
            id: "rosenbrock-pathological",
            title: "The pathological case: Rosenbrock with μ = 10⁻³ and 10K iterations, against backtracking and momentum",
            caption: caption, source: "Apprentissage profond ≈ slides 33–35; momentum: beyond the slides",
            width: 980, height: 600
        ) { canvas, rect in
            let (top, bottom) = rect.sliceTop(rect.height - 120, spacing: 16)
            let panels = top.columns(weights: [1.2, 1], spacing: 30)
            try Panel.titled("Iterates on the contours of (1 − x)² + 100(y − x²)²", on: canvas, in: panels[0]) { area in
                let trajectories = zip(runs, colors).enumerated().map { index, pair in
                    Trajectory(pair.0.label, points: pair.0.result.trajectory(stride: index == 0 ? 50 : 1),
                               color: pair.1, marksSteps: index != 2)
                }
                var plot = ContourPlot(xRange: -1.6...1.6, yRange: -0.6...1.6, resolution: 201, levels: .logSpaced(12),
                                       trajectories: trajectories) { x, y in Objective.rosenbrock.value(at: [x, y]) }
                plot.legend = .bottomRight
                plot.levelLabel = "level of J(x, y)"
                plot.equalAspect = true
                try plot.draw(on: canvas, in: area)
            }
            try Panel.titled("J(θ(k)) against k (log scale)", on: canvas, in: panels[1]) { area in
                let series = zip(runs, colors).map { run, color in Series(run.label, points: run.result.valueCurve, color: color) }
                try LineChart(series: series, xLabel: "iteration k", yLabel: "J(θ(k))", logY: true, legend: .bottomLeft)
                    .draw(on: canvas, in: area)
            }
            try Table(header: ["method", "iterations", "evaluations", "stopped by", "end point", "J", "distance to (1, 1)"],
                      rows: rows, rowRoles: [0: .explained]).draw(on: canvas, in: bottom)
        }
    }
}
