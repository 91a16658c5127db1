import Foundation
import NeuralNet
import Plot
import Tensors

/// Figure 3: universal approximation — sin(2πx) fitted by one hidden layer of 2, 5 and 20 tanh
/// units, and the error of each.
enum ApproximationFigure {
    static func make(epochs: Int) throws -> Figure {
        let fits = try UniversalApproximation.widths.map { try UniversalApproximation.fit(hidden: $0, epochs: epochs) }
        let grid = UniversalApproximation.grid
        let colors = [Role.series(2), Role.series(0), Role.series(1)].map(\.color)
        var series = [Series("sin(2πx)", x: grid, y: grid.map(ToyProblem.sineTarget), color: .black, dash: [5, 4])]
        for (fit, color) in zip(fits, colors) {
            let y = try fit.model.predict(Tensor(shape: [grid.count, 1], scalars: grid)).scalars
            series.append(Series("\(fit.hidden) hidden units", x: grid, y: y, color: color))
        }
        let rows = fits.map { fit in
            ["\(fit.hidden)", "\(fit.model.parameterCount)", NumberFormat.significant(fit.rmse, trailingZeros: true),
             "\(fit.seed)", NumberFormat.significant(fit.history[fit.history.count - 1].loss, trailingZeros: true)]
        }
        let data = try ToyProblem.sine.dataSet(examples: 32)
        let caption = "One hidden layer of tanh units and an identity output, f(x) = Σᵢ αᵢ tanh(wᵢx + wᵢ₀) + b — the form of "
            + "the universal approximation theorem —, trained on 32 evenly spaced samples of sin(2πx) on [−1, 1] (squared "
            + "error, full batch, Adam μ = 0.02, \(epochs) epochs, best of seeds 1–3). The theorem promises that enough units "
            + "approximate any continuous function; it does not say how many. Measured here: two units draw two smooth steps "
            + "and miss the two periods (RMSE \(NumberFormat.significant(fits[0].rmse))), five follow the waves "
            + "(\(NumberFormat.significant(fits[1].rmse))), twenty fit them closely (\(NumberFormat.significant(fits[2].rmse))). RMSE is "
            + "measured against sin(2πx) on 201 points of [−1, 1], between the training samples too."
        return Figure(
            id: "universal-approximation", title: "Universal approximation: one hidden layer of 2, 5 and 20 units on sin(2πx)",
            caption: caption, source: "Apprentissage profond ≈ slide 20 (Cybenko 1989, Hornik 1991); the function and widths are ours",
            width: 1000, height: 430
        ) { canvas, rect in
            let (chart, side) = rect.sliceRight(390, spacing: 24)
            let axes = try LineChart(series: series, xLabel: "x", yLabel: "f(x)", yRange: -1.5...1.5, legend: .bottomLeft)
                .draw(on: canvas, in: chart)
            for i in 0..<data.inputs.shape[0] {
                canvas.marker(.circle, at: axes.point(for: Point(data.inputs[i, 0], data.targets[i, 0])), size: 5,
                              color: .gray)
            }
            try Panel.titled("error against the number of hidden units", on: canvas, in: side.inset(top: 60)) { area in
                try Table(header: ["units", "parameters", "RMSE", "seed", "final J"], rows: rows).draw(on: canvas, in: area)
            }
        }
    }
}
