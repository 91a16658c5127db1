import Foundation

/// Vertical bars on a linear value axis that starts at 0, so lengths compare: one group per
/// category, one bar per series in it (each in its data-series colour), the category names under
/// the groups (slanted when they do not fit), each value written over its bar, and a legend when
/// there are several series.
public struct BarChart {
    /// One series: a value per category (nil: no bar there).
    public struct Bars {
        /// The legend's text.
        public var name: String
        /// One value per category, ≥ 0; nil leaves the slot empty.
        public var values: [Double?]
        /// The series' colour role (by default the n-th data series).
        public var role: Role?

        /// A series named `name` with one value per category.
        public init(_ name: String, values: [Double?], role: Role? = nil) {
            self.name = name
            self.values = values
            self.role = role
        }
    }

    /// The groups' names, left to right.
    public var categories: [String]
    /// The series drawn side by side in every group.
    public var series: [Bars]
    /// What the values measure, along the axis.
    public var valueLabel: String
    /// The axis' top; nil rounds the largest value up to a nice number.
    public var upper: Double?
    /// Decimals of the values written over the bars (nil: none written).
    public var decimals: Int? = 0
    /// Where the legend goes (drawn only for two series or more).
    public var legend: LegendPosition = .topRight

    /// Bars of `series` over `categories`.
    public init(categories: [String], series: [Bars], valueLabel: String, upper: Double? = nil) {
        self.categories = categories
        self.series = series
        self.valueLabel = valueLabel
        self.upper = upper
    }

    /// The same chart with its legend at `position`.
    public func withLegend(_ position: LegendPosition) -> BarChart {
        var chart = self
        chart.legend = position
        return chart
    }

    /// Draws axes, bars, names and legend in `rect`; returns the axes.
    @discardableResult
    public func draw(on canvas: Canvas, in rect: Rect) throws -> Axes {
        let values = series.flatMap { $0.values.compactMap { $0 } }
        guard !categories.isEmpty, !series.isEmpty, series.allSatisfy({ $0.values.count == categories.count }) else {
            throw PlotError.invalidInput("a bar chart needs one value per category in every series")
        }
        guard values.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            throw PlotError.invalidInput("bar lengths must be finite and ≥ 0")
        }
        let top = upper ?? (Ticks.linear(0...max(values.max() ?? 1, 1e-12)).values.last ?? 1)
        let widest = categories.map { canvas.textWidth($0, size: FontSize.number) }.max() ?? 0
        let slot = (rect.width - 60) / Double(categories.count)
        let slanted = widest > slot - 4
        let names = slanted ? widest * 0.72 + 10 : FontSize.number * 1.6 + 4
        let axes = Axes(x: .linear(0...Double(categories.count)), y: .linear(0...top), xLabel: "", yLabel: valueLabel,
                        in: rect.inset(bottom: names), on: canvas, exactRanges: true)
        axes.drawFrame(on: canvas, numericX: false)
        let width = axes.plot.width / Double(categories.count)
        let barWidth = width * 0.78 / Double(series.count)
        // Values over neighbouring bars must not run into each other: a smaller size when the
        // widest does not fit its bar's slot.
        let preferredSize = series.count > 2 ? 8 : FontSize.number
        let widestValue = decimals.map { decimals in
            values.map { canvas.textWidth(NumberFormat.string($0, decimals: decimals), size: preferredSize) }.max() ?? 0
        } ?? 0
        let valueSize = widestValue <= barWidth - 2 ? preferredSize : max(6, preferredSize * (barWidth - 2) / widestValue)
        for (index, name) in categories.enumerated() {
            let left = axes.plot.minX + Double(index) * width + width * 0.11
            for (k, bars) in series.enumerated() {
                guard let value = bars.values[index] else { continue }
                let y = axes.point(for: Point(0, min(value, top))).y
                let bar = Rect(x: left + Double(k) * barWidth, y: y, width: barWidth * 0.92, height: axes.plot.maxY - y)
                canvas.fill(bar, color: (bars.role ?? .series(k)).color)
                if let decimals {
                    canvas.text(NumberFormat.string(value, decimals: decimals), at: Point(bar.midX, bar.minY - 2),
                                size: valueSize, align: .center, baseline: .bottom)
                }
            }
            let x = axes.plot.minX + (Double(index) + 0.5) * width
            if slanted {
                canvas.text(name, at: Point(x + 4, axes.plot.maxY + 6), size: FontSize.number, align: .right,
                            baseline: .middle, rotation: -Double.pi / 4)
            } else {
                canvas.text(name, at: Point(x, axes.plot.maxY + 6), size: FontSize.number, align: .center, baseline: .top)
            }
        }
        if series.count > 1 {
            Legend(entries: series.enumerated().map { k, bars in
                Legend.Entry(name: bars.name, color: (bars.role ?? .series(k)).color, sample: .swatch)
            }).draw(on: canvas, in: axes.plot, at: legend)
        }
        try canvas.check()
        return axes
    }
}
