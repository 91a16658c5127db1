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

    /// A worked-example page's table in `language`: the slide first, what it says, what CNNLab
    /// computes (the value the tests assert), the verdict, and the catalogue id last, small and
    /// grey (it names the test). Rows tinted by their verdict's role. Cells keep the decks'
    /// decimal point in every language.
    public static func table(_ examples: [WorkedExample], language: Language = .english,
                             french: FrenchExamples = FrenchExamples([:]), fontSize: Double = 9.5) -> Table {
        let header = language == .french
            ? ["diapositive", "la diapositive dit", "CNNLab calcule", "verdict", "id du test"]
            : ["slide", "the slide says", "CNNLab computes", "verdict", "test id"]
        var table = Table(header: header,
                          rows: examples.map { example in
                              let printed = french.printed(example, language)
                              return [deckReference(example.source, in: language), printed.isEmpty ? "—" : printed,
                                      french.computed(example, language), example.verdict.label(in: language), example.id]
                          },
                          alignments: [.left, .left, .left, .left, .left],
                          rowRoles: Dictionary(uniqueKeysWithValues: examples.enumerated().compactMap { index, example in
                              example.role.map { (index, $0) }
                          }), fontSize: fontSize)
        table.secondaryColumns = [4]
        return table
    }

    /// "slide (verdict): explanation." for every example that carries an explanation, in `language`.
    public static func errataNotes(_ examples: [WorkedExample], language: Language = .english,
                                   french: FrenchExamples = FrenchExamples([:])) -> [String] {
        examples.compactMap { example in
            french.explanation(example, language).map {
                language.labelled("\(deckReference(example.source, in: language)) (\(example.verdict.label(in: language)))", $0) + "."
            }
        }
    }
}

extension WorkedExample {
    /// An errata page's body in `language`: the table of `examples`, then their notes and
    /// `extraNotes` as bullets; returns the y below the last note.
    @discardableResult
    public static func drawErrata(_ examples: [WorkedExample], extraNotes: [String] = [], language: Language = .english,
                                  french: FrenchExamples = FrenchExamples([:]), on canvas: Canvas,
                                  in area: Rect) throws -> Double {
        let frame = try table(examples, language: language, french: french).draw(on: canvas, in: area)
        var top = frame.maxY + 16
        for note in errataNotes(examples, language: language, french: french) + extraNotes {
            top += canvas.paragraph("• " + note, at: Point(area.minX, top), width: area.width, size: FontSize.number) + 5
        }
        return top
    }
}
