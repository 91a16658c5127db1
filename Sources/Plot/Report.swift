import Foundation

/// A titled sequence of figures, written as one PDF (a title page listing the figures, then one
/// page per figure, every page the size of the largest, each figure centred on its page), one PNG per figure at twice the PDF's resolution, a
/// `README.md` showing every PNG with its caption, and a `report.json` manifest from which
/// `ReportIndex` builds the top-level index. Built once, written in each language asked for
/// (`write(to:language:)`). Same figures in, same bytes out.
public struct Report {
    /// The directory-independent file stem: "chapter3" writes `chapter3.pdf`.
    public let name: String
    /// The chapter number, if this report is a chapter (nil for the gallery).
    public let chapter: Int?
    /// The report's title, on its first page and in the index.
    public let title: Words
    /// One line under the title: the decks it follows.
    public let subtitle: Words
    /// The figures, in the order they were added (one page and one PNG each).
    public private(set) var figures: [Figure] = []

    /// Pixels per point of the PNGs.
    public static let pngScale = 2.0

    /// A report written as `<name>.pdf`, e.g. `Report(name: "gallery", …)`.
    public init(name: String, title: String, subtitle: String) {
        self.init(name: name, chapter: nil, title: .same(title), subtitle: .same(subtitle))
    }

    /// A chapter's report, written as `chapterN.pdf`.
    public init(chapter: Int, title: Words, subtitle: Words) {
        self.init(name: "chapter\(chapter)", chapter: chapter, title: title, subtitle: subtitle)
    }

    /// A chapter's report whose subtitle is the same in every language (a chapter whose texts
    /// are not translated yet).
    public init(chapter: Int, title: Words, subtitle: String) {
        self.init(chapter: chapter, title: title, subtitle: .same(subtitle))
    }

    private init(name: String, chapter: Int?, title: Words, subtitle: Words) {
        self.name = name
        self.chapter = chapter
        self.title = title
        self.subtitle = subtitle
    }

    /// The title as headings show it: "Chapter 3 — Convolution" / "Chapitre 3 — Convolution", or
    /// the bare title.
    public func heading(in language: Language) -> String {
        guard let chapter else { return title(language) }
        return (language == .french ? "Chapitre" : "Chapter") + " \(chapter) — \(title(language))"
    }

    /// Appends a figure (pages follow the order of `add`).
    public mutating func add(_ figure: Figure) {
        figures.append(figure)
    }

    /// The PNG file name of the figure at `index`: `NN-<id>.png`, numbered from 01.
    public func pngName(at index: Int) -> String {
        let number = index + 1
        return (number < 10 ? "0\(number)" : "\(number)") + "-\(figures[index].id).png"
    }

    /// Renders everything in memory in `language`, then writes `<name>.pdf`, the PNGs, `README.md`
    /// and `report.json` into `directory` (created if needed), each atomically; PNGs of an earlier
    /// run that this report no longer has are removed. Returns the URLs written.
    public func write(to directory: URL, language: Language = .english) throws -> [URL] {
        try validate()
        var files: [(String, Data)] = [("\(name).pdf", try renderPDF(language))]
        for (index, figure) in figures.enumerated() {
            files.append((pngName(at: index), try ReportRendering.png(of: figure, language: language)))
        }
        files.append(("README.md", Data(ReportReadme.markdown(for: self, language: language).utf8)))
        files.append((ReportIndex.manifestName, try ReportIndex.manifest(for: self, language: language)))

        try AtomicFile.makeDirectory(directory)
        let urls = try files.map { name, data -> URL in
            let url = directory.appendingPathComponent(name)
            try AtomicFile.write(data, to: url)
            return url
        }
        try removeStalePNGs(in: directory, keeping: Set(files.map(\.0)))
        return urls
    }

    private func validate() throws {
        var seen = Set<String>()
        for figure in figures {
            try figure.validate()
            guard seen.insert(figure.id).inserted else {
                throw PlotError.invalidInput("report \"\(name)\" has two figures with id \"\(figure.id)\"")
            }
        }
    }

    /// One page size for the whole PDF (a projector shows every page the same): as wide as the
    /// widest figure page and as tall as the tallest page, title page included.
    private func renderPDF(_ language: Language) throws -> Data {
        let canvas = try Canvas(pdfWidth: TitlePage.minimumWidth, height: TitlePage.minimumWidth)
        let pages = figures.map { FigurePage($0, language: language, measuredOn: canvas) }
        let width = max(TitlePage.minimumWidth, pages.map(\.width).max() ?? 0)
        let titlePage = TitlePage(self, language: language, width: width, measuredOn: canvas)
        let height = max(titlePage.height, pages.map(\.height).max() ?? 0)
        canvas.setPageSize(width: width, height: height)
        try titlePage.draw(on: canvas)
        for page in pages {
            canvas.newPage(width: width, height: height)
            try canvas.translated(by: ((width - page.width) / 2).rounded(), ((height - page.height) / 2).rounded()) {
                try page.draw(on: canvas)
            }
        }
        return try canvas.finishPDF()
    }

    private func removeStalePNGs(in directory: URL, keeping kept: Set<String>) throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where name.hasSuffix(".png") && !kept.contains(name)
            && name.prefix(2).allSatisfy(\.isNumber) && name.dropFirst(2).first == "-" {
            try FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }
}

/// Rendering of a single figure to PNG bytes.
enum ReportRendering {
    /// The figure's page (title, drawing, caption) in `language` at `Report.pngScale` pixels per point.
    static func png(of figure: Figure, language: Language = .english) throws -> Data {
        let measure = try Canvas(imageWidth: 1, height: 1, scale: 1)
        let page = FigurePage(figure, language: language, measuredOn: measure)
        let canvas = try Canvas(imageWidth: page.width, height: page.height, scale: Report.pngScale)
        try page.draw(on: canvas)
        return try canvas.pngData()
    }
}

extension Report {
    /// Every figure's ``Figure/textProblems(in:)``, in order: empty when the report's texts in
    /// `language` are whole.
    public func textProblems(in language: Language) -> [String] {
        figures.flatMap { $0.textProblems(in: language) }
    }
}
