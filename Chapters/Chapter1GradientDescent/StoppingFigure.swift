import Foundation
import NeuralNet
import Plot

/// Figure 4: the stopping tests of slide 32 on one run (the deck's Rosenbrock descent): where each
/// stops it, in a chart and a table.
enum StoppingFigure {
    static func make() throws -> Figure {
        let runs = try GradientDescentExperiments.stoppingRuns()
        let full = runs[runs.count - 1].result
        let rows = { (language: Language) in runs.enumerated().map { index, run -> [String] in
            let test = run.test
            let end = run.result.final
            return ["\(index + 1)", test?.criterion.name(language) ?? Text.iterationCap(language),
                    test?.criterion.formula ?? "k = K", test.map { NumberFormat.significant($0.tolerance) } ?? "K = 10,000",
                    "\(run.result.iterations)", Format.point(end.point, digits: 4), NumberFormat.significant(end.value),
                    NumberFormat.significant(hypot(end.point[0] - 1, end.point[1] - 1))]
        } }
        let early = runs[1].result
        let caption = Text.stoppingCaption.words([
            "k1": .integer(runs[0].result.iterations), "k5": .integer(runs[4].result.iterations),
            "k3": .integer(runs[2].result.iterations), "k4": .integer(runs[3].result.iterations),
            "early": .integer(early.iterations),
            "distance": .number(hypot(early.final.point[0] - 1, early.final.point[1] - 1)),
        ])
        return Figure(
            id: "stopping-tests", title: Text.stoppingTitle.words(), caption: caption, source: Text.stoppingSource.words(),
            width: 980, height: 620
        ) { canvas, rect, language in
            let (top, bottom) = rect.sliceTop(rect.height - 200, spacing: 14)
            let axes = try LineChart(series: [Series(Text.stoppingCurve(language), points: full.valueCurve, color: .gray)],
                                     xLabel: Text.iterationK(language), yLabel: "J(θ(k))", logY: true, legend: .none)
                .draw(on: canvas, in: top)
            // One marker per stop, labelled with the table's rows that stop there (or within 1 % of
            // the axis: 9085 and 9086 would print on top of each other).
            var groups: [[Int]] = []
            for index in runs.indices.sorted(by: { runs[$0].result.iterations < runs[$1].result.iterations }) {
                if let last = groups.last?.last, runs[index].result.iterations - runs[last].result.iterations < 100 {
                    groups[groups.count - 1].append(index)
                } else {
                    groups.append([index])
                }
            }
            for indices in groups {
                let end = runs[indices[0]].result.final
                let p = axes.point(for: Point(Double(end.iteration), end.value))
                let premature = indices.contains(1), cap = indices.contains(runs.count - 1)
                let color = premature ? Role.invalid.color : cap ? Color.black : Role.series(0).color
                canvas.marker(cap ? .cross : .circle, at: p, size: 11, color: color)
                canvas.text(indices.sorted().map { "\($0 + 1)" }.joined(separator: ", "), at: Point(p.x + 4, p.y - 8),
                            size: FontSize.label, style: .bold, color: color, align: .left, baseline: .bottom)
            }
            try canvas.check()
            try Table(header: ["", Text.test(language), Text.quantity(language), "ε", Text.stopsAt(language), "θ(k)", "J(θ(k))",
                               "‖θ(k) − (1, 1)‖"],
                      rows: rows(language), rowRoles: [1: .invalid], fontSize: FontSize.number).draw(on: canvas, in: bottom)
        }
    }
}
