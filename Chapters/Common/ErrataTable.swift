import Plot

extension WorkedExample {
    /// The errata table of a chapter's report: one row per example (id, slide, printed, computed,
    /// verdict), slide errata tinted in the error colour and ambiguous rows in the accent colour.
    public static func errataTable(_ examples: [WorkedExample], fontSize: Double = 8.5) -> Table {
        let flagged: [Int: Color] = Dictionary(uniqueKeysWithValues: examples.enumerated().compactMap { index, example in
            switch example.verdict {
            case .erratum: (index, Color.error)
            case .ambiguous: (index, Color.accent)
            default: nil
            }
        })
        return Table(header: ["example", "slide", "printed", "CNNLab computes", "verdict"],
                     rows: examples.map { [$0.id, $0.source, $0.printed, $0.computed, $0.verdict.label] },
                     alignments: [.left, .left, .left, .left, .left], rowColors: flagged, fontSize: fontSize)
    }

    /// "id (verdict): explanation." for every example that carries an explanation.
    public static func errataNotes(_ examples: [WorkedExample]) -> [String] {
        examples.compactMap { example in example.verdict.explanation.map { "\(example.id) (\(example.verdict.label)): \($0)." } }
    }
}

extension WorkedExample {
    /// An errata page's body: the table of `examples`, then their notes and `extraNotes` as
    /// bullets; returns the y below the last note.
    @discardableResult
    public static func drawErrata(_ examples: [WorkedExample], extraNotes: [String] = [], on canvas: Canvas,
                                  in area: Rect) throws -> Double {
        let frame = try errataTable(examples).draw(on: canvas, in: area)
        var top = frame.maxY + 16
        for note in errataNotes(examples) + extraNotes {
            top += canvas.paragraph("• " + note, at: Point(area.minX, top), width: area.width, size: FontSize.number) + 5
        }
        return top
    }
}
