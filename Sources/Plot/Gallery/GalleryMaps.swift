import Foundation

extension PlotGallery {
    /// Galleries of small maps: signed filters on one shared scale, feature maps scaled per map.
    static func imageGallery() -> Figure {
        Figure(id: "image-gallery", title: "Image galleries: filters and feature maps",
               caption: "Left: eight signed 5×5 oriented-edge filters on one shared diverging scale (0 white). Right: six 12×12 maps scaled each to its own range, so the colour bar reads per map.",
               source: "beyond the slides", width: 760, height: 320) { canvas, area in
            let panels = area.columns(weights: [1.1, 1], spacing: 30)
            let filters = (0..<8).map { k -> ImageGallery.Item in
                let angle = Double(k) * Double.pi / 8
                let m = sample(rows: 5, columns: 5) { i, j in
                    let u = (j - 2) * cos(angle) + (i - 2) * sin(angle)
                    return u * exp(-((i - 2) * (i - 2) + (j - 2) * (j - 2)) / 6) * (1 + Double(k) / 8)
                }
                return ImageGallery.Item("θ = \(k * 180 / 8)°", m)
            }
            try Panel.titled("Shared diverging scale", on: canvas, in: panels[0]) { rect in
                try ImageGallery(filters, columns: 4, signed: true, colorBarLabel: "weight").draw(on: canvas, in: rect)
            }
            let maps = (1...6).map { k -> ImageGallery.Item in
                let m = sample(rows: 12, columns: 12) { i, j in pow(10, Double(k - 3)) * (1 + sin(i / Double(k)) * cos(j / 3)) }
                return ImageGallery.Item("map \(k) (×10\(NumberFormat.superscript(k - 3)))", m)
            }
            try Panel.titled("Per-map scaling", on: canvas, in: panels[1]) { rect in
                try ImageGallery(maps, scaling: .perMap, colorBarLabel: "activation").draw(on: canvas, in: rect)
            }
        }
    }

    /// Contours of two loss surfaces with gradient-descent paths on top.
    static func contours() -> Figure {
        Figure(id: "contour-trajectory", title: "Contour plots with trajectories",
               caption: "Left: the quadratic bowl z = x² + 4y² with gradient descent at two step sizes (equal axes). Right: the Rosenbrock function with log-spaced levels and a slow descent along its valley.",
               source: "beyond the slides", width: 780, height: 340) { canvas, area in
            let panels = area.columns(2, spacing: 24)
            func descent(_ start: Point, steps: Int, rate: Double, gradient: (Point) -> Point) -> [Point] {
                var p = start
                var path = [p]
                for _ in 0..<steps {
                    let g = gradient(p)
                    p = Point(p.x - rate * g.x, p.y - rate * g.y)
                    path.append(p)
                }
                return path
            }
            let bowl = { (p: Point) in Point(2 * p.x, 8 * p.y) }
            try Panel.titled("z = x² + 4y²", on: canvas, in: panels[0]) { rect in
                try ContourPlot(xRange: -3...3, yRange: -2...2, levels: .values([0.25, 1, 2, 4, 6, 9, 12, 16]),
                                trajectories: [
                                    Trajectory("η = 0.05", points: descent(Point(-2.8, 1.5), steps: 25, rate: 0.05, gradient: bowl)),
                                    Trajectory("η = 0.22 (zigzag)", points: descent(Point(2.5, -1.6), steps: 15, rate: 0.22, gradient: bowl)),
                                ], xLabel: "x", yLabel: "y", equalAspect: true) { x, y in x * x + 4 * y * y }
                    .draw(on: canvas, in: rect)
            }
            let rosenbrock = { (p: Point) in Point(-2 * (1 - p.x) - 400 * p.x * (p.y - p.x * p.x), 200 * (p.y - p.x * p.x)) }
            try Panel.titled("Rosenbrock, log-spaced levels", on: canvas, in: panels[1]) { rect in
                let path = descent(Point(-1.2, 1), steps: 4000, rate: 0.001, gradient: rosenbrock)
                try ContourPlot(xRange: -2...2, yRange: -1...3, resolution: 201, levels: .logSpaced(10),
                                trajectories: [Trajectory("η = 0.001, every 100th step", points: path.enumerated().filter { $0.offset % 100 == 0 }.map(\.element))],
                                xLabel: "w₁", yLabel: "w₂") { x, y in (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x) }
                    .draw(on: canvas, in: rect)
            }
        }
    }
}
