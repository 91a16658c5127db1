import Foundation
import NeuralNet
import Plot

/// Figure 6: the deck's table of activations and derivatives, drawn from the code.
enum ActivationFigure {
    /// The leaky ReLU is drawn with slope 0.1 so that its left half can be told from ReLU's.
    static let shown: [Activation] = [.sigmoid, .tanh, .relu, .leakyReLU(slope: 0.1)]

    static func make() throws -> Figure {
        let z = (0...400).map { -4 + Double($0) / 50 }
        let points = BackpropagationExamples.activationPoints
        let derivatives = { (activation: Activation, digits: Int) in
            TextValue.words(.list(points.map { z in
                Words { NumberFormat.prose(NumberFormat.significant(activation.derivative(z), digits: digits), in: $0) }
            }))
        }
        let caption = Text.activationsCaption.words([
            "sigmoid": derivatives(.sigmoid, 4), "tanh": derivatives(.tanh, 4), "relu": derivatives(.relu, 3),
        ])
        return Figure(
            id: "activations-and-derivatives", title: Text.activationsTitle.words(), caption: caption,
            source: Text.activationsSource.words(), width: 1000, height: 330
        ) { canvas, rect, _ in
            for (panel, activation) in zip(rect.columns(shown.count, spacing: 16), shown) {
                try Panel.titled(activation.name, on: canvas, in: panel) { area in
                    let (formulas, chart) = area.sliceTop(2 * FontSize.number * 1.5, spacing: 4)
                    canvas.text(activation.formula, at: Point(formulas.midX, formulas.minY), size: FontSize.number,
                                align: .center, baseline: .top)
                    canvas.text(activation.derivativeFormula, at: Point(formulas.midX, formulas.minY + FontSize.number * 1.5),
                                size: FontSize.number, align: .center, baseline: .top)
                    let value = Series("σ(z)", x: z, y: z.map(activation.value), color: Role.series(0).color)
                    let derivative = Series("σ′(z)", x: z, y: z.map(activation.derivative), color: Role.series(2).color, dash: [5, 3])
                    let bounded = activation == .sigmoid || activation == .tanh
                    let axes = try LineChart(series: [value, derivative], xLabel: "z", yLabel: "",
                                             yRange: bounded ? -1.1...1.1 : -0.5...4, legend: .topLeft)
                        .draw(on: canvas, in: chart)
                    for point in points {
                        canvas.marker(.circle, at: axes.point(for: Point(point, activation.derivative(point))), size: 6,
                                      color: Role.series(2).color)
                    }
                }
            }
        }
    }
}
