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
        let caption = "Each activation σ(z) (solid) and its derivative σ′(z) (dashed) as the library's activations "
            + "compute them, with the formulas of the deck's table. The dots are the worked "
            + "example of the deck (z = −2, −0.5, 0, 0.5, 2) on σ′: σ′ = "
            + points.map { NumberFormat.significant(Activation.sigmoid.derivative($0), digits: 4) }.joined(separator: ", ")
            + "; tanh′ = " + points.map { NumberFormat.significant(Activation.tanh.derivative($0), digits: 4) }.joined(separator: ", ")
            + "; ReLU′ = " + points.map { NumberFormat.significant(Activation.relu.derivative($0)) }.joined(separator: ", ")
            + " (0 at z = 0, as the table says). The sigmoid's derivative is at most 1/4, which is why deep sigmoid "
            + "stacks learn slowly; ReLU passes gradients unchanged where z > 0. The leaky ReLU (beyond the slides, "
            + "used by the pooling chapter) keeps a small slope for z ≤ 0: 0.1 here to be visible, 0.01 by default."
        return Figure(
            id: "activations-and-derivatives", title: "Activations and their derivatives, from the code",
            caption: caption, source: "Apprentissage profond ≈ slide 61 (\"Dérivées usuelles\")",
            width: 1000, height: 330
        ) { canvas, rect in
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
