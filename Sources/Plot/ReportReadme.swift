/// The `README.md` written next to a report's PNGs: every figure with its title, caption and
/// source, so the report reads on GitHub without opening the PDF.
enum ReportReadme {
    static func markdown(for report: Report, language: Language = .english) -> String {
        var lines = ["# \(report.heading(in: language))", "", report.subtitle(language), "",
                     language.labelled("PDF", "[\(report.name).pdf](\(report.name).pdf)"), ""]
        for (index, figure) in report.figures.enumerated() {
            let title = figure.title(language)
            lines += ["## \(index + 1). \(title)", "",
                      "![\(title)](\(report.pngName(at: index)))", "",
                      figure.caption(language), "", "*\(language.labelled("Source", figure.source(language)))*", ""]
        }
        return lines.joined(separator: "\n")
    }
}
