import Foundation

extension PlotGallery {
    /// Linear and logarithmic line charts with markers and legends.
    static func lineCharts() -> Figure {
        Figure(id: "line-chart", title: "Line charts: linear and logarithmic axes",
               caption: "Left: three curves with a legend, markers on one. Right: geometric decays on a logarithmic y axis (straight lines), as loss curves are shown.",
               source: "beyond the slides", width: 760, height: 300) { canvas, area in
            let panels = area.columns(2, spacing: 30)
            let xs = stride(from: 0.0, through: 10, by: 0.25).map { $0 }
            try Panel.titled("Linear axes", on: canvas, in: panels[0]) { rect in
                try LineChart(series: [
                    Series("sin x", x: xs, y: xs.map(sin)),
                    Series("cos x / 2", x: xs, y: xs.map { cos($0) / 2 }, dash: [5, 3]),
                    Series("x / 10 − 0.5", x: xs.filter { $0 == $0.rounded() }, y: xs.filter { $0 == $0.rounded() }.map { $0 / 10 - 0.5 },
                           marker: .circle),
                ], xLabel: "x (rad)", yLabel: "y").draw(on: canvas, in: rect)
            }
            let epochs = (0...40).map(Double.init)
            try Panel.titled("Logarithmic y", on: canvas, in: panels[1]) { rect in
                try LineChart(series: [
                    Series("lr 0.1", x: epochs, y: epochs.map { 2 * pow(0.8, $0) }),
                    Series("lr 0.01", x: epochs.filter { $0.truncatingRemainder(dividingBy: 5) == 0 },
                           y: epochs.filter { $0.truncatingRemainder(dividingBy: 5) == 0 }.map { 2 * pow(0.95, $0) }, marker: .square),
                    Series("lr 1 (diverges)", x: Array(epochs.prefix(12)), y: epochs.prefix(12).map { 2 * pow(1.9, $0) }),
                ], xLabel: "epoch", yLabel: "loss", logY: true).draw(on: canvas, in: rect)
            }
        }
    }
}
