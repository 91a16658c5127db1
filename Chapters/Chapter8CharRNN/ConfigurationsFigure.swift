import Plot

/// Figure: the four configurations of IFT 780 slides 240–249 as unrolled diagrams — one input
/// and N outputs, N inputs and one output, N and N, M and N (the encoder–decoder of the
/// translation) — inputs at the bottom, hidden states in the middle, outputs on top; the
/// horizontal arrows are the recurrence Whh.
enum ConfigurationsFigure {
    /// One time step: what comes in and what goes out (nil: nothing).
    struct Step {
        let input: String?
        let output: String?
    }

    /// A configuration: its title, its steps, and where the decoder starts (M → N only).
    struct Configuration {
        let title: String
        let example: String
        let steps: [Step]
        var decoderStart: Int?
    }

    static let configurations = [
        Configuration(title: "one input → N outputs", example: "an image → a caption",
                      steps: [Step(input: "image", output: "a"), Step(input: nil, output: "cat"),
                              Step(input: nil, output: "on"), Step(input: nil, output: "a mat")]),
        Configuration(title: "N inputs → one output", example: "a review → its sentiment",
                      steps: [Step(input: "it", output: nil), Step(input: "was", output: nil),
                              Step(input: "so", output: nil), Step(input: "good", output: "+")]),
        Configuration(title: "N inputs → N outputs", example: "char-RNN: m, a, s, s → a, s, s, e",
                      steps: zip(["m", "a", "s", "s"], ["a", "s", "s", "e"]).map { Step(input: $0, output: $1) }),
        Configuration(title: "M inputs → N outputs", example: "translation: 'assez' → 'enough' (encoder, then decoder)",
                      steps: ["a", "s", "s", "e", "z"].map { Step(input: $0, output: nil) }
                          + ["<BoS>", "e", "n", "o", "u", "g", "h"].enumerated().map { k, input in
                              Step(input: input, output: ["e", "n", "o", "u", "g", "h", "<EoS>"][k]) },
                      decoderStart: 5),
    ]

    static let inputColor = Role.series(3).color, hiddenColor = Role.series(2).color, outputColor = Role.series(0).color

    static func figure() -> Figure {
        Figure(
            id: "rnn-configurations", title: "Four ways to unroll a recurrent network (slides 240–249)",
            caption: "Each column is a time step: an input x_t (bottom, pink) enters the hidden state h_t (middle, green), "
                + "which may emit an output y_t (top, blue) and passes on to the next step (horizontal arrows, Whh). The "
                + "same weights serve every step (the encoder and the decoder, darker green, each have their own). One input can start N outputs (captioning), N inputs can end in one "
                + "output (classifying a sequence), every input can have its output (min-char-rnn, the chapter's "
                + "network), and M inputs can be read before N outputs are written — the encoder–decoder of the "
                + "translation, whose decoder feeds each letter it writes back in as its next input.",
            source: "IFT 780, slides 240–249 (after Karpathy's CS231n; Sutskever, Vinyals and Le 2014)",
            width: 1100, height: 560
        ) { canvas, area in
            let rows = area.rows(weights: [1, 1], spacing: 30)
            let top = rows[0].columns(3, spacing: 30)
            for (configuration, rect) in zip(configurations.prefix(3), top) { draw(configuration, on: canvas, in: rect) }
            draw(configurations[3], on: canvas, in: rows[1])
        }
    }

    static func draw(_ configuration: Configuration, on canvas: Canvas, in rect: Rect) {
        canvas.text(configuration.title, at: Point(rect.midX, rect.minY), size: FontSize.label, style: .bold,
                    align: .center, baseline: .top)
        canvas.text(configuration.example, at: Point(rect.midX, rect.minY + FontSize.label * 1.5), size: FontSize.number,
                    color: .gray, align: .center, baseline: .top)
        let (box, gap) = (46.0, 22.0)
        let count = Double(configuration.steps.count)
        let width = count * box + (count - 1) * gap
        let left = rect.midX - width / 2
        let rowY = [rect.minY + 48, rect.minY + 48 + 1.6 * box, rect.minY + 48 + 3.2 * box]  // outputs, hidden, inputs
        func frame(_ t: Int, _ row: Int) -> Rect {
            Rect(x: left + Double(t) * (box + gap), y: rowY[row], width: box, height: box * 0.7)
        }
        for (t, step) in configuration.steps.enumerated() {
            let hidden = frame(t, 1)
            let isDecoder = configuration.decoderStart.map { t >= $0 } ?? false
            canvas.box(hidden, fill: hiddenColor.withAlpha(isDecoder ? 0.55 : 0.3), stroke: hiddenColor, cornerRadius: 4)
            canvas.text("h\(t + 1)", at: Point(hidden.midX, hidden.midY), size: FontSize.number, align: .center, baseline: .middle)
            if let input = step.input {
                let x = frame(t, 2)
                canvas.box(x, fill: inputColor.withAlpha(0.3), stroke: inputColor, cornerRadius: 4)
                canvas.text(input, at: Point(x.midX, x.midY), size: FontSize.number, align: .center, baseline: .middle)
                canvas.arrow(from: Point(x.midX, x.minY), to: Point(hidden.midX, hidden.maxY + 1), color: .gray, width: 1.2)
            }
            if let output = step.output {
                let y = frame(t, 0)
                canvas.box(y, fill: outputColor.withAlpha(0.3), stroke: outputColor, cornerRadius: 4)
                canvas.text(output, at: Point(y.midX, y.midY), size: FontSize.number, align: .center, baseline: .middle)
                canvas.arrow(from: Point(hidden.midX, hidden.minY), to: Point(y.midX, y.maxY + 1), color: .gray, width: 1.2)
            }
            if t + 1 < configuration.steps.count {
                canvas.arrow(from: Point(hidden.maxX, hidden.midY), to: Point(hidden.maxX + gap - 1, hidden.midY), color: .gray, width: 1.2)
            }
            // The decoder reads back what it wrote: a dashed link from output t to input t + 1.
            if isDecoder, step.output != nil, t + 1 < configuration.steps.count {
                let y = frame(t, 0), next = frame(t + 1, 2)
                canvas.polyline([Point(y.maxX, y.midY), Point(y.maxX + gap / 2, y.midY), Point(y.maxX + gap / 2, next.midY),
                                 Point(next.minX, next.midY)], color: outputColor.withAlpha(0.6), width: 0.8, dash: [3, 2])
            }
        }
        if let start = configuration.decoderStart {
            let encoder = frame(0, 2), decoder = frame(start, 2)
            let y = rowY[2] + box * 0.7 + 14
            canvas.text("encoder", at: Point((encoder.minX + frame(start - 1, 2).maxX) / 2, y), size: FontSize.number,
                        align: .center, baseline: .top)
            canvas.text("decoder (greedy: each output is the next input)", at: Point((decoder.minX + frame(configuration.steps.count - 1, 2).maxX) / 2, y),
                        size: FontSize.number, align: .center, baseline: .top)
        }
    }
}
