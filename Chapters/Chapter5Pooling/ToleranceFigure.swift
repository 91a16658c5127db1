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
        func ratio(_ a: Double, _ b: Double) -> String { NumberFormat.string(a / b, decimals: 2) }
        return Figure(
            id: "translation-tolerance", title: "What pooling tolerates: change of the map against the shift of the digit",
            caption: "Relative change ‖m(shifted) − m(x)‖/‖m(x)‖ averaged over \(count) test digits (\(count / 10) of each), "
                + "moved d pixels to the right (circularly). A one-pixel move changes the digit by \(NumberFormat.string(one.input, decimals: 2)) "
                + "but its 2×2 max-pooled map by \(NumberFormat.string(one.maxPooled, decimals: 2)) (× \(ratio(one.maxPooled, one.input))) "
                + "and its mean-pooled map by \(NumberFormat.string(one.meanPooled, decimals: 2)); on the rectified feature maps "
                + "the ratios are × \(ratio(oneMap.maxPooled, oneMap.input)) (max) and × \(ratio(oneMap.meanPooled, oneMap.input)) (mean). "
                + "The tolerance is for moves smaller than the window: from d = 2 the pooled map itself moves by a cell. "
                + "The tests check the one-pixel relation on seeded random images.",
            source: "IFT 780, slides 141–144 and Pasco slide 23 (why pool); the measurement is beyond the slides",
            width: 940, height: 380
        ) { canvas, area in
            for ((title, curve), panel) in zip([("the digits (pixels)", pixels), ("their four rectified feature maps", responses)],
                                              area.columns(2, spacing: 30)) {
                try Panel.titled(title, on: canvas, in: panel) { rect in
                    let x = curve.map { Double($0.shift) }
                    let series = [
                        Series("input", x: x, y: curve.map(\.input), color: .gray, marker: .circle),
                        Series("2×2 max-pooled", x: x, y: curve.map(\.maxPooled), color: Role.series(0).color, marker: .square),
                        Series("2×2 mean-pooled", x: x, y: curve.map(\.meanPooled), color: Role.series(1).color, marker: .triangle),
                    ]
                    try LineChart(series: series, xLabel: "shift d (pixels)", yLabel: "relative change of the map",
                                  xRange: 0...6, legend: .bottomRight).draw(on: canvas, in: rect)
                }
            }
        }
    }
}
