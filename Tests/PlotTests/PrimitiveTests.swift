import CCairo
import Foundation
import Testing
@testable import Plot

@Suite("Primitives")
struct PrimitiveTests {
    @Test("a number grid writes integers as integers and decimals when needed")
    func gridTexts() throws {
        #expect(NumberGrid(try Matrix(rows: [[1, -2], [3, 4]])).cellTexts == ["1", "−2", "3", "4"])
        #expect(NumberGrid(try Matrix(rows: [[0.5, 1]]), decimals: 1).cellTexts == ["0.5", "1.0"])
    }

    @Test("a number grid's cells are square, centred, no larger than maxCellSize")
    func gridLayout() throws {
        let canvas = try Canvas(imageWidth: 10, height: 10, scale: 1)
        let layout = NumberGrid(try Matrix(rows: [[1, 2, 3], [4, 5, 6]]))
            .layout(in: Rect(x: 0, y: 0, width: 400, height: 300), on: canvas)
        #expect(layout.cellWidth == 40 && layout.cellHeight == 40)
        #expect(layout.frame == Rect(x: 140, y: 110, width: 120, height: 80))
        #expect(layout.rect(of: CellRange(row: 0, column: 1, size: 2)) == Rect(x: 180, y: 110, width: 80, height: 80))
    }

    @Test("rectangles split into panels that tile the area with the spacing between")
    func rectSplits() {
        let area = Rect(x: 10, y: 20, width: 300, height: 100)
        let columns = area.columns(3, spacing: 15)
        #expect(columns.map(\.width) == [90, 90, 90])
        #expect(columns.map(\.x) == [10, 115, 220])
        #expect(area.rows(weights: [1, 3], spacing: 20).map(\.height) == [20, 60])
        #expect(area.fitted(aspect: 1) == Rect(x: 110, y: 20, width: 100, height: 100))
        let (top, rest) = area.sliceTop(30, spacing: 10)
        #expect(top.height == 30 && rest.minY == 60 && rest.height == 60)
        #expect(area.grid(rows: 2, columns: 2, spacing: 0).count == 4)
    }

    @Test("a log₂ x axis spaces doubling sizes evenly, leaves out x ≤ 0, and refuses a base below 2")
    func logXChart() throws {
        let canvas = try Canvas(imageWidth: 10, height: 10, scale: 1)
        let sizes: [Double] = [0, 1, 2, 4, 8, 16]
        let chart = LineChart(series: [Series("t", x: sizes, y: sizes.map { $0 + 1 })], xLabel: "B", yLabel: "t",
                              logX: true, logXBase: 2)
        let axes = try chart.draw(on: canvas, in: Rect(x: 0, y: 0, width: 400, height: 300))
        #expect(axes.xTicks.values == [1, 2, 4, 8, 16])
        let xs = [1.0, 2, 4, 8, 16].map { axes.point(for: Point($0, 1)).x }
        let gaps = zip(xs.dropFirst(), xs).map { $0 - $1 }
        #expect(gaps.allSatisfy { abs($0 - gaps[0]) < 1e-9 } && gaps[0] > 0)
        #expect(xs[0] == axes.plot.minX && abs(xs[4] - axes.plot.maxX) < 1e-9)
        var bad = chart
        bad.logXBase = 1
        #expect(throws: PlotError.self) { try bad.draw(on: canvas, in: Rect(x: 0, y: 0, width: 400, height: 300)) }
    }

    @Test("a table that does not fit says how much room it needs")
    func tableTooWide() throws {
        let canvas = try Canvas(imageWidth: 10, height: 10, scale: 1)
        let table = Table(header: ["a long header", "another long header"], rows: [["1", "2"]])
        #expect(throws: PlotError.self) { try table.draw(on: canvas, in: Rect(x: 0, y: 0, width: 100, height: 200)) }
        #expect(Table.looksNumeric("−0.5") && Table.looksNumeric("48,120") && !Table.looksNumeric("conv"))
    }

    @Test("a layer diagram refuses boxes too narrow for their text")
    func diagramTooNarrow() throws {
        let canvas = try Canvas(imageWidth: 10, height: 10, scale: 1)
        let layers = (0..<12).map { LayerDiagram.Layer("convolution\($0)", shape: "256×13×13") }
        #expect(throws: PlotError.self) {
            try LayerDiagram(layers).draw(on: canvas, in: Rect(x: 0, y: 0, width: 400, height: 100))
        }
    }

    @Test("a raster with the wrong number of colours is refused, a good one draws")
    func raster() throws {
        let canvas = try Canvas(imageWidth: 20, height: 20, scale: 1)
        #expect(throws: PlotError.self) {
            try canvas.pixels([.black], columns: 2, rows: 2, in: Rect(x: 0, y: 0, width: 20, height: 20))
        }
        try canvas.pixels([.black, .white, .white, .black], columns: 2, rows: 2, in: Rect(x: 0, y: 0, width: 20, height: 20))
        // The PNG decoded again: each 10×10 quarter has its raster cell's colour (0x00RRGGBB).
        let file = try temporaryDirectory().appendingPathComponent("raster.png")
        try canvas.pngData().write(to: file)
        let image = try #require(cairo_image_surface_create_from_png(file.path))
        defer { cairo_surface_destroy(image) }
        #expect(cairo_surface_status(image) == CAIRO_STATUS_SUCCESS)
        #expect((cairo_image_surface_get_width(image), cairo_image_surface_get_height(image)) == (20, 20))
        let stride = Int(cairo_image_surface_get_stride(image))
        let data = try #require(cairo_image_surface_get_data(image))
        func pixel(_ x: Int, _ y: Int) -> UInt32 {
            UnsafeRawPointer(data + y * stride + 4 * x).loadUnaligned(as: UInt32.self) & 0x00FF_FFFF
        }
        #expect([pixel(5, 5), pixel(15, 5), pixel(5, 15), pixel(15, 15)] == [0x000000, 0xFFFFFF, 0xFFFFFF, 0x000000])
    }

    @Test("the gallery report has one figure per primitive and renders")
    func gallery() throws {
        let report = PlotGallery.makeReport()
        #expect(report.figures.map(\.id) == ["canvas-primitives", "colormaps", "number-grid", "heatmap",
                                              "image-gallery", "line-chart", "contour-trajectory", "table",
                                              "layer-diagram"])
        let directory = try temporaryDirectory()
        let urls = try report.write(to: directory)
        #expect(urls.first?.lastPathComponent == "gallery.pdf")
        let info = try run("pdfinfo", [urls[0].path])
        #expect(info.contains("Pages:           10"))
    }
}
