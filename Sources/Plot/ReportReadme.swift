/// The `README.md` written next to a report's PNGs: every figure with its title, caption and
/// source, so the report reads on GitHub without opening the PDF.
enum ReportReadme {
    static func markdown(for report: Report) -> String {
        var lines = ["# \(report.heading)", "", report.subtitle, "",
                     "PDF: [\(report.name).pdf](\(report.name).pdf)", ""]
        for (index, figure) in report.figures.enumerated() {
            lines += ["## \(index + 1). \(figure.title)", "",
                      "![\(figure.title)](\(report.pngName(at: index)))", "",
                      figure.caption, "", "*Source: \(figure.source)*", ""]
        }
        return lines.joined(separator: "\n")
    }
}
