import NeuralNet
import Plot

/// Figure 2: a few hidden units of the trained network along the Sonnets' first verse — the
/// state h_t the recurrence carries from letter to letter (slides 219–227 at scale), one line
/// per unit: the four that move most along the line.
enum HiddenStatesFigure {
    static let shown = 4

    /// The units whose values vary most along the line (largest variance), most varied first.
    static func mostVaried(_ hidden: [[Double]], count: Int) -> [Int] {
        let units = hidden[0].count
        let variance = (0..<units).map { unit -> Double in
            let values = hidden.map { $0[unit] }
            let mean = values.reduce(0, +) / Double(values.count)
            return values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        }
        return (0..<units).sorted { variance[$0] > variance[$1] || (variance[$0] == variance[$1] && $0 < $1) }.prefix(count).sorted()
    }

    static func figure(_ run: SonnetsRun) throws -> Figure {
        let hidden = try run.read(SonnetsRun.line).hidden
        let characters = Array(SonnetsRun.line.dropLast())
        let units = hidden[0].count
        let saturated = hidden.joined().filter { abs($0) > 0.95 }.count
        let share = Double(saturated) / Double(hidden.count * units)
        let chosen = mostVaried(hidden, count: shown)
        let markers: [MarkerShape] = [.circle, .square, .triangle, .cross]
        let series = chosen.enumerated().map { k, unit in
            Series("unit \(unit + 1)", x: hidden.indices.map(Double.init), y: hidden.map { $0[unit] },
                   color: Color.series[k], marker: markers[k % markers.count])
        }
        return Figure(
            id: "hidden-states", title: "Four hidden units of the trained network along \"From fairest creatures we desire increase,\"",
            caption: "h_t of the \(shown) units (of \(units)) whose value moves most along the verse, one point per character "
                + "read (from h = 0 before the first letter). After \(NumberFormat.grouped(run.iterations)) windows the units "
                + "spend most of their time near ±1: \(Int((share * 100).rounded()))% of all the values along the line lie "
                + "beyond ±0.95, where tanh′ = 1 − h² is small and the gradient through a unit fades. These four switch with "
                + "what is read — at spaces and word starts, around the comma — the memory the recurrence carries from letter to letter.",
            source: "IFT 780, slides 219–227 (h_t = tanh(Wxh·x_t + Whh·h_{t−1} + bh)); beyond the slides: the Sonnets",
            width: 1000, height: 430
        ) { canvas, area in
            let chart = area.inset(top: 22)
            let axes = try LineChart(series: series, xLabel: "step t (the character read, above the plot)", yLabel: "h_t (tanh)",
                                     xRange: -0.5...Double(hidden.count) - 0.5, yRange: -1...1, legend: .bottomRight)
                .draw(on: canvas, in: chart)
            for (t, character) in characters.enumerated() {
                let label = character == " " ? "␣" : String(character)
                let at = axes.point(for: Point(Double(t), 1))
                canvas.text(label, at: Point(at.x, axes.plot.minY - 4), size: FontSize.label, style: .monospaced,
                            align: .center, baseline: .bottom)
            }
        }
    }
}
