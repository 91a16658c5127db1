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
        let rows = { (language: Language) in runs.map { run -> [String] in
            let result = run.result
            let distance = hypot(result.final.point[0] - 1, result.final.point[1] - 1)
            return [run.label(language), "\(result.iterations)", "\(result.evaluations)", result.stoppedBy.words(language),
                    Format.point(result.final.point), NumberFormat.significant(result.final.value), NumberFormat.significant(distance)]
        } }
        let fixed = runs[0].result
        let line = runs[1].result.steps
        let jump = zip(line, line.dropFirst()).max { a, b in
            hypot(a.1.point[0] - a.0.point[0], a.1.point[1] - a.0.point[1])
                < hypot(b.1.point[0] - b.0.point[0], b.1.point[1] - b.0.point[1])
        }
        let caption = Words.concatenation(Text.rosenbrockCaption.words([
            "end": .point(fixed.final.point), "j": .number(fixed.final.value),
            "beta": .number(GradientDescentExperiments.rosenbrockMomentum), "tolerance": .number(tolerance),
        ]), jump.map {
            Text.rosenbrockJump.words(["k": .integer($0.1.iteration), "t": .number($0.1.stepSize),
                                       "before": .number($0.0.value), "after": .number($0.1.value)])
        } ?? .same(""), Text.rosenbrockEnd.words())
        return Figure(
            id: "rosenbrock-pathological", title: Text.rosenbrockTitle.words(), caption: caption,
            source: Text.rosenbrockSource.words(), width: 980, height: 600
        ) { canvas, rect, language in
            let (top, bottom) = rect.sliceTop(rect.height - 120, spacing: 16)
            let panels = top.columns(weights: [1.2, 1], spacing: 30)
            try Panel.titled(Text.rosenbrockPanel(language), on: canvas, in: panels[0]) { area in
                let trajectories = zip(runs, colors).enumerated().map { index, pair in
                    Trajectory(pair.0.label(language), points: pair.0.result.trajectory(stride: index == 0 ? 50 : 1),
                               color: pair.1, marksSteps: index != 2)
                }
                var plot = ContourPlot(xRange: -1.6...1.6, yRange: -0.6...1.6, resolution: 201, levels: .logSpaced(12),
                                       trajectories: trajectories) { x, y in Objective.rosenbrock.value(at: [x, y]) }
                plot.legend = .bottomRight
                plot.levelLabel = Text.levelOfJ(language)
                plot.startEndLabel = Text.startEnd(language)
                plot.equalAspect = true
                try plot.draw(on: canvas, in: area)
            }
            try Panel.titled(Text.bowlValuePanel(language), on: canvas, in: panels[1]) { area in
                let series = zip(runs, colors).map { run, color in
                    Series(run.label(language), points: run.result.valueCurve, color: color)
                }
                try LineChart(series: series, xLabel: Text.iterationK(language), yLabel: "J(θ(k))", logY: true, legend: .bottomLeft)
                    .draw(on: canvas, in: area)
            }
            try Table(header: [Text.method(language), Text.iterations(language), Text.evaluations(language),
                               Text.stoppedBy(language), Text.endPoint(language), "J", Text.distanceToMinimum(language)],
                      rows: rows(language), rowRoles: [0: .explained]).draw(on: canvas, in: bottom)
        }
    }
}
