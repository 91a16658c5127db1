import Foundation
import NeuralNet
import Plot
import Tensors

/// Figure 2: what the hidden layers compute — every unit of the trained spiral network drawn as
/// an image over the input plane, layer by layer, then the output probabilities.
enum HiddenUnitsFigure {
    static let resolution = 44

    static func make(_ run: SpiralRun) throws -> Figure {
        let model = run.outcome.model
        let n = resolution
        let trace = try model.forward(SpiralRun.grid(n))
        let probabilities = try model.loss.output(trace.scores)
        // Row ℓ: the outputs x_ℓ of hidden layer ℓ (trace.inputs[ℓ]), then ŷ.
        var rows: [(label: Words, maps: [Matrix])] = []
        for ℓ in 1..<model.depth {
            rows.append((.concatenation(Text.hiddenRow.words(["k": .integer(ℓ)]), .same("\n(\(model.activations[ℓ - 1].name))")),
                         try maps(trace.inputs[ℓ], n: n)))
        }
        rows.append((.concatenation(Text.outputRow.words(), .same("\n(softmax ŷ)")), try maps(probabilities, n: n)))
        let dead = rows.dropLast().map { row in row.maps.filter { $0.values.allSatisfy { $0 == 0 } }.count }
        let caption = Text.hiddenCaption.words(["dead": .words(.list(dead.map { Words.same(String($0)) }))])
        return Figure(
            id: "hidden-layer-units", title: Text.hiddenTitle.words(), caption: caption, source: Text.hiddenSource.words(),
            width: 1000, height: 560
        ) { canvas, rect, language in
            let labelWidth = 86.0
            for (band, row) in zip(rect.rows(rows.count, spacing: 10), rows) {
                let (label, gallery) = (Rect(x: band.x, y: band.y, width: labelWidth, height: band.height),
                                        band.inset(left: labelWidth))
                for (i, line) in row.label(language).split(separator: "\n").enumerated() {
                    canvas.text(String(line), at: Point(label.minX, label.midY + (Double(i) - 0.5) * FontSize.label * 1.4),
                                size: FontSize.label, style: i == 0 ? .bold : .regular, baseline: .middle)
                }
                let items = row.maps.enumerated().map { index, map in
                    ImageGallery.Item(map.values.allSatisfy { $0 == 0 } ? Text.dead(language, ["k": .integer(index + 1)]) : "\(index + 1)", map)
                }
                var units = ImageGallery(items, columns: 16, scaling: .perMap, colorBarLabel: Text.unitOutput(language))
                units.constantLabel = language == .french ? "tout à" : "all"
                try units.draw(on: canvas, in: gallery)
            }
        }
    }

    /// Column k of a (n², K) batch as K images n × n.
    static func maps(_ values: Tensor<Double>, n: Int) throws -> [Matrix] {
        try (0..<values.shape[1]).map { k in
            try Matrix(rows: n, columns: n, values: (0..<(n * n)).map { values[$0, k] })
        }
    }
}
