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
        let predictions = try fits.map { try $0.model.predict(Tensor(shape: [grid.count, 1], scalars: grid)).scalars }
        let series = { (language: Language) in
            [Series("sin(2πx)", x: grid, y: grid.map(ToyProblem.sineTarget), color: .black, dash: [5, 4])]
                + zip(zip(fits, predictions), colors).map { pair, color in
                    Series(Text.hiddenUnits(language, ["k": .integer(pair.0.hidden)]), x: grid, y: pair.1, color: color)
                }
        }
        let rows = fits.map { fit in
            ["\(fit.hidden)", "\(fit.model.parameterCount)", NumberFormat.significant(fit.rmse, trailingZeros: true),
             "\(fit.seed)", NumberFormat.significant(fit.history[fit.history.count - 1].loss, trailingZeros: true)]
        }
        let data = try ToyProblem.sine.dataSet(examples: 32)
        let caption = Text.approximationCaption.words([
            "epochs": .integer(epochs), "rmse2": .number(fits[0].rmse), "rmse5": .number(fits[1].rmse),
            "rmse20": .number(fits[2].rmse),
        ])
        return Figure(
            id: "universal-approximation", title: Text.approximationTitle.words(), caption: caption,
            source: Text.approximationSource.words(), width: 1000, height: 430
        ) { canvas, rect, language in
            let (chart, side) = rect.sliceRight(390, spacing: 24)
            let axes = try LineChart(series: series(language), xLabel: "x", yLabel: "f(x)", yRange: -1.5...1.5, legend: .bottomLeft)
                .draw(on: canvas, in: chart)
            for i in 0..<data.inputs.shape[0] {
                canvas.marker(.circle, at: axes.point(for: Point(data.inputs[i, 0], data.targets[i, 0])), size: 5,
                              color: .gray)
            }
            try Panel.titled(Text.errorPanel(language), on: canvas, in: side.inset(top: 60)) { area in
                try Table(header: [Text.units(language), Text.parameters(language), "RMSE", Text.seed(language),
                                   Text.finalJ(language)], rows: rows).draw(on: canvas, in: area)
            }
        }
    }
}
