import Foundation
import Testing
@testable import Plot

@Suite("Report writing")
struct ReportTests {
    @Test("the same report written twice gives the same bytes (PDF, PNG, README)")
    func byteIdentical() throws {
        let report = try smallReport()
        let first = try temporaryDirectory(), second = try temporaryDirectory()
        let a = try report.write(to: first), b = try report.write(to: second)
        #expect(a.map(\.lastPathComponent) == ["chapter9.pdf", "01-grid.png", "02-chart.png", "README.md", "report.json"])
        for (x, y) in zip(a, b) {
            #expect(try Data(contentsOf: x) == Data(contentsOf: y), "\(x.lastPathComponent) differs")
        }
    }

    @Test("the PDF has a title page and one page per figure")
    func pageCount() throws {
        let directory = try temporaryDirectory()
        _ = try smallReport().write(to: directory)
        let info = try run("pdfinfo", [directory.appendingPathComponent("chapter9.pdf").path])
        #expect(info.contains("Pages:           3"))
    }

    @Test("pdftotext reads back the numbers the grid drew, with the typographic minus")
    func gridNumbersInPDF() throws {
        let directory = try temporaryDirectory()
        _ = try smallReport().write(to: directory)
        let text = try run("pdftotext", ["-layout", "-f", "2", "-l", "2",
                                          directory.appendingPathComponent("chapter9.pdf").path, "-"])
        let tokens = text.split(whereSeparator: \.isWhitespace).map(String.init)
        for number in ["1", "2", "3", "4", "−5", "6", "7", "8", "90"] {
            #expect(tokens.contains(number), "\(number) missing from \(tokens)")
        }
        #expect(text.contains("A grid") && text.contains("Source: IFT 780, slide 1"))
    }

    @Test("PNGs are twice the page size in pixels")
    func pngScale() throws {
        let directory = try temporaryDirectory()
        let urls = try smallReport().write(to: directory)
        let png = try Data(contentsOf: urls[1])
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let page = FigurePage(try smallReport().figures[0], language: .english, measuredOn: try Canvas(imageWidth: 1, height: 1, scale: 1))
        #expect(width == Int((page.width * 2).rounded(.up)))
    }

    @Test("writing leaves no temporary file and removes PNGs of figures that are gone")
    func noTemporaryFiles() throws {
        let directory = try temporaryDirectory()
        try Data("old".utf8).write(to: directory.appendingPathComponent("07-removed.png"))
        try Data("keep".utf8).write(to: directory.appendingPathComponent("notes.txt"))
        _ = try smallReport().write(to: directory)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == ["01-grid.png", "02-chart.png", "README.md", "chapter9.pdf", "notes.txt", "report.json"])
    }

    @Test("writing under a regular file throws an error naming the directory")
    func unwritableDirectory() throws {
        let file = try temporaryDirectory().appendingPathComponent("plain-file")
        try Data().write(to: file)
        let target = file.appendingPathComponent("reports")
        #expect {
            _ = try smallReport().write(to: target)
        } throws: { error in
            guard case PlotError.io(let path, _) = error else { return false }
            return path == target.path
        }
    }

    @Test("two figures with one id are refused before anything is written")
    func duplicateIds() throws {
        var report = try smallReport()
        report.add(report.figures[0])
        let directory = try temporaryDirectory().appendingPathComponent("never")
        #expect(throws: PlotError.self) { _ = try report.write(to: directory) }
        #expect(!FileManager.default.fileExists(atPath: directory.path))
    }

    @Test("the index lists chapters in order, then named reports, with PDF and PNG links")
    func index() throws {
        let root = try temporaryDirectory()
        _ = try smallReport().write(to: root.appendingPathComponent("chapter9"))
        var gallery = Report(name: "gallery", title: "Gallery", subtitle: "All primitives.")
        gallery.add(try smallReport().figures[1])
        _ = try gallery.write(to: root.appendingPathComponent("gallery"))
        var second = Report(chapter: 2, title: .same("Second"), subtitle: .same("Early chapter."))
        second.add(try smallReport().figures[0])
        _ = try second.write(to: root.appendingPathComponent("chapter2"))

        #expect(try ReportIndex.entries(in: root).map(\.name) == ["chapter2", "chapter9", "gallery"])
        let markdown = try String(contentsOf: ReportIndex.write(reportsDirectory: root), encoding: .utf8)
        #expect(markdown.contains("## Chapter 9 — Test chapter"))
        #expect(markdown.contains("(chapter9/chapter9.pdf)"))
        #expect(markdown.contains("![A grid](chapter9/01-grid.png)"))
        #expect(markdown.contains("![A chart](gallery/01-chart.png)"))
    }
}
