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

    func execute() throws {
        let chapter = try ChapterRegistry.chapter(number)
        try ReportWriter(out: out, quick: quick).write([chapter])
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

    func execute() throws {
        try ReportWriter(out: out, quick: quick).write(ChapterRegistry.builtChapters)
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

/// Builds and writes chapter reports, then refreshes the index of the reports folder.
struct ReportWriter {
    let out: String
    let quick: Bool

    func write(_ chapters: [any CourseChapter.Type]) throws {
        let root = URL(fileURLWithPath: out)
        for chapter in chapters {
            let start = Date()
            let report = try chapter.makeReport(quick: quick)
            let folder = root.appendingPathComponent(report.name)
            _ = try report.write(to: folder)
            print(String(format: "chapter %d: %d figures → %@ (%.1f s)", chapter.number,
                         report.figures.count, folder.path, Date().timeIntervalSince(start)))
        }
        try ReportIndex.write(reportsDirectory: root)
    }
}
