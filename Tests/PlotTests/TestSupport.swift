import Foundation
@testable import Plot

/// A fresh empty directory under the system's temporary directory.
func temporaryDirectory(_ name: String = #function) throws -> URL {
    let clean = name.filter { $0.isLetter || $0.isNumber }
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("plot-tests-\(clean)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Runs a command-line tool and returns its standard output.
func run(_ tool: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}

/// A two-figure report: a number grid with known values and a line chart.
func smallReport() throws -> Report {
    var report = Report(chapter: 9, title: .same("Test chapter"), subtitle: .same("Two figures to check the writer."))
    let grid = try Matrix(rows: [[1, 2, 3], [4, -5, 6], [7, 8, 90]])
    report.add(Figure(id: "grid", title: "A grid", caption: "Nine integers.", source: "IFT 780, slide 1",
                      width: 300, height: 200) { canvas, area in
        try NumberGrid(grid, window: CellRange(row: 0, column: 0, size: 2)).draw(on: canvas, in: area)
    })
    report.add(Figure(id: "chart", title: "A chart", caption: "A parabola.", source: "beyond the slides",
                      width: 400, height: 250) { canvas, area in
        let xs = (0...10).map(Double.init)
        try LineChart(series: [Series("x²", x: xs, y: xs.map { $0 * $0 })], xLabel: "x", yLabel: "y")
            .draw(on: canvas, in: area)
    })
    return report
}
