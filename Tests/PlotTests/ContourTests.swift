import Foundation
import Testing
@testable import Plot

@Suite("Marching squares and contour levels")
struct ContourTests {
    @Test("contours of x² + y² lie on circles of the right radius", arguments: [0.5, 1.0, 1.7])
    func circle(radius: Double) throws {
        let n = 61
        let xs = (0..<n).map { -2 + 4 * Double($0) / Double(n - 1) }
        let z = Matrix(sampling: { x, y in x * x + y * y }, xs: xs, ys: xs)
        let segments = try MarchingSquares.segments(z, xs: xs, ys: xs, level: radius * radius)
        let ends = segments.flatMap { [$0.0, $0.1] }
        #expect(ends.count > 20)
        // Linear interpolation of a quadratic on a 1/15 grid: within h²/(8r) ≈ 0.001 of the circle.
        for p in ends {
            #expect(abs(hypot(p.x, p.y) - radius) < 0.003, "(\(p.x), \(p.y)) is not at radius \(radius)")
        }
        // The segments go all the way round: every octant has points.
        let octants = Set(ends.map { Int(((atan2($0.y, $0.x) + Double.pi) / (Double.pi / 4)).rounded(.down)) % 8 })
        #expect(octants.count == 8)
    }

    @Test("a plane crossed by the level gives one straight segment per cell on x = level")
    func plane() throws {
        let xs = [0.0, 1, 2, 3]
        let z = Matrix(sampling: { x, _ in x }, xs: xs, ys: xs)
        let segments = try MarchingSquares.segments(z, xs: xs, ys: xs, level: 1.25)
        #expect(segments.count == 3)
        #expect(segments.allSatisfy { $0.0.x == 1.25 && $0.1.x == 1.25 })
    }

    @Test("mismatched coordinates are refused")
    func mismatch() {
        let z = Matrix(row: [1, 2, 3])
        #expect(throws: PlotError.self) { _ = try MarchingSquares.segments(z, xs: [0, 1], ys: [0], level: 1) }
    }

    @Test("log-spaced levels are evenly spaced in log10 between the smallest positive value and the top")
    func logLevels() {
        let plot = ContourPlot(xRange: 0...3, yRange: 0...1, resolution: 4, levels: .logSpaced(2)) { x, _ in pow(10, x) }
        let levels = plot.levelValues
        #expect(levels.count == 2)
        #expect(abs(levels[0] - 10) < 1e-9 && abs(levels[1] - 100) < 1e-9)
    }
}
