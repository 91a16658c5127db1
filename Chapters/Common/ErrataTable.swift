import Plot

extension WorkedExample {
    /// The colour role of a verdict's row: errata, OCR repairs and ambiguities are tinted, the
    /// rest is not.
    public var role: Role? {
        switch verdict {
        case .erratum: .erratum
        case .ambiguous: .ambiguous
        case .ocrDamage: .ocrDamage
        case .matches, .derived, .constructed: nil
        }
    }

    /// A worked-example page's table: the slide first, what it says, what CNNLab computes (the
    /// value the tests assert), the verdict, and the catalogue id last, small and grey (it names
    /// the test). Rows tinted by their verdict's role.
    public static func table(_ examples: [WorkedExample], fontSize: Double = 9.5) -> Table {
        var table = Table(header: ["slide", "the slide says", "CNNLab computes", "verdict", "test id"],
                          rows: examples.map { [$0.source, $0.printed.isEmpty ? "—" : $0.printed, $0.computed,
                                                $0.verdict.label, $0.id] },
                          alignments: [.left, .left, .left, .left, .left],
                          rowRoles: Dictionary(uniqueKeysWithValues: examples.enumerated().compactMap { index, example in
                              example.role.map { (index, $0) }
                          }), fontSize: fontSize)
        table.secondaryColumns = [4]
        return table
    }

    /// "slide (verdict): explanation." for every example that carries an explanation.
    public static func errataNotes(_ examples: [WorkedExample]) -> [String] {
        examples.compactMap { example in
            example.verdict.explanation.map { "\(example.source) (\(example.verdict.label)): \($0)." }
        }
    }
}

extension WorkedExample {
    /// An errata page's body: the table of `examples`, then their notes and `extraNotes` as
    /// bullets; returns the y below the last note.
    @discardableResult
    public static func drawErrata(_ examples: [WorkedExample], extraNotes: [String] = [], on canvas: Canvas,
                                  in area: Rect) throws -> Double {
        let frame = try table(examples).draw(on: canvas, in: area)
        var top = frame.maxY + 16
        for note in errataNotes(examples) + extraNotes {
            top += canvas.paragraph("• " + note, at: Point(area.minX, top), width: area.width, size: FontSize.number) + 5
        }
        return top
    }
}
