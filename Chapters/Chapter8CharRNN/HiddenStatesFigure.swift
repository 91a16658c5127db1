import NeuralNet
import Plot

/// Figure 2: the 100 hidden units of the trained network along the Sonnets' first verse — the
/// hidden state h_t the recurrence carries from letter to letter (slides 219–227 at scale).
enum HiddenStatesFigure {
    static func figure(_ run: SonnetsRun) throws -> Figure {
        let hidden = try run.read(SonnetsRun.line).hidden
        let characters = Array(SonnetsRun.line.dropLast())
        let units = hidden[0].count
        let saturated = hidden.joined().filter { abs($0) > 0.95 }.count
        let share = Double(saturated) / Double(hidden.count * units)
        return Figure(
            id: "hidden-states", title: "Hidden state h_t of the trained network along \"From fairest creatures we desire increase,\"",
            caption: "One column per character read (from h = 0 at the first letter), one row per hidden unit; blue is "
                + "negative, red positive, on the tanh's range [−1, 1]. After \(NumberFormat.grouped(run.iterations)) windows at μ = 0.1 most units are "
                + "saturated — \(Int((share * 100).rounded()))% of the values lie beyond ±0.95, where tanh′ = 1 − h² is "
                + "small and the gradient through the unit fades; some stay pinned for the whole line (the memory the "
                + "recurrence carries), the others flip from letter to letter.",
            source: "IFT 780, slides 219–227 (h_t = tanh(Wxh·x_t + Whh·h_{t−1} + bh)); beyond the slides: the Sonnets",
            width: 1000, height: 470
        ) { canvas, area in
            let scale = ColorScale.diverging(limit: 1)
            let plot = Rect(x: area.minX + 60, y: area.minY, width: area.width - 60 - ColorBar.preferredWidth - 14,
                            height: area.height - 40)
            var colors: [Color] = []
            for unit in 0..<units { for t in 0..<hidden.count { colors.append(scale.color(for: hidden[t][unit])) } }
            try canvas.pixels(colors, columns: hidden.count, rows: units, in: plot)
            canvas.stroke(plot, color: .gray, width: 0.75)
            let columnWidth = plot.width / Double(hidden.count)
            for (t, character) in characters.enumerated() {
                let label = character == " " ? "␣" : String(character)
                canvas.text(label, at: Point(plot.minX + (Double(t) + 0.5) * columnWidth, plot.maxY + 6), size: FontSize.label,
                            style: .monospaced, align: .center, baseline: .top)
            }
            canvas.text("character read at step t", at: Point(plot.midX, plot.maxY + 24), size: FontSize.label,
                        color: .gray, align: .center, baseline: .top)
            for unit in stride(from: 0, to: units, by: 10) {
                let y = plot.minY + (Double(unit) + 0.5) * plot.height / Double(units)
                canvas.text("\(unit + 1)", at: Point(plot.minX - 6, y), size: FontSize.number, align: .right, baseline: .middle)
            }
            canvas.text("hidden unit", at: Point(plot.minX - 40, plot.midY), size: FontSize.label, color: .gray,
                        align: .center, baseline: .middle, rotation: -Double.pi / 2)
            try ColorBar(scale: scale, label: "h_t (tanh)").draw(
                on: canvas, in: Rect(x: plot.maxX + 14, y: plot.minY, width: ColorBar.preferredWidth, height: plot.height))
        }
    }
}
