import Foundation

/// The top-level `Reports/README.md`: every report present (chapters in order, then the others
/// such as the gallery), each with its heading, a link to its PDF, and its figures' PNGs with
/// their captions. Built from the `report.json` manifest that `Report.write` leaves in each
/// report's directory, so regenerating one chapter keeps the others in the index.
public enum ReportIndex {
    /// What the index needs to know about one report.
    public struct Entry: Codable, Equatable, Sendable {
        /// One figure: its PNG file (inside the report's directory) and its texts.
        public struct FigureEntry: Codable, Equatable, Sendable {
            /// The PNG's file name inside the report's directory.
            public let png: String
            /// The figure's title.
            public let title: String
            /// The figure's caption.
            public let caption: String
            /// The deck and slide it reproduces, or "beyond the slides".
            public let source: String
        }

        /// The report's directory name inside the reports directory.
        public let directory: String
        /// The file stem of the report's PDF.
        public let name: String
        /// The chapter number; nil for the gallery.
        public let chapter: Int?
        /// The report's heading in the index.
        public let heading: String
        /// The line under the heading.
        public let subtitle: String
        /// The figures, in report order.
        public let figures: [FigureEntry]
    }

    static let manifestName = "report.json"

    /// The manifest `Report.write` stores next to the PDF (its directory named as the report), in
    /// the language the report was written in.
    static func manifest(for report: Report, language: Language = .english) throws -> Data {
        let figures = report.figures.enumerated().map { index, figure in
            Entry.FigureEntry(png: report.pngName(at: index), title: figure.title(language),
                              caption: figure.caption(language), source: figure.source(language))
        }
        let entry = Entry(directory: report.name, name: report.name, chapter: report.chapter,
                          heading: report.heading(in: language), subtitle: report.subtitle(language), figures: figures)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(entry)
    }

    /// The reports found in the subdirectories of `reportsDirectory` (those holding a
    /// `report.json`), chapters first by number, then the others by name.
    public static func entries(in reportsDirectory: URL) throws -> [Entry] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: reportsDirectory.path)) ?? []
        let entries = try names.compactMap { name -> Entry? in
            let url = reportsDirectory.appendingPathComponent(name).appendingPathComponent(manifestName)
            guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
            do {
                let entry = try JSONDecoder().decode(Entry.self, from: data)
                return Entry(directory: name, name: entry.name, chapter: entry.chapter, heading: entry.heading,
                             subtitle: entry.subtitle, figures: entry.figures)
            } catch {
                throw PlotError.invalidInput("\(url.path) is not a report manifest: \(error)")
            }
        }
        return entries.sorted { a, b in
            switch (a.chapter, b.chapter) {
            case let (x?, y?): return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.name < b.name
            }
        }
    }

    /// Writes the index of `language` (atomically) listing every report present in its folder:
    /// `reportsDirectory/README.md` for English, `reportsDirectory/fr/README.md` for French, each
    /// linking to the other when it has reports. Returns the URL written.
    @discardableResult
    public static func write(reportsDirectory: URL, language: Language = .english) throws -> URL {
        let folder = directory(of: language, in: reportsDirectory)
        let others = Language.allCases.filter { other in
            other != language && !((try? entries(in: directory(of: other, in: reportsDirectory))) ?? []).isEmpty
        }
        return try write(reportsDirectory: folder, entries: entries(in: folder), language: language, others: others)
    }

    /// Writes `reportsDirectory/README.md` (atomically) listing `entries` in `language`, linking
    /// to the indices of `others` (folders beside it); returns its URL.
    @discardableResult
    public static func write(reportsDirectory: URL, entries: [Entry], language: Language = .english,
                             others: [Language] = []) throws -> URL {
        try AtomicFile.makeDirectory(reportsDirectory)
        let url = reportsDirectory.appendingPathComponent("README.md")
        try AtomicFile.write(Data(markdown(entries, language: language, others: others).utf8), to: url)
        return url
    }

    /// The folder of `language`'s reports inside the reports folder `root`.
    public static func directory(of language: Language, in root: URL) -> URL {
        language.subfolder.map { root.appendingPathComponent($0) } ?? root
    }

    static func markdown(_ entries: [Entry], language: Language = .english, others: [Language] = []) -> String {
        var lines = IndexTexts.opening(language) + others.map { IndexTexts.link(to: $0, from: language) }
        if !others.isEmpty { lines.append("") }
        for entry in entries {
            lines.append("- [\(entry.heading)](#\(anchor(entry.heading))) — \(entry.figures.count) figures")
        }
        lines.append("")
        for entry in entries {
            lines += ["## \(entry.heading)", "", entry.subtitle, "",
                      language.labelled("PDF", "[\(entry.directory)/\(entry.name).pdf](\(entry.directory)/\(entry.name).pdf)"), ""]
            for (index, figure) in entry.figures.enumerated() {
                lines += ["### \(entry.chapter.map { "\($0)." } ?? "")\(index + 1) \(figure.title)", "",
                          "![\(figure.title)](\(entry.directory)/\(figure.png))", "",
                          "\(figure.caption) *\(language.labelled("Source", figure.source)).*", ""]
            }
        }
        return lines.joined(separator: "\n")
    }

    /// GitHub's heading anchor: lowercase, spaces to hyphens, punctuation dropped.
    static func anchor(_ heading: String) -> String {
        String(heading.lowercased().compactMap { c -> Character? in
            c == " " ? "-" : (c.isLetter || c.isNumber || c == "-" || c == "_") ? c : nil
        })
    }
}
