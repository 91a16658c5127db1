import Foundation

/// Which contour levels to draw.
public enum ContourLevels: Sendable {
    /// Exactly these values.
    case values([Double])
    /// About `n` nice values spread over the function's range.
    case count(Int)
    /// `n` values spaced evenly in log10 between the smallest positive value and the largest
    /// (loss surfaces: many rings near the minimum, few far away).
    case logSpaced(Int)
}

/// A path drawn over a contour plot: the iterates of gradient descent, say. Its start is a
/// hollow circle, its end a filled one.
public struct Trajectory {
    /// The legend's text for this path.
    public var name: String
    /// The path's points in data coordinates, in order.
    public var points: [Point]
    /// nil picks the next data-series colour (`Role.series`).
    public var color: Color?
    /// Marks every iterate with a small dot.
    public var marksSteps: Bool

    /// A named path through `points` (data coordinates).
    public init(_ name: String, points: [Point], color: Color? = nil, marksSteps: Bool = true) {
        self.name = name
        self.points = points
        self.color = color
        self.marksSteps = marksSteps
    }
}

/// Contour lines of z(x, y) over a rectangle (coloured by level with viridis, with a colour bar
/// of the levels) and trajectories on top with a legend: gradient descent on a loss surface.
public struct ContourPlot {
    /// z sampled on the grid: row i is ys[i], column j is xs[j].
    public var z: Matrix
    /// The grid's x coordinates, increasing.
    public var xs: [Double]
    /// The grid's y coordinates, increasing.
    public var ys: [Double]
    /// Which values of z get a contour line.
    public var levels: ContourLevels
    /// Paths drawn over the contours, with a legend.
    public var trajectories: [Trajectory]
    /// The x axis's label.
    public var xLabel: String
    /// The y axis's label.
    public var yLabel: String
    /// What the contour levels measure, written beside the colour bar ("J(θ)", "loss").
    public var levelLabel: String
    /// One unit on x as long as one unit on y (circles look round).
    public var equalAspect: Bool
    /// Where the legend of the trajectories goes.
    public var legend: LegendPosition = .automatic
    /// The legend's name for the grey start and end marks, in the report's language.
    public var startEndLabel = "start, end"

    /// Samples `function` on a `resolution` × `resolution` grid over the two ranges.
    public init(xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, resolution: Int = 101,
                levels: ContourLevels = .count(10), trajectories: [Trajectory] = [], xLabel: String = "x",
                yLabel: String = "y", levelLabel: String = "level of z", equalAspect: Bool = false,
                function: (Double, Double) -> Double) {
        let n = max(2, resolution)
        let xs = (0..<n).map { xRange.lowerBound + (xRange.upperBound - xRange.lowerBound) * Double($0) / Double(n - 1) }
        let ys = (0..<n).map { yRange.lowerBound + (yRange.upperBound - yRange.lowerBound) * Double($0) / Double(n - 1) }
        self.z = Matrix(sampling: function, xs: xs, ys: ys)
        self.xs = xs
        self.ys = ys
        self.levels = levels
        self.trajectories = trajectories
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.levelLabel = levelLabel
        self.equalAspect = equalAspect
    }

    /// The level values drawn, increasing.
    public var levelValues: [Double] {
        let range = z.finiteRange
        switch levels {
        case .values(let values):
            return values.sorted()
        case .count(let n):
            return Ticks.inside(range, count: n).values.filter { $0 > range.lowerBound && $0 < range.upperBound }
        case .logSpaced(let n):
            let top = range.upperBound
            let bottom = z.values.filter { $0 > 0 && $0.isFinite }.min() ?? top * 1e-6
            guard top > bottom, n > 0 else { return [] }
            let (lo, hi) = (log10(bottom), log10(top))
            return (1...n).map { pow(10, lo + (hi - lo) * Double($0) / Double(n + 1)) }
        }
    }

