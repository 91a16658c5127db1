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
        let rows = { (language: Language) in zip(configurations, histories).map { configuration, history -> [String] in
            let d = configuration.descent
            // A table cell: the decimal point in every language.
            let schedule = (d.decay == 0 ? Text.fixedSchedule : Text.decreasingSchedule)(.english, ["mu": .number(d.initialStep)])
            let error = zip(history.parameters, optimum).map { ($0 - $1) * ($0 - $1) }.reduce(0, +).squareRoot()
            return [configuration.label(language), "\(d.batchSize)", "\(history.losses.count - 1)", schedule,
                    Format.point(history.parameters, digits: 5), NumberFormat.significant(error)]
        } }
        let caption = Text.miniBatchCaption.words([
            "count": .integer(problem.count), "epochs": .integer(configurations[0].descent.epochs),
            "optimum": .point(optimum, digits: 4),
        ])
        return Figure(
            id: "sgd-minibatch-batch", title: Text.miniBatchTitle.words(), caption: caption,
            source: Text.miniBatchSource.words(), width: 980, height: 560
        ) { canvas, rect, language in
            let (top, bottom) = rect.sliceTop(rect.height - 120, spacing: 16)
            let panels = top.columns(2, spacing: 30)
            let excess = histories.map { history in history.losses.map { $0 - best } }
            try Panel.titled(Text.epochsPanel(language), on: canvas, in: panels[0]) { area in
                let series = zip(configurations, histories).enumerated().map { index, pair in
                    Series(pair.0.label(language), x: pair.1.examplesSeen.map { Double($0) / n }, y: excess[index], color: colors[index])
                }
                try LineChart(series: series, xLabel: Text.epoch(language), yLabel: "J(θ) − J(θ*)", logY: true, legend: .topRight)
                    .draw(on: canvas, in: area)
            }
            try Panel.titled(Text.examplesPanel(language), on: canvas, in: panels[1]) { area in
                let series = zip(configurations, histories).enumerated().map { index, pair in
                    Series(pair.0.label(language), x: pair.1.examplesSeen.map(Double.init), y: excess[index], color: colors[index],
                           marker: pair.0.descent.batchSize == problem.count ? .circle : nil)
                }
                try LineChart(series: series, xLabel: Text.examplesSeen(language), yLabel: "J(θ) − J(θ*)", logY: true,
                              xRange: 0...600, yRange: 1e-5...10, legend: .topRight)
                    .draw(on: canvas, in: area)
            }
            try Table(header: [Text.method(language), "B", Text.updates(language), Text.step(language),
                               Text.endParameters(language), "‖θ − θ*‖"],
                      rows: rows(language)).draw(on: canvas, in: bottom)
        }
    }
}
