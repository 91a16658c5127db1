import Foundation

/// One line of a chart: its points, its name in the legend, and how it is drawn.
public struct Series {
    public var name: String
    public var points: [Point]
    /// nil picks the next data-series colour (`Role.series`).
    public var color: Color?
    /// A marker at every point (nil for a plain line).
    public var marker: MarkerShape?
    public var dash: [Double]
    public var lineWidth: Double
    /// The range of the values behind each point (lowest…highest over repeated runs), drawn as a
    /// light band of the series' colour under its line; empty for none.
    public var spread: [ClosedRange<Double>] = []

    /// A series through `points` (data coordinates), drawn in order.
    public init(_ name: String, points: [Point], color: Color? = nil, marker: MarkerShape? = nil,
                dash: [Double] = [], lineWidth: Double = 1.8) {
        self.name = name
        self.points = points
        self.color = color
        self.marker = marker
        self.dash = dash
        self.lineWidth = lineWidth
    }

    /// A series from parallel x and y arrays (the shorter one sets the length).
    public init(_ name: String, x: [Double], y: [Double], color: Color? = nil, marker: MarkerShape? = nil,
                dash: [Double] = []) {
        self.init(name, points: zip(x, y).map { Point($0, $1) }, color: color, marker: marker, dash: dash)
    }

    /// The mean of several runs at each x, with their lowest…highest as the series' spread
    /// (`runs[r][i]`: run r's value at `x[i]`; the shortest run sets the length); a single run
    /// has no spread, nor have runs with a value that is not finite.
    public init(_ name: String, x: [Double], runs: [[Double]], color: Color? = nil, marker: MarkerShape? = nil,
                dash: [Double] = []) {
        let length = runs.map(\.count).min() ?? 0
        let columns = (0..<Swift.min(length, x.count)).map { i in runs.map { $0[i] } }
        self.init(name, x: x, y: columns.map { $0.reduce(0, +) / Double($0.count) }, color: color, marker: marker, dash: dash)
        if runs.count > 1, columns.allSatisfy({ $0.allSatisfy(\.isFinite) }) { spread = columns.map { $0.min()!...$0.max()! } }
    }
}

/// Where a legend box goes inside the plot area.
public enum LegendPosition: Sendable {
    /// The corner that hides the fewest data.
    case automatic
    case topLeft, topRight, bottomLeft, bottomRight, none
}

/// A line chart: several series, nice ticks, light grid, axis labels (with units), optional
/// logarithmic axes (non-positive values are left out), legend. Loss and accuracy curves,
/// learning-rate comparisons, benchmark sizes (a log x axis in base 2 for sizes that double).
public struct LineChart {
    public var series: [Series]
    public var xLabel: String
    public var yLabel: String
    public var logX = false
    public var logY = false
    /// The powers that tick a logarithmic x axis: 10, or 2 for sizes that double (1, 2, 4, … 256).
    public var logXBase = 10
    /// Fixed axis ranges; nil fits the data (extended to the nearest nice ticks).
    public var xRange: ClosedRange<Double>?
    public var yRange: ClosedRange<Double>?
    public var legend: LegendPosition = .automatic

    /// A chart of `series`; axis labels should name their units ("loss", "time (ms)").
    public init(series: [Series], xLabel: String, yLabel: String, logX: Bool = false, logXBase: Int = 10,
                logY: Bool = false, xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil,
                legend: LegendPosition = .automatic) {
        self.series = series
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.logX = logX
        self.logXBase = logXBase
        self.logY = logY
        self.xRange = xRange
        self.yRange = yRange
        self.legend = legend
    }

    /// Draws the chart (axes, labels and legend inside `rect`); returns its axes.
    @discardableResult
    public func draw(on canvas: Canvas, in rect: Rect) throws -> Axes {
        let shown = series.map { s in
            s.points.filter { $0.x.isFinite && $0.y.isFinite && (!logX || $0.x > 0) && (!logY || $0.y > 0) }
        }
        let all = shown.flatMap { $0 }
        guard !all.isEmpty else {
            let needs = [logX ? "x > 0" : nil, logY ? "y > 0" : nil].compactMap { $0 }.joined(separator: " and ")
            let why = needs.isEmpty ? "" : " (log scale needs \(needs))"
            throw PlotError.invalidInput("line chart \"\(yLabel)\" has no finite point to draw\(why)")
        }
        guard !logX || logXBase >= 2 else {
            throw PlotError.invalidInput("line chart \"\(yLabel)\": a logarithmic x axis needs a base of at least 2, got \(logXBase)")
        }
        let bands = series.map { s in
            zip(s.points, s.spread).filter { point, range in
                point.x.isFinite && range.lowerBound.isFinite && range.upperBound.isFinite && (!logX || point.x > 0)
                    && (!logY || range.lowerBound > 0)
            }
        }
        let xs = all.map(\.x), ys = all.map(\.y) + bands.flatMap { $0.flatMap { [$0.1.lowerBound, $0.1.upperBound] } }
        let axes = Axes(
            x: logX ? .logarithmic(xRange ?? xs.min()!...xs.max()!, base: logXBase) : .linear(xRange ?? xs.min()!...xs.max()!),
            y: logY ? .logarithmic(yRange ?? ys.min()!...ys.max()!) : .linear(yRange ?? ys.min()!...ys.max()!),
            xLabel: xLabel, yLabel: yLabel, in: rect, on: canvas)
        axes.drawFrame(on: canvas)
        try canvas.clipped(to: axes.plot.inset(by: -4)) {
            for (index, band) in bands.enumerated() where band.count > 1 {
                let color = (series[index].color ?? Role.series(index).color).withAlpha(0.2)
                let upper = band.map { axes.point(for: Point($0.0.x, $0.1.upperBound)) }
                let lower = band.reversed().map { axes.point(for: Point($0.0.x, $0.1.lowerBound)) }
                canvas.polygon(upper + lower, fill: color, stroke: color, width: 0)
            }
            for (index, s) in series.enumerated() {
                let color = s.color ?? Role.series(index).color
                let points = shown[index].map(axes.point(for:))
                canvas.polyline(points, color: color, width: s.lineWidth, dash: s.dash)
                if let marker = s.marker {
                    for p in points { canvas.marker(marker, at: p, color: color) }
                }
                try canvas.check()
            }
        }
        let entries = series.enumerated().map { index, s in
            Legend.Entry(name: s.name, color: s.color ?? Role.series(index).color,
                         sample: .line(dash: s.dash, marker: s.marker))
        }
        Legend(entries: entries).draw(on: canvas, in: axes.plot, at: legend,
                                      avoiding: shown.map { $0.map(axes.point(for:)) })
        try canvas.check()
        return axes
    }
}