    /// Draws axes, contours, colour bar, trajectories and legend in `rect`; returns the axes.
    @discardableResult
    public func draw(on canvas: Canvas, in rect: Rect) throws -> Axes {
        guard let x0 = xs.first, let x1 = xs.last, let y0 = ys.first, let y1 = ys.last, x1 > x0, y1 > y0 else {
            throw PlotError.invalidInput("a contour plot needs increasing x and y coordinates")
        }
        let values = levelValues
        let (chartArea, barArea) = rect.sliceRight(ColorBar.preferredWidth, spacing: 10)
        var axes = Axes(x: .linear(x0...x1), y: .linear(y0...y1), xLabel: xLabel, yLabel: yLabel, in: chartArea,
                        on: canvas, exactRanges: true)
        if equalAspect {
            let plot = axes.plot.fitted(aspect: (x1 - x0) / (y1 - y0))
            let area = chartArea.inset(top: plot.minY - axes.plot.minY, left: plot.minX - axes.plot.minX,
                                       bottom: axes.plot.maxY - plot.maxY, right: axes.plot.maxX - plot.maxX)
            axes = Axes(x: .linear(x0...x1), y: .linear(y0...y1), xLabel: xLabel, yLabel: yLabel, in: area,
                        on: canvas, exactRanges: true)
        }
        axes.drawFrame(on: canvas)
        let scale = levelScale(values)
        let colors = values.map(scale.color(for:))
        let lines = try canvas.clipped(to: axes.plot) { () throws -> [[Point]] in
            for (level, color) in zip(values, colors) {
                let segments = try MarchingSquares.segments(z, xs: xs, ys: ys, level: level)
                canvas.segments(segments.map { (axes.point(for: $0.0), axes.point(for: $0.1)) }, color: color, width: 1.2)
            }
            return try trajectories.enumerated().map { index, t in try draw(t, index: index, on: canvas, axes: axes) }
        }
        if !values.isEmpty {
            let bar = Rect(x: barArea.x, y: axes.plot.minY, width: barArea.width, height: axes.plot.height)
            try ColorBar(scale: scale, label: levelLabel).draw(on: canvas, in: bar)
        }
        if !trajectories.isEmpty {
            var entries = trajectories.enumerated().map { index, t in
                Legend.Entry(name: t.name, color: color(of: t, index: index), sample: .line(dash: [], marker: nil))
            }
            entries.append(Legend.Entry(name: startEndLabel, color: .gray, sample: .startEnd))
            Legend(entries: entries).draw(on: canvas, in: axes.plot, at: legend, avoiding: lines)
        }
        try canvas.check()
        return axes
    }

    /// The levels' colours and bar: logarithmic (ticked at powers of ten) for log-spaced levels,
    /// linear (nice ticks) otherwise, from the lowest level drawn to the highest.
    private func levelScale(_ values: [Double]) -> ColorScale {
        let range = (values.first ?? 0)...(values.last ?? 1)
        if case .logSpaced = levels { return .logarithmic(range) }
        return .sequential(range)
    }

    private func color(of trajectory: Trajectory, index: Int) -> Color {
        trajectory.color ?? Role.series(index).color
    }

    /// Draws one trajectory; returns its canvas points (for the legend to avoid).
    private func draw(_ trajectory: Trajectory, index: Int, on canvas: Canvas, axes: Axes) throws -> [Point] {
        let color = color(of: trajectory, index: index)
        let points = trajectory.points.filter { $0.x.isFinite && $0.y.isFinite }.map(axes.point(for:))
        guard let start = points.first, let end = points.last else { return [] }
        canvas.polyline(points, color: color, width: 1.8)
        if trajectory.marksSteps {
            for p in points { canvas.circle(center: p, radius: 1.8, fill: color) }
        }
        canvas.circle(center: start, radius: 5, fill: .white, stroke: color, width: 2)
        canvas.circle(center: end, radius: 5, fill: color, stroke: .white, width: 1)
        try canvas.check()
        return points
    }
}

extension Matrix {
    /// `f(x, y)` on the grid: element (i, j) is `f(xs[j], ys[i])`.
    public init(sampling f: (Double, Double) -> Double, xs: [Double], ys: [Double]) {
        self.init(rows: ys.count, columns: xs.count, uncheckedValues: ys.flatMap { y in xs.map { x in f(x, y) } })
    }
}
