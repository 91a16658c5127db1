import NeuralNet
import Plot
import Tensors

/// Figure 4: translation tolerance measured — the change of a map against the shift of the
/// digit, for the input, its 2×2 max-pooled and its 2×2 mean-pooled maps (``TranslationTolerance``).
enum ToleranceFigure {
    /// The shifts d of the chart, in pixels.
    static let shifts = Array(0...6)

    static func figure(_ digits: DigitPooling) throws -> Figure {
        let count = digits.digits.shape[0]
        let pixels = try TranslationTolerance.curve(digits.digits, shifts: shifts)
        let maps = try Tensor<Double>.stacked((0..<count).map { try digits.featureMaps($0) })
        let responses = try TranslationTolerance.curve(maps.reshaped([count * 4, 26, 26]), shifts: shifts)
        let one = pixels[1], oneMap = responses[1]
        func fixed(_ value: Double) -> TextValue { .fixed(value, decimals: 2) }
        return Figure(
            id: "translation-tolerance", title: Text.toleranceTitle.words(),
            caption: Text.toleranceCaption.words([
                "count": .integer(count), "each": .integer(count / 10), "input": fixed(one.input), "max": fixed(one.maxPooled),
                "maxRatio": fixed(one.maxPooled / one.input), "mean": fixed(one.meanPooled),
                "mapMax": fixed(oneMap.maxPooled / oneMap.input), "mapMean": fixed(oneMap.meanPooled / oneMap.input),
            ]),
            source: Text.toleranceSource.words(), width: 940, height: 380
        ) { canvas, area, language in
            for ((title, curve), panel) in zip([(Text.digitsPanel, pixels), (.mapsPanel, responses)], area.columns(2, spacing: 30)) {
                try Panel.titled(title(language), on: canvas, in: panel) { rect in
                    let x = curve.map { Double($0.shift) }
                    let series = [
                        Series(Text.input(language), x: x, y: curve.map(\.input), color: .gray, marker: .circle),
                        Series(Text.maxPooled(language), x: x, y: curve.map(\.maxPooled), color: Role.series(0).color, marker: .square),
                        Series(Text.meanPooled(language), x: x, y: curve.map(\.meanPooled), color: Role.series(1).color, marker: .triangle),
                    ]
                    try LineChart(series: series, xLabel: Text.shiftAxis(language), yLabel: Text.changeAxis(language),
                                  xRange: 0...6, legend: .bottomRight).draw(on: canvas, in: rect)
                }
            }
        }
    }
}
