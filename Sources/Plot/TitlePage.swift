/// The first page of a report's PDF: its heading, subtitle, and the numbered list of figures
/// with the slides each reproduces.
struct TitlePage {
    static let width = 640.0
    private static let margin = 48.0
    private static let headingSize = 24.0
    private static let subtitleSize = 13.0
    private static let textWidth = width - 2 * margin
    private static let entryIndent = 26.0

    let report: Report
    private let headingLines: [String]
    private let subtitleLines: [String]
    private let entryLines: [[String]]

    /// Lays the texts out, measured on `canvas`.
    init(_ report: Report, measuredOn canvas: Canvas) {
        self.report = report
        headingLines = canvas.wrap(report.heading, width: TitlePage.textWidth, size: TitlePage.headingSize,
                                   style: .bold)
        subtitleLines = canvas.wrap(report.subtitle, width: TitlePage.textWidth, size: TitlePage.subtitleSize)
        entryLines = report.figures.map {
            canvas.wrap($0.title, width: TitlePage.textWidth - TitlePage.entryIndent)
        }
    }

    /// The page's height: everything fits, and it is at least a 4:3 landscape page.
    var height: Double {
        let entries = entryLines.reduce(0) { $0 + Double($1.count) * FontSize.label * 1.35 + FontSize.number * 1.35 + 8 }
        let content = Double(headingLines.count) * TitlePage.headingSize * 1.3 + 6
            + Double(subtitleLines.count) * TitlePage.subtitleSize * 1.35 + 18 + 14 + 26 + entries
        return max(TitlePage.width * 0.75, content + 2 * TitlePage.margin)
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
        canvas.line(from: Point(m, y), to: Point(TitlePage.width - m, y), color: .lightGray)
        y += 14
        canvas.text("Figures", at: Point(m, y), size: FontSize.title, style: .bold, baseline: .top)
        y += 26
        let x = m + TitlePage.entryIndent
        for (index, figure) in report.figures.enumerated() {
            canvas.text("\(index + 1).", at: Point(x - 8, y), align: .right, baseline: .top)
            for line in entryLines[index] {
                canvas.text(line, at: Point(x, y), baseline: .top)
                y += FontSize.label * 1.35
            }
            canvas.text(figure.source, at: Point(x, y), size: FontSize.number, style: .italic, color: .gray,
                        baseline: .top)
            y += FontSize.number * 1.35 + 8
        }
        try canvas.check()
    }
}
