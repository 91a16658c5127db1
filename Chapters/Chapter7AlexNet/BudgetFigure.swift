import Foundation
import NeuralNet
import Plot

/// Figure 4: where the parameters and the activations live — per layer, its share of the
/// network's parameters and of its neurons side by side on a linear axis, for AlexNet and VGG16
/// (IFT 780 slides 179 and 192–193). Linear, not logarithmic: a log axis makes FC6's 37.8 M look
/// comparable to CONV3's 0.9 M, the opposite of what the figure shows.
enum BudgetFigure {
    static func figure() throws -> Figure {
        let tables = [try Networks.alexNet.table(), try Networks.vgg16.table()]
        let shares = tables.map { table -> Words in
            let dense = table.rows.filter { if case .dense? = $0.spec { true } else { false } }.reduce(0) { $0 + $1.parameters }
            let early = table.rows.prefix(table.rows.count / 2).reduce(0) { $0 + $1.neurons }
            return Text.budgetShare.words(["name": .text(table.name), "dense": percent(dense, of: table.parameters),
                                           "early": percent(early, of: table.neurons)])
        }
        return Figure(
            id: "parameters-vs-neurons",
            title: Text.budgetTitle.words(),
            caption: Text.budgetCaption.words(["shares": .words(Words.list(shares, english: "; "))]),
            source: Text.budgetSource.words(), width: 1100, height: 760
        ) { canvas, area, language in
            let half = (area.height - 10) / 2
            for (index, table) in tables.enumerated() {
                let panel = Rect(x: area.minX, y: area.minY + Double(index) * (half + 10), width: area.width, height: half)
                try Panel.titled(table.name, on: canvas, in: panel) { rect in try bars(table, language: language, on: canvas, in: rect) }
            }
        }
    }

    /// A share in percent, one decimal (the sign is the sentence's: "12.3%" / "12,3 %").
    private static func percent(_ part: Int, of whole: Int) -> TextValue {
        .fixed(100 * Double(part) / Double(whole), decimals: 1)
    }

    /// "37.8 M", "290 k": a count as the slides round it.
    private static func millions(_ count: Int) -> String {
        count >= 1_000_000 ? NumberFormat.string(Double(count) / 1e6, decimals: 1) + " M"
            : NumberFormat.string(Double(count) / 1e3, decimals: 0) + " k"
    }

    private static let parameterColor = Role.series(0).color
    private static let neuronColor = Role.series(2).color

    /// Two bars per layer (share of the parameters, share of the neurons, in %) over a linear
    /// axis, the biggest labelled with its count; the layer names below, slanted.
    private static func bars(_ table: ArchitectureTable, language: Language, on canvas: Canvas, in rect: Rect) throws {
        let names = 64.0
        func share(_ row: LayerRow) -> (Double, Double) {
            (100 * Double(row.parameters) / Double(table.parameters), 100 * Double(row.neurons) / Double(table.neurons))
        }
        let largest = table.rows.map { max(share($0).0, share($0).1) }.max() ?? 100
        let top = Ticks.linear(0...largest).values.last ?? 100
        let axes = Axes(x: .linear(0...Double(table.rows.count)), y: .linear(0...top), xLabel: "",
                        yLabel: Text.shareAxis(language), in: rect.inset(top: 0, left: 0, bottom: names, right: 0),
                        on: canvas, exactRanges: true)
        // No numeric x axis: the layer names below the bars replace it.
        axes.drawFrame(on: canvas, numericX: false)
        let slot = axes.plot.width / Double(table.rows.count)
        let barWidth = slot * 0.36
        for (index, row) in table.rows.enumerated() {
            let left = axes.plot.minX + Double(index) * slot + slot * 0.14
            let (parameters, neurons) = share(row)
            for (offset, (value, count, color)) in [(parameters, row.parameters, parameterColor),
                                                     (neurons, row.neurons, neuronColor)].enumerated() where value > 0 {
                let y = axes.point(for: Point(0, value)).y
                let bar = Rect(x: left + Double(offset) * barWidth, y: y, width: barWidth, height: axes.plot.maxY - y)
                canvas.fill(bar, color: color)
                if value >= 8 {
                    canvas.text(millions(count), at: Point(bar.midX, bar.minY - 3), size: FontSize.number, align: .center,
                                baseline: .bottom)
                }
            }
            canvas.text(Text.name(row, language), at: Point(left + barWidth, axes.plot.maxY + 6), size: FontSize.number, align: .right,
                        baseline: .middle, rotation: -Double.pi / 4)
        }
        canvas.stroke(axes.plot, color: .gray, width: 1)
        legend(language, on: canvas, at: Point(axes.plot.minX + 8, axes.plot.minY + 8))
    }

    private static func legend(_ language: Language, on canvas: Canvas, at corner: Point) {
        let box = Rect(x: corner.x, y: corner.y, width: 142, height: 44)
        canvas.box(box, fill: .white, stroke: .lightGray)
        for (index, (name, color)) in [(Text.parameters(language), parameterColor), (Text.neurons(language), neuronColor)].enumerated() {
            let y = box.minY + 8 + Double(index) * 18
            canvas.fill(Rect(x: box.minX + 8, y: y, width: 14, height: 12), color: color)
            canvas.text(name, at: Point(box.minX + 30, y + 6), size: FontSize.number, baseline: .middle)
        }
    }
}
