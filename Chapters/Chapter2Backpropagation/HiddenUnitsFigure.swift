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
        var rows: [(label: String, maps: [Matrix])] = []
        for ℓ in 1..<model.depth {
            rows.append(("hidden \(ℓ)\n(\(model.activations[ℓ - 1].name))", try maps(trace.inputs[ℓ], n: n)))
        }
        rows.append(("output\n(softmax ŷ)", try maps(probabilities, n: n)))
        let dead = rows.dropLast().map { row in row.maps.filter { $0.values.allSatisfy { $0 == 0 } }.count }
        let caption = "Each small image is one neuron's output x⁽ℓ⁾ = σ(W⁽ℓ⁾x⁽ℓ⁻¹⁾ + w₀⁽ℓ⁾) for every input (x₁, x₂) of "
            + "the square [−1.2, 1.2]² (x₁ rightwards, x₂ upwards), in the trained network of figure 1; each image has its own "
            + "colour scale, from its minimum (dark) to its maximum (yellow), both written under it. The first hidden layer can only cut the "
            + "plane along straight lines — each unit is a ReLU ramp rising across one line —; the deeper layers combine "
            + "these ramps into bent regions, and the softmax outputs cover the four spiral arms. Units that are zero "
            + "everywhere (\"dead\" ReLUs, drawn in one flat colour) per hidden layer: \(dead.map(String.init).joined(separator: ", "))."
        return Figure(
            id: "hidden-layer-units", title: "What the hidden layers compute: every unit over the input plane",
            caption: caption, source: "IFT 780 slides 2–5 (the same network); Apprentissage profond ≈ slides 17–19",
            width: 1000, height: 560
        ) { canvas, rect in
            let labelWidth = 86.0
            for (band, row) in zip(rect.rows(rows.count, spacing: 10), rows) {
                let (label, gallery) = (Rect(x: band.x, y: band.y, width: labelWidth, height: band.height),
                                        band.inset(left: labelWidth))
                for (i, line) in row.label.split(separator: "\n").enumerated() {
                    canvas.text(String(line), at: Point(label.minX, label.midY + (Double(i) - 0.5) * FontSize.label * 1.4),
                                size: FontSize.label, style: i == 0 ? .bold : .regular, baseline: .middle)
                }
                let items = row.maps.enumerated().map { index, map in
                    ImageGallery.Item(map.values.allSatisfy { $0 == 0 } ? "\(index + 1) dead" : "\(index + 1)", map)
                }
                try ImageGallery(items, columns: 16, scaling: .perMap, colorBarLabel: "output").draw(on: canvas, in: gallery)
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
