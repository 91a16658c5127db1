/// The page around a figure: a margin, the title above, the caption and source below.
/// The PDF page and the PNG of a figure are both drawn by `FigurePage.draw`, so they agree.
struct FigurePage {
    static let margin = 28.0
    static let gap = 12.0
    static let captionSize = FontSize.label
    static let sourceSize = FontSize.number

    let figure: Figure
    let language: Language
    let titleLines: [String]
    let captionLines: [String]
    let sourceLines: [String]

    /// Lays the texts out in `language` (wrapped to the figure's width, measured on `canvas`).
    init(_ figure: Figure, language: Language, measuredOn canvas: Canvas) {
        self.figure = figure
        self.language = language
        let width = max(figure.width, 360)
        titleLines = canvas.wrap(figure.title(language), width: width, size: FontSize.title, style: .bold)
        captionLines = canvas.wrap(figure.caption(language), width: width, size: FigurePage.captionSize)
        sourceLines = canvas.wrap(language.labelled("Source", figure.source(language)), width: width,
                                  size: FigurePage.sourceSize,
                                  style: .italic)
    }

    var width: Double { max(figure.width, 360) + 2 * FigurePage.margin }

    private var titleHeight: Double { Double(titleLines.count) * FontSize.title * 1.3 }
    private var captionHeight: Double {
        Double(captionLines.count) * FigurePage.captionSize * 1.35
            + 4 + Double(sourceLines.count) * FigurePage.sourceSize * 1.35
    }

    var height: Double {
        2 * FigurePage.margin + titleHeight + 2 * FigurePage.gap + figure.height + captionHeight
    }

    /// Draws the title, the figure and its caption on `canvas`, then checks Cairo's status.
    func draw(on canvas: Canvas) throws {
        let m = FigurePage.margin
        for (i, line) in titleLines.enumerated() {
            canvas.text(line, at: Point(m, m + Double(i) * FontSize.title * 1.3), size: FontSize.title,
                        style: .bold, baseline: .top)
        }
        let area = Rect(x: m + (width - 2 * m - figure.width) / 2, y: m + titleHeight + FigurePage.gap,
                        width: figure.width, height: figure.height)
        try figure.draw(canvas, area, language)
        var y = area.maxY + FigurePage.gap
        for line in captionLines {
            canvas.text(line, at: Point(m, y), size: FigurePage.captionSize, baseline: .top)
            y += FigurePage.captionSize * 1.35
        }
        y += 4
        for line in sourceLines {
            canvas.text(line, at: Point(m, y), size: FigurePage.sourceSize, style: .italic, color: .gray,
                        baseline: .top)
            y += FigurePage.sourceSize * 1.35
        }
        try canvas.check()
    }
}
