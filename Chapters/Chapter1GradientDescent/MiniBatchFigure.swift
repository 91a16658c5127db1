import Foundation
import NeuralNet
import Plot

/// Figure 5: SGD (B = 1), mini-batch (B = 10) and batch (B = N) on the seeded linear regression:
/// the loss above the least-squares optimum against epochs and against examples seen.
enum MiniBatchFigure {
    static func make() throws -> Figure {
        let problem = try GradientDescentExperiments.regressionProblem()
        let optimum = try problem.leastSquaresSolution()
        let best = problem.loss(optimum)
        let configurations = GradientDescentExperiments.regressionRuns
        let histories = try configurations.map { try $0.descent.train(problem) }
        let colors = [Role.series(2), Role.series(0), Role.series(1)].map(\.color)
        let n = Double(problem.count)
        let rows = zip(configurations, histories).map { configuration, history -> [String] in
            let d = configuration.descent
            let schedule = d.decay == 0 ? "μ = \(d.initialStep)" : "μ₀/e, μ₀ = \(d.initialStep)"
            let error = zip(history.parameters, optimum).map { ($0 - $1) * ($0 - $1) }.reduce(0, +).squareRoot()
            return [configuration.label, "\(d.batchSize)", "\(history.losses.count - 1)", schedule,
                    Format.point(history.parameters, digits: 5), NumberFormat.significant(error)]
        }
        let caption = "Linear regression y = 2x₁ − 3x₂ + 0.5 + 0.5ε on \(problem.count) seeded examples, loss "
            + "J(θ) = 1/(2N) Σ (ŷ − y)², trained from θ = 0 for \(configurations[0].descent.epochs) epochs with the deck's "
            + "general algorithm (shuffle each epoch, split into mini-batches — IFT 780 uses 2 to 32 —, "
            + "θ ← θ − (μ_e/#B) Σ (ŷ − y)(x, 1)). "
            + "Curves show J(θ) − J(θ*) after every update, θ* the least-squares solution "
            + "\(Format.point(optimum, digits: 4)) from the normal equations. SGD and mini-batches use the decreasing "
            + "step μ_e = μ₀/e (IFT 780's η = cst/k, counted in epochs): each of their updates follows the gradient of one or ten examples, so their curves are "
            + "noisy, and the noise shrinks as μ_e does. The full batch "
            + "takes one exact gradient step per epoch, so it needs no decay and converges linearly — but per example "
            + "seen it is the slowest at first. All three end within 10⁻³ of θ* (the tests' tolerance)."
        return Figure(
            id: "sgd-minibatch-batch", title: "SGD, mini-batch and batch gradient descent on a least-squares problem",
            caption: caption, source: "Apprentissage profond ≈ slides 39–41, 48–51; IFT 780 slides 6–9, 17",
            width: 980, height: 560
        ) { canvas, rect in
            let (top, bottom) = rect.sliceTop(rect.height - 120, spacing: 16)
            let panels = top.columns(2, spacing: 30)
            let excess = histories.map { history in history.losses.map { $0 - best } }
            try Panel.titled("J(θ) − J(θ*) against epochs", on: canvas, in: panels[0]) { area in
                let series = zip(configurations, histories).enumerated().map { index, pair in
                    Series(pair.0.label, x: pair.1.examplesSeen.map { Double($0) / n }, y: excess[index], color: colors[index])
                }
                try LineChart(series: series, xLabel: "epoch", yLabel: "J(θ) − J(θ*)", logY: true, legend: .topRight)
                    .draw(on: canvas, in: area)
            }
            try Panel.titled("J(θ) − J(θ*) against examples seen (first 600)", on: canvas, in: panels[1]) { area in
                let series = zip(configurations, histories).enumerated().map { index, pair in
                    Series(pair.0.label, x: pair.1.examplesSeen.map(Double.init), y: excess[index], color: colors[index],
                           marker: pair.0.descent.batchSize == problem.count ? .circle : nil)
                }
                try LineChart(series: series, xLabel: "examples seen", yLabel: "J(θ) − J(θ*)", logY: true,
                              xRange: 0...600, yRange: 1e-5...10, legend: .topRight)
                    .draw(on: canvas, in: area)
            }
            try Table(header: ["method", "B", "updates", "step", "θ = (w₁, w₂, b) at the end", "‖θ − θ*‖"],
                      rows: rows).draw(on: canvas, in: bottom)
        }
    }
}
