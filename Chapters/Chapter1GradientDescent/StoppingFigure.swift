import Foundation
import NeuralNet
import Plot

/// Figure 4: the stopping tests of slide 32 on one run (the deck's Rosenbrock descent): where each
/// stops it, in a chart and a table.
enum StoppingFigure {
    static func make() throws -> Figure {
        let runs = try GradientDescentExperiments.stoppingRuns()
        let full = runs[runs.count - 1].result
        let rows = runs.enumerated().map { index, run -> [String] in
            let test = run.test
            let end = run.result.final
            return ["\(index + 1)", test?.criterion.rawValue.replacingOccurrences(of: "_", with: " ") ?? "iteration cap",
                    test?.criterion.formula ?? "k = K", test.map { NumberFormat.significant($0.tolerance) } ?? "K = 10,000",
                    "\(run.result.iterations)", Format.point(end.point, digits: 4), NumberFormat.significant(end.value),
                    NumberFormat.significant(hypot(end.point[0] - 1, end.point[1] - 1))]
        }
        let early = runs[1].result
        let caption = "The same run — Rosenbrock from (−1.2, 1), μ = 10⁻³ — stopped by each test of the slide in turn "
            + "(denominators max{1, ·}). With a fixed step ‖θ(k) − θ(k−1)‖ = μ‖∇J(θ(k−1))‖, so the iterate test at ε "
            + "acts like the gradient test at ε/μ (rows 1 and 5: k = \(runs[0].result.iterations) and \(runs[4].result.iterations)); "
            + "once |J| < 1 the relative objective test is the absolute one (rows 3 and 4: k = \(runs[2].result.iterations) "
            + "and \(runs[3].result.iterations)). A loose objective test (row 2) stops after "
            + "\(early.iterations) iterations on the first flat stretch, "
            + "\(NumberFormat.significant(hypot(early.final.point[0] - 1, early.final.point[1] - 1))) "
            + "from the minimum: small changes do not mean a minimum. No test tells the distance to the minimum."
        return Figure(
            id: "stopping-tests", title: "Stopping tests: the same descent, stopped by each rule of the slide",
            caption: caption, source: "Apprentissage profond ≈ slide 32 (\"tests d'arrêt\"), on the run of slides 34–35",
            width: 980, height: 620
        ) { canvas, rect in
            let (top, bottom) = rect.sliceTop(rect.height - 200, spacing: 14)
            let axes = try LineChart(series: [Series("J(θ(k)), μ = 10⁻³", points: full.valueCurve, color: .gray)],
                                     xLabel: "iteration k", yLabel: "J(θ(k))", logY: true, legend: .none)
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
            try Table(header: ["", "test", "quantity < ε", "ε", "stops at k", "θ(k)", "J(θ(k))", "‖θ(k) − (1, 1)‖"],
                      rows: rows, rowRoles: [1: .invalid], fontSize: FontSize.number).draw(on: canvas, in: bottom)
        }
    }
}
