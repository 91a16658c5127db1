import Foundation
import NeuralNet
import Plot

/// Figure 4: the gradient-check table — every block's backward pass against central differences.
enum GradientCheckFigure {
    static func make() throws -> Figure {
        let checks = try GradientCheckCases.table(seed: 1)
        let rows = checks.map { row -> [String] in
            let largest = row.comparison.analytic.scalars.map(abs).max() ?? 0
            let difference = zip(row.comparison.analytic.scalars, row.comparison.numerical.scalars)
                .map { abs($0 - $1) }.max() ?? 0
            return [row.block, row.gradient, "\(row.count)", NumberFormat.significant(largest, trailingZeros: true),
                    NumberFormat.significant(difference, trailingZeros: true),
                    NumberFormat.significant(row.comparison.relativeError, digits: 2, trailingZeros: true)]
        }
        let worst = checks.map(\.comparison.relativeError).max() ?? 0
        let caption = "Each backward pass of the chapter, in Double, against the central differences "
            + "(J(θ + h eᵢ) − J(θ − h eᵢ))/2h with h = 10⁻⁶, one coordinate at a time, on seeded random inputs (seed 1). "
            + "A layer or activation y = f(x) is checked through J = Σ rᵢyᵢ for a random r, whose gradient is exactly "
            + "backward(r); a loss through its δ = ∂J/∂z; a network through all its weights and biases at once. "
            + "Relative error = ‖analytic − numerical‖ / max(‖analytic‖, ‖numerical‖, 10⁻²) (the floor keeps a zero gradient "
            + "from dividing rounding noise by zero); the largest here is "
            + "\(NumberFormat.significant(worst, digits: 2)), the rounding of the differences (a wrong gradient gives 10⁻² or more). "
            + "The tests run the same checks on many random sizes and seeds with the bound 10⁻⁷. Activations are "
            + "checked at least 0.05 away from ReLU's kink at 0."
        return Figure(
            id: "gradient-checks", title: "Gradient checks: analytic backward passes against central differences",
            caption: caption, source: "Apprentissage profond ≈ slides 44–61 (the δ rules); the method is cs231n's",
            width: 1000, height: Double(rows.count + 1) * FontSize.number * 1.9 + 10
        ) { canvas, rect in
            try Table(header: ["block", "gradient", "coordinates", "max |analytic|", "max |difference|", "relative error"],
                      rows: rows, fontSize: FontSize.number).draw(on: canvas, in: rect)
        }
    }
}
