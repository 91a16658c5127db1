import Foundation
import NeuralNet
import Plot

/// Figure 3: local minima — where descents from several starts land on the 1D `wavy` function
/// and on Himmelblau's function; each trajectory takes the colour of the minimum it reaches.
enum LocalMinimaFigure {
    /// The index of the known minimizer nearest to `point`.
    static func basin(of point: [Double], in objective: Objective) -> Int {
        let distances = objective.minimizers.map { m in zip(m, point).map { ($0 - $1) * ($0 - $1) }.reduce(0, +) }
        return distances.indices.min { distances[$0] < distances[$1] } ?? 0
    }

    static func make() throws -> Figure {
        let steps = GradientDescentExperiments.localMinimaStep
        let wavyRuns = try GradientDescentExperiments.localMinimaRuns(
            .wavy, starts: GradientDescentExperiments.wavyStarts.map { [$0] }, mu: steps.wavy)
        let himmelblauRuns = try GradientDescentExperiments.localMinimaRuns(
            .himmelblau, starts: GradientDescentExperiments.himmelblauStarts, mu: steps.himmelblau)
        let palette = (0..<5).map { Role.series($0).color }
        let wavyBasins = wavyRuns.map { basin(of: $0.final.point, in: .wavy) }
        let landed = Set(wavyBasins).sorted().map { index -> Words in
            let m = Objective.wavy.minimizers[index][0]
            return Text.wavyLanding.words(["x": .number(m), "f": .number(Objective.wavy.value(at: [m]))])
        }
        let caption = Text.minimaCaption.words([
            "mu": .number(steps.wavy), "starts": .integer(wavyRuns.count), "count": .integer(landed.count),
            "landed": .words(.list(landed)), "hstarts": .integer(himmelblauRuns.count),
            "hmu": .number(steps.himmelblau),
        ])
        return Figure(
            id: "local-minima", title: Text.minimaTitle.words(), caption: caption, source: Text.minimaSource.words(),
            width: 980, height: 440
        ) { canvas, rect, language in
            let panels = rect.columns(weights: [1, 1.1], spacing: 30)
            try Panel.titled(Text.wavyPanel(language), on: canvas, in: panels[0]) { area in
                let xs = (0...400).map { -7.5 + 15 * Double($0) / 400 }
                var series = [Series("f(x)", x: xs, y: xs.map { Objective.wavy.value(at: [$0]) }, color: .gray)]
                series += zip(wavyRuns, wavyBasins).map { run, basin in
                    Series("", points: run.steps.map { Point($0.point[0], $0.value) }, color: palette[basin % palette.count])
                }
                let axes = try LineChart(series: series, xLabel: "x", yLabel: "f(x)", legend: .none).draw(on: canvas, in: area)
                for (run, basin) in zip(wavyRuns, wavyBasins) {
                    let color = palette[basin % palette.count]
                    let first = run.steps[0], last = run.final
                    canvas.circle(center: axes.point(for: Point(first.point[0], first.value)), radius: 5, fill: .white,
                                  stroke: color, width: 2)
                    canvas.circle(center: axes.point(for: Point(last.point[0], last.value)), radius: 5, fill: color,
                                  stroke: .white, width: 1)
                }
                try canvas.check()
            }
            try Panel.titled(Text.himmelblauPanel(language), on: canvas, in: panels[1]) { area in
                let trajectories = himmelblauRuns.map { run in
                    Trajectory("", points: run.trajectory(),
                               color: palette[basin(of: run.final.point, in: .himmelblau) % palette.count], marksSteps: false)
                }
                var plot = ContourPlot(xRange: -5...5, yRange: -5...5, resolution: 161, levels: .logSpaced(10),
                                       trajectories: trajectories, equalAspect: true) { x, y in
                    Objective.himmelblau.value(at: [x, y])
                }
                plot.legend = .none
                plot.levelLabel = Text.levelOfJ(language)
                let axes = try plot.draw(on: canvas, in: area)
                for m in Objective.himmelblau.minimizers {
                    canvas.marker(.cross, at: axes.point(for: Point(m[0], m[1])), size: 10, color: .black)
                }
                try canvas.check()
            }
        }
    }
}
