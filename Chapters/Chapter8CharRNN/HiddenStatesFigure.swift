import NeuralNet
import Plot

/// Figure 2: a few hidden units of the trained network along the Sonnets' first verse — the
/// state h_t the recurrence carries from letter to letter (slides 219–227 at scale), one line
/// strip per unit (h_t from −1 to 1): the four that move most along the line.
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
        return Figure(
            id: "hidden-states", title: Text.hiddenTitle.words(),
            caption: Text.hiddenCaption.words(["shown": .integer(shown), "units": .integer(units), "iterations": .count(run.iterations),
                                               "share": .integer(Int((share * 100).rounded()))]),
            source: Text.hiddenSource.words(), width: 1000, height: 430
        ) { canvas, area, language in
            // One strip per unit, sharing the time axis; the characters read above the first.
            let plot = area.inset(top: 22, left: 110, bottom: 40, right: 10)
            let strips = plot.rows(chosen.count, spacing: 14)
            let steps = Double(hidden.count)
            func x(_ t: Int) -> Double { plot.minX + (Double(t) + 0.5) * plot.width / steps }
            for (t, character) in characters.enumerated() {
                canvas.text(character == " " ? "␣" : String(character), at: Point(x(t), plot.minY - 4), size: FontSize.label,
                            style: .monospaced, align: .center, baseline: .bottom)
            }
            for (k, (unit, strip)) in zip(chosen, strips).enumerated() {
                func y(_ value: Double) -> Double { strip.midY - value * strip.height / 2 }
                canvas.stroke(strip, color: .lightGray, width: 0.75)
                for level in [-1.0, 0, 1] {
                    canvas.line(from: Point(strip.minX, y(level)), to: Point(strip.maxX, y(level)), color: .lightGray, width: 0.5)
                    canvas.text(level == 0 ? "0" : level > 0 ? "1" : "−1", at: Point(strip.minX - 5, y(level)),
                                size: FontSize.number, align: .right, baseline: .middle)
                }
                canvas.text(Text.unit(language, ["n": .integer(unit + 1)]), at: Point(area.minX, strip.midY), size: FontSize.label, style: .bold,
                            color: Role.series(k).color, baseline: .middle)
                let points = hidden.indices.map { Point(x($0), y(hidden[$0][unit])) }
                canvas.polyline(points, color: Role.series(k).color, width: 1.6)
                for point in points { canvas.circle(center: point, radius: 2.2, fill: Role.series(k).color) }
            }
            for t in Swift.stride(from: 0, to: hidden.count, by: 5) {
                canvas.text("\(t)", at: Point(x(t), plot.maxY + 4), size: FontSize.number, align: .center, baseline: .top)
            }
            canvas.text(Text.stepAxis(language), at: Point(plot.midX, plot.maxY + 20), size: FontSize.label,
                        color: .gray, align: .center, baseline: .top)
        }
    }
}
