import ArgumentParser
import Chapters
import Foundation
import Plot

/// `cnnlab chapter N`: regenerates one chapter's report into `<out>/chapterN/`.
struct ChapterCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "chapter",
        abstract: "Regenerate one chapter's report (PDF + one PNG per figure).")

    @Argument(help: "The chapter number, 1 to 8.")
    var number: Int

    @Option(name: .long, help: "The reports folder; the chapter goes into <out>/chapterN/.")
    var out: String = "Reports"

    @Flag(name: .long, help: "Fewer epochs and smaller data: a fast check that the chapter still renders.")
    var quick = false

    @Option(name: .long, help: "The languages to write, en, fr or en,fr (French goes into <out>/fr/chapterN/); the chapter is computed once.")
    var lang: String = "en"

    func execute() throws {
        let chapter = try ChapterRegistry.chapter(number)
        try ReportWriter(out: out, quick: quick, languages: try ReportWriter.languages(lang)).write([chapter])
    }
}

/// `cnnlab reports`: regenerates every chapter that exists, then the index `<out>/README.md`.
struct ReportsCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "reports",
        abstract: "Regenerate the report of every chapter, and the index Reports/README.md.")

    @Option(name: .long, help: "The reports folder.")
    var out: String = "Reports"

    @Flag(name: .long, help: "Fewer epochs and smaller data: a fast check that every chapter still renders.")
    var quick = false

    @Option(name: .long, help: "The languages to write, en, fr or en,fr (French goes into <out>/fr/); each chapter is computed once.")
    var lang: String = "en"

    func execute() throws {
        try ReportWriter(out: out, quick: quick, languages: try ReportWriter.languages(lang))
            .write(ChapterRegistry.builtChapters)
    }
}

/// `cnnlab gallery`: the drawing kit's own report, one page per primitive.
struct GalleryCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "gallery",
        abstract: "Render the drawing kit's gallery (one page per primitive) into <out>/gallery/.")

    @Option(name: .long, help: "The reports folder.")
    var out: String = "Reports"

    func execute() throws {
        let root = URL(fileURLWithPath: out)
        let report = PlotGallery.makeReport()
        _ = try report.write(to: root.appendingPathComponent(report.name))
        try ReportIndex.write(reportsDirectory: root)
        print("gallery: \(report.figures.count) figures → \(root.appendingPathComponent(report.name).path)")
    }
}

/// Builds chapter reports — each computed once — and writes each in every language asked for
/// (English into `<out>/chapterN/`, French into `<out>/fr/chapterN/`), then refreshes the index of
/// each language's folder.
struct ReportWriter {
    let out: String
    let quick: Bool
    let languages: [Language]

    /// The languages of a `--lang` value: "en", "fr", "en,fr".
    /// - Throws: one sentence naming the unknown language.
    static func languages(_ list: String) throws -> [Language] {
        let codes = list.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let languages = try codes.map { code in
            guard let language = Language(rawValue: code) else {
                throw CommandError("--lang \(list): \"\(code)\" is not a language of the reports (en, fr, or both as en,fr)")
            }
            return language
        }
        return Language.allCases.filter(languages.contains)
    }

    func write(_ chapters: [any CourseChapter.Type]) throws {
        let root = URL(fileURLWithPath: out)
        for chapter in chapters {
            let start = Date()
            let report = try chapter.makeReport(quick: quick)
            for language in languages {
                let folder = ReportIndex.directory(of: language, in: root).appendingPathComponent(report.name)
                _ = try report.write(to: folder, language: language)
                print(String(format: "chapter %d: %d figures → %@ (%.1f s)", chapter.number,
                             report.figures.count, folder.path, Date().timeIntervalSince(start)))
            }
        }
        for language in Language.allCases where languages.contains(language) || language == .english {
            try ReportIndex.write(reportsDirectory: root, language: language)
        }
    }
}
