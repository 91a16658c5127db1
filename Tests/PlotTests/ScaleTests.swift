import Testing
@testable import Plot

@Suite("Colormaps, ticks and number formats")
struct ScaleTests {
    @Test("diverging scale: 0 is white, the ends are blue and red, ±v equally light")
    func diverging() {
        let scale = ColorScale.diverging(limit: 3)
        #expect(scale.color(for: 0) == .white)
        let low = scale.color(for: -3), high = scale.color(for: 3)
        #expect(low.blue > low.red && high.red > high.blue)
        for v in [0.5, 1, 1.5, 2, 2.5, 3] {
            let difference = abs(scale.color(for: v).luminance - scale.color(for: -v).luminance)
            #expect(difference < 0.05, "luminance of ±\(v) differs by \(difference)")
        }
    }

    @Test("viridis runs from its dark purple to its yellow, the middle is its teal")
    func viridis() {
        let scale = ColorScale.sequential(10...20)
        #expect(scale.color(for: 10) == Color(hex: 0x440154))
        #expect(scale.color(for: 20) == Color(hex: 0xfde725))
        #expect(scale.color(for: 15) == Color(hex: 0x21918c))
        #expect(scale.color(for: 99) == Color(hex: 0xfde725), "clamped above")
        #expect(scale.color(for: .nan) == .lightGray)
        let luminances = stride(from: 10.0, through: 20, by: 1).map { scale.color(for: $0).luminance }
        #expect(luminances == luminances.sorted(), "lightness grows monotonically")
    }

    @Test("text is white on dark cells and black on light ones")
    func contrastingText() {
        #expect(Color(hex: 0x440154).contrastingText == .white)
        #expect(Color(hex: 0xfde725).contrastingText == .black)
        #expect(Color.white.contrastingText == .black)
    }

    @Test("nice linear ticks", arguments: [
        (0.0...1.0, [0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        (0.0...10.0, [0, 2, 4, 6, 8, 10]),
        (-3.0...7.0, [-4, -2, 0, 2, 4, 6, 8]),
        (0.013...0.087, [0, 0.02, 0.04, 0.06, 0.08, 0.1]),
        (120.0...980.0, [0, 200, 400, 600, 800, 1000]),
    ])
    func linearTicks(range: ClosedRange<Double>, expected: [Double]) {
        #expect(Ticks.linear(range).values == expected)
    }

    @Test("ticks inside a range stay inside it; log ticks are powers of the base (10, or 2)")
    func insideAndLog() {
        #expect(Ticks.inside(-2.5...2.5).values == [-2, -1, 0, 1, 2])
        #expect(Ticks.logarithmic(0.003...20).values == [0.001, 0.01, 0.1, 1, 10, 100])
        #expect(Ticks.logarithmic(1...256, base: 2).values == [1, 2, 4, 8, 16, 32, 64, 128, 256])
        #expect(Ticks.logarithmic(0.3...5, base: 2).values == [0.25, 0.5, 1, 2, 4, 8])
        #expect(Ticks.logarithmic(1...1000).values == [1, 10, 100, 1000])
    }

    @Test("log tick labels: plain numbers in base 2, powers of the base beyond 10⁴")
    func logLabels() {
        let small = Ticks.logarithmic(0.25...256, base: 2)
        #expect(small.values.map { Axes.label($0, ticks: small, logBase: 2) }
            == ["0.25", "0.5", "1", "2", "4", "8", "16", "32", "64", "128", "256"])
        let large = Ticks.logarithmic(1...65536, base: 2)
        #expect(Axes.label(65536, ticks: large, logBase: 2) == "2¹⁶")
        let tens = Ticks.logarithmic(1e-5...1)
        #expect(tens.values.map { Axes.label($0, ticks: tens, logBase: 10) }
            == ["10⁻⁵", "10⁻⁴", "10⁻³", "10⁻²", "10⁻¹", "10⁰"])
    }

    @Test("significant digits: %g-like, plain from 10⁻³ to 10⁵, trailing zeros dropped unless asked for")
    func significantDigits() {
        #expect(NumberFormat.significant(0.992356123, digits: 6) == "0.992356")
        #expect(NumberFormat.significant(-1.5) == "−1.5")
        #expect(NumberFormat.significant(40) == "40")
        #expect(NumberFormat.significant(12345.6) == "12346")
        #expect(NumberFormat.significant(0.0012345) == "0.00123")
        #expect(NumberFormat.significant(5.2449e-8) == "5.24×10⁻⁸")
        #expect(NumberFormat.significant(-2.5e-10, digits: 2) == "−2.5×10⁻¹⁰")
        #expect(NumberFormat.significant(1e-5) == "10⁻⁵")
        #expect(NumberFormat.significant(9.9996e-6) == "10⁻⁵", "9.9996 rounds up to the next power")
        #expect(NumberFormat.significant(3.2e6) == "3.2×10⁶")
        #expect(NumberFormat.significant(0) == "0")
        #expect(NumberFormat.significant(-0.0000000) == "0")
        #expect(NumberFormat.significant(.infinity) == "∞")
        #expect(NumberFormat.significant(1.999, trailingZeros: true) == "2.00")
        #expect(NumberFormat.significant(0.5, digits: 2, trailingZeros: true) == "0.50")
        #expect(NumberFormat.significant(1e-5, digits: 2, trailingZeros: true) == "1.0×10⁻⁵")
    }

    @Test("numbers: fixed decimals, typographic minus, no negative zero, integers kept integral")
    func numberFormat() {
        #expect(NumberFormat.string(-1.5, decimals: 2) == "−1.50")
        #expect(NumberFormat.string(-0.001, decimals: 2) == "0.00")
        #expect(NumberFormat.decimals(for: [1, -2, 30], otherwise: 2) == 0)
        #expect(NumberFormat.decimals(for: [1, 2.5], otherwise: 2) == 2)
        #expect(NumberFormat.tick(0.0001, step: 0.0001) == "10⁻⁴")
        #expect(NumberFormat.tick(2.5e-4, step: 0.0001) == "2.5×10⁻⁴")
        #expect(NumberFormat.tick(0.6, step: 0.2) == "0.6")
    }

    @Test("a ragged matrix is refused with both lengths named")
    func raggedMatrix() {
        #expect(throws: PlotError.invalidInput("matrix rows must all have 2 values; row 1 has 3")) {
            _ = try Matrix(rows: [[1, 2], [3, 4, 5]])
        }
    }
}
