import Plot

/// Figure: the four configurations of IFT 780 slides 240–249 as unrolled diagrams — one input
/// and N outputs, N inputs and one output, N and N, M and N (the encoder–decoder of the
/// translation) — inputs at the bottom, hidden states in the middle, outputs on top; the
/// horizontal arrows are the recurrence Whh.
enum ConfigurationsFigure {
    /// One time step: what comes in and what goes out (nil: nothing).
    struct Step {
        let input: Word?
        let output: Word?
    }

    /// A configuration: its title, its steps, and where the decoder starts (M → N only).
    struct Configuration {
        let title: Text
        let example: Text
        let steps: [Step]
        var decoderStart: Int?
    }

    /// What a box holds: a word the report translates (the captioning and review examples), or a
    /// symbol every language writes the same (a letter, <BoS>, +).
    enum Word: ExpressibleByStringLiteral {
        case symbol(String)
        case word(Text)

        init(stringLiteral value: String) { self = .symbol(value) }

        func callAsFunction(_ language: Language) -> String {
            switch self {
            case let .symbol(text): text
            case let .word(key): key(language)
            }
        }
    }

    static let configurations = [
        Configuration(title: .oneToN, example: .captioning,
                      steps: [Step(input: .word(.image), output: .word(.captionA)), Step(input: nil, output: .word(.captionCat)),
                              Step(input: nil, output: .word(.captionOn)), Step(input: nil, output: .word(.captionMat))]),
        Configuration(title: .nToOne, example: .sentiment,
                      steps: [Step(input: .word(.reviewIt), output: nil), Step(input: .word(.reviewWas), output: nil),
                              Step(input: .word(.reviewSo), output: nil), Step(input: .word(.reviewGood), output: "+")]),
        Configuration(title: .nToN, example: .charRNN,
                      steps: zip(["m", "a", "s", "s"], ["a", "s", "s", "e"]).map { Step(input: .symbol($0), output: .symbol($1)) }),
        Configuration(title: .mToN, example: .translation,
                      steps: ["a", "s", "s", "e", "z"].map { Step(input: .symbol($0), output: nil) }
                          + ["<BoS>", "e", "n", "o", "u", "g", "h"].enumerated().map { k, input in
                              Step(input: .symbol(input), output: .symbol(["e", "n", "o", "u", "g", "h", "<EoS>"][k])) },
                      decoderStart: 5),
    ]

    static let inputColor = Role.series(3).color, hiddenColor = Role.series(2).color, outputColor = Role.series(0).color

    static func figure() -> Figure {
        Figure(
            id: "rnn-configurations", title: Text.configurationsTitle.words(), caption: Text.configurationsCaption.words(),
            source: Text.configurationsSource.words(), width: 1100, height: 560
        ) { canvas, area, language in
            let rows = area.rows(weights: [1, 1], spacing: 30)
            let top = rows[0].columns(3, spacing: 30)
            for (configuration, rect) in zip(configurations.prefix(3), top) {
                draw(configuration, language: language, on: canvas, in: rect)
            }
            draw(configurations[3], language: language, on: canvas, in: rows[1])
        }
    }

    static func draw(_ configuration: Configuration, language: Language, on canvas: Canvas, in rect: Rect) {
        canvas.text(configuration.title(language), at: Point(rect.midX, rect.minY), size: FontSize.label, style: .bold,
                    align: .center, baseline: .top)
        canvas.text(configuration.example(language), at: Point(rect.midX, rect.minY + FontSize.label * 1.5), size: FontSize.number,
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
                canvas.text(input(language), at: Point(x.midX, x.midY), size: FontSize.number, align: .center, baseline: .middle)
                canvas.arrow(from: Point(x.midX, x.minY), to: Point(hidden.midX, hidden.maxY + 1), color: .gray, width: 1.2)
            }
            if let output = step.output {
                let y = frame(t, 0)
                canvas.box(y, fill: outputColor.withAlpha(0.3), stroke: outputColor, cornerRadius: 4)
                canvas.text(output(language), at: Point(y.midX, y.midY), size: FontSize.number, align: .center, baseline: .middle)
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
            canvas.text(Text.encoder(language), at: Point((encoder.minX + frame(start - 1, 2).maxX) / 2, y), size: FontSize.number,
                        align: .center, baseline: .top)
            canvas.text(Text.decoderGreedy(language), at: Point((decoder.minX + frame(configuration.steps.count - 1, 2).maxX) / 2, y),
                        size: FontSize.number, align: .center, baseline: .top)
        }
    }
}
