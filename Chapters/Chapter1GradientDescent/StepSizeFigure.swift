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
        let outcome = zip(GradientDescentExperiments.bowlSteps, runs).map { step, run in
            if case .diverged = run.result.stoppedBy { return "μ = \(step.mu) \(run.result.stoppedBy)" }
            return "μ = \(step.mu) ends at J = \(NumberFormat.significant(run.result.final.value))"
        }
        let caption = "Fixed-step gradient descent on x² + 10y² from \(Format.point(start, digits: 3)), "
            + "\(GradientDescentExperiments.bowlIterations) iterations. The curvatures are 2 and 20, so ∇J is "
            + "L-Lipschitz with L = 20 and the iterates follow xₖ = (1 − 2μ)ᵏ x₀, yₖ = (1 − 20μ)ᵏ y₀: "
            + "below μ = 2/L = 0.1 both factors shrink, at 0.1 the y factor is −1 and y flips between ±\(NumberFormat.significant(start[1])) "
            + "forever, above it |1 − 20μ| > 1 and the descent diverges (reported, not crashed: it stops when J passes "
            + "10⁶ × J(θ₀); its trajectory is drawn up to its first iterate outside the frame). " + outcome.joined(separator: "; ") + "."
        return Figure(
            id: "bowl-step-sizes", title: "Step size on an ill-conditioned bowl: too small, good, at the limit, divergent",
            caption: caption, source: "Apprentissage profond ≈ slides 33–34 (choice of μ, \"L-Lipschitz\")",
            width: 1180, height: 430
        ) { canvas, rect in
            let panels = rect.columns(weights: [2.1, 1], spacing: 30)
            try Panel.titled("Trajectories on the contours of J(x, y) = x² + 10y²", on: canvas, in: panels[0]) { area in
                // A divergent run leaves the picture within a few steps: draw it up to its first
                // iterate outside, so that the others stay visible.
                let trajectories = zip(runs, colors).map { run, color in
                    let points = run.result.trajectory()
                    let inside = points.prefix { abs($0.y) <= 3.5 }.count
                    return Trajectory(run.label, points: Array(points.prefix(inside + 1)), color: color)
                }
                var plot = ContourPlot(xRange: -9...9, yRange: -3.5...3.5, resolution: 121,
                                       levels: .values([1, 5, 15, 30, 50, 75, j0, 140]),
                                       trajectories: trajectories) { x, y in Objective.bowl.value(at: [x, y]) }
                plot.legend = .bottomRight
                plot.levelLabel = "level of J(x, y)"
                plot.equalAspect = true
                try plot.draw(on: canvas, in: area)
            }
            try Panel.titled("J(θ(k)) against k (log scale)", on: canvas, in: panels[1]) { area in
                let series = zip(runs, colors).map { run, color in
                    Series(run.label, points: run.result.valueCurve, color: color)
                }
                try LineChart(series: series, xLabel: "iteration k", yLabel: "J(θ(k))", logY: true, legend: .bottomLeft)
                    .draw(on: canvas, in: area)
            }
        }
    }
}
