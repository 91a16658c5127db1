/// The first page of a report's PDF: its heading, subtitle, and the numbered list of figures
/// with the slides each reproduces, every line wrapped inside the page.
struct TitlePage {
    static let minimumWidth = 640.0
    private static let margin = 48.0
    private static let headingSize = 24.0
    private static let subtitleSize = 13.0
    private static let entryIndent = 26.0

    let report: Report
    let language: Language
    /// The page's width (the PDF's common page width, at least `minimumWidth`).
    let width: Double
    private let headingLines: [String]
    private let subtitleLines: [String]
    private let entryLines: [[String]]
    private let sourceLines: [[String]]

    /// Lays the texts out in `language` on a page `width` wide, measured on `canvas`.
    init(_ report: Report, language: Language = .english, width: Double = TitlePage.minimumWidth,
         measuredOn canvas: Canvas) {
        self.report = report
        self.language = language
        self.width = max(width, TitlePage.minimumWidth)
        let textWidth = self.width - 2 * TitlePage.margin
        headingLines = canvas.wrap(report.heading(in: language), width: textWidth, size: TitlePage.headingSize, style: .bold)
        subtitleLines = canvas.wrap(report.subtitle(language), width: textWidth, size: TitlePage.subtitleSize)
        entryLines = report.figures.map { canvas.wrap($0.title(language), width: textWidth - TitlePage.entryIndent) }
        sourceLines = report.figures.map {
            canvas.wrap($0.source(language), width: textWidth - TitlePage.entryIndent, size: FontSize.number, style: .italic)
        }
    }

    /// The page's height: everything fits, and it is at least a 4:3 landscape page.
    var height: Double {
        let entries = zip(entryLines, sourceLines).reduce(0) {
            $0 + Double($1.0.count) * FontSize.label * 1.35 + Double($1.1.count) * FontSize.number * 1.35 + 8
        }
        let content = Double(headingLines.count) * TitlePage.headingSize * 1.3 + 6
            + Double(subtitleLines.count) * TitlePage.subtitleSize * 1.35 + 18 + 14 + 26 + entries
        return max(TitlePage.minimumWidth * 0.75, content + 2 * TitlePage.margin)
    }

    func draw(on canvas: Canvas) throws {
        let m = TitlePage.margin
        var y = m
        for line in headingLines {
            canvas.text(line, at: Point(m, y), size: TitlePage.headingSize, style: .bold, baseline: .top)
            y += TitlePage.headingSize * 1.3
        }
        y += 6
        for line in subtitleLines {
            canvas.text(line, at: Point(m, y), size: TitlePage.subtitleSize, color: .gray, baseline: .top)
            y += TitlePage.subtitleSize * 1.35
        }
        y += 18
        canvas.line(from: Point(m, y), to: Point(width - m, y), color: .lightGray)
        y += 14
        canvas.text("Figures", at: Point(m, y), size: FontSize.title, style: .bold, baseline: .top)
        y += 26
        let x = m + TitlePage.entryIndent
        for index in report.figures.indices {
            canvas.text("\(index + 1).", at: Point(x - 8, y), align: .right, baseline: .top)
            for line in entryLines[index] {
                canvas.text(line, at: Point(x, y), baseline: .top)
                y += FontSize.label * 1.35
            }
            for line in sourceLines[index] {
                canvas.text(line, at: Point(x, y), size: FontSize.number, style: .italic, color: .gray, baseline: .top)
                y += FontSize.number * 1.35
            }
            y += 8
        }
        try canvas.check()
    }
}
