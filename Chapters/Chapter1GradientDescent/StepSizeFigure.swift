import NeuralNet
import Plot

/// Figure 1: the bowl x² + 10y² with four fixed steps — too small, good, at the limit 2/L,
/// too large — as trajectories on its contours and as J against the iteration.
enum StepSizeFigure {
    static func make() throws -> Figure {
        let runs = try GradientDescentExperiments.bowlRuns()
        let colors = (0..<4).map { Role.series($0).color }
        let start = GradientDescentExperiments.bowlStart
        let j0 = Objective.bowl.value(at: start)
        let outcome = zip(GradientDescentExperiments.bowlSteps, runs).map { step, run -> Words in
            if case .diverged = run.result.stoppedBy { return Text.bowlDivergedOutcome.words(["mu": .number(step.mu), "reason": .words(run.result.stoppedBy.words)])
            }
            return Text.bowlOutcome.words(["mu": .number(step.mu), "j": .number(run.result.final.value)])
        }
        let caption = Text.bowlCaption.words([
            "start": .point(start, digits: 3), "iterations": .integer(GradientDescentExperiments.bowlIterations),
            "y0": .number(start[1]), "outcomes": .words(.list(outcome, english: "; ")),
        ])
        return Figure(
            id: "bowl-step-sizes", title: Text.bowlTitle.words(), caption: caption, source: Text.bowlSource.words(),
            width: 1180, height: 430
        ) { canvas, rect, language in
            let panels = rect.columns(weights: [2.1, 1], spacing: 30)
            try Panel.titled(Text.bowlContourPanel(language), on: canvas, in: panels[0]) { area in
                // A divergent run leaves the picture within a few steps: draw it up to its first
                // iterate outside, so that the others stay visible.
                let trajectories = zip(runs, colors).map { run, color in
                    let points = run.result.trajectory()
                    let inside = points.prefix { abs($0.y) <= 3.5 }.count
                    return Trajectory(run.label(language), points: Array(points.prefix(inside + 1)), color: color)
                }
                var plot = ContourPlot(xRange: -9...9, yRange: -3.5...3.5, resolution: 121,
                                       levels: .values([1, 5, 15, 30, 50, 75, j0, 140]),
                                       trajectories: trajectories) { x, y in Objective.bowl.value(at: [x, y]) }
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
        }
    }
}
