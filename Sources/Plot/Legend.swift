import Foundation

/// A legend box: a line sample (with its marker) and a name per entry, on a white background.
struct Legend {
    struct Entry {
        /// How an entry's sample is drawn.
        enum Sample {
            /// A line (dashed if `dash` is not empty) with an optional marker in its middle.
            case line(dash: [Double], marker: MarkerShape?)
            /// A hollow start circle and a filled end circle, as trajectories draw them.
            case startEnd
            /// A filled square, as bars are drawn.
            case swatch
        }

        let name: String
        let color: Color
        let sample: Sample
    }

    let entries: [Entry]

    /// Draws the legend in the chosen corner of `area`; `.automatic` picks the corner whose box
    /// covers the fewest of `lines` (the drawn polylines, in canvas points).
    func draw(on canvas: Canvas, in area: Rect, at position: LegendPosition, avoiding lines: [[Point]] = []) {
        guard position != .none, !entries.isEmpty else { return }
        let size = FontSize.number, lineHeight = size * 1.6, sample = 22.0, pad = 6.0
        let width = (entries.map { canvas.textWidth($0.name, size: size) }.max() ?? 0) + sample + 3 * pad
        let height = Double(entries.count) * lineHeight + pad
        func corner(_ corner: LegendPosition) -> Rect {
            let left = corner == .topLeft || corner == .bottomLeft
            let top = corner == .topLeft || corner == .topRight
            return Rect(x: left ? area.minX + 8 : area.maxX - 8 - width,
                        y: top ? area.minY + 8 : area.maxY - 8 - height, width: width, height: height)
        }
        let box: Rect
        if position == .automatic {
            let samples = lines.flatMap(Legend.densified)
            let corners: [LegendPosition] = [.topRight, .topLeft, .bottomRight, .bottomLeft]
            let counts = corners.map { candidate in
                let r = corner(candidate).inset(by: -4)
                return samples.filter { $0.x >= r.minX && $0.x <= r.maxX && $0.y >= r.minY && $0.y <= r.maxY }.count
            }
            box = corner(corners[counts.firstIndex(of: counts.min()!)!])
        } else {
            box = corner(position)
        }
        let (x, y) = (box.x, box.y)
        canvas.box(box, fill: Color.white.withAlpha(0.9), stroke: .lightGray, width: 0.75, cornerRadius: 3)
        for (index, entry) in entries.enumerated() {
            let midY = y + pad / 2 + (Double(index) + 0.5) * lineHeight
            let a = Point(x + pad, midY), b = Point(x + pad + sample, midY)
            switch entry.sample {
            case .line(let dash, let marker):
                canvas.line(from: a, to: b, color: entry.color, width: 2, dash: dash)
                if let marker {
                    canvas.marker(marker, at: Point((a.x + b.x) / 2, midY), color: entry.color)
                }
            case .startEnd:
                canvas.circle(center: Point(a.x + 4, midY), radius: 4, fill: .white, stroke: entry.color, width: 1.5)
                canvas.circle(center: Point(b.x - 4, midY), radius: 4, fill: entry.color)
            case .swatch:
                canvas.fill(Rect(x: a.x + 4, y: midY - 6, width: 14, height: 12), color: entry.color)
            }
            canvas.text(entry.name, at: Point(b.x + pad, midY), size: size, baseline: .middle)
        }
    }

    /// The polyline's vertices plus points every 3 pt along each segment.
    private static func densified(_ line: [Point]) -> [Point] {
        zip(line, line.dropFirst()).flatMap { a, b -> [Point] in
            let steps = max(1, Int((hypot(b.x - a.x, b.y - a.y) / 3).rounded(.up)))
            return (0..<steps).map { k in
                let t = Double(k) / Double(steps)
                return Point(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t)
            }
        } + line.suffix(1)
    }
}
