import Foundation
import NeuralNet
import Plot

/// Figure 4: the gradient-check table — every block's backward pass against central differences.
enum GradientCheckFigure {
    static func make() throws -> Figure {
        let checks = try GradientCheckCases.table(seed: 1)
        let rows = { (language: Language) in checks.map { row -> [String] in
            let largest = row.comparison.analytic.scalars.map(abs).max() ?? 0
            let difference = zip(row.comparison.analytic.scalars, row.comparison.numerical.scalars)
                .map { abs($0 - $1) }.max() ?? 0
            return [language == .french ? Text.frenchCell(row.block) : row.block, row.gradient, "\(row.count)", NumberFormat.significant(largest, trailingZeros: true),
                    NumberFormat.significant(difference, trailingZeros: true),
                    NumberFormat.significant(row.comparison.relativeError, digits: 2, trailingZeros: true)]
        } }
        let worst = checks.map(\.comparison.relativeError).max() ?? 0
        return Figure(
            id: "gradient-checks", title: Text.checksTitle.words(),
            caption: Text.checksCaption.words(["worst": .number(worst, digits: 2)]), source: Text.checksSource.words(),
            width: 1000, height: Double(checks.count + 1) * FontSize.number * 1.9 + 10
        ) { canvas, rect, language in
            try Table(header: [Text.block, .gradient, .coordinates, .maxAnalytic, .maxDifference, .relativeError].map { $0(language) },
                      rows: rows(language), fontSize: FontSize.number).draw(on: canvas, in: rect)
        }
    }
}
