import NeuralNet
import Plot

/// Figure 5: how the receptive field grows in a stack of 3×3 convolutions against one large
/// kernel of the same field, and what each costs in weights (IFT 780 slides 184–186).
enum ReceptiveFieldFigure {
    /// The stacks drawn: 1 to `depth` layers of 3×3 with stride 1.
    static let depth = 6

    /// The receptive field after 1…depth layers of k×k, stride 1: 1 + L·(k − 1).
    static func stack(kernel: Int, stride: Int = 1) throws -> [Int] {
        let layer = LayerSpec.conv(filters: 1, kernel: kernel, stride: stride)
        return try Architecture(name: "stack", input: .maps(height: 1, width: 1, channels: 1),
                                layers: (1...depth).map { .init("conv\($0)", layer) }).receptiveFields()
    }

    static func figure() throws -> Figure {
        let threes = try stack(kernel: 3)
        let strided = try stack(kernel: 3, stride: 2)
        let layers = (1...depth).map(Double.init)
        let fields = LineChart(series: [
            Series("3×3, stride 1", x: layers, y: threes.map(Double.init), color: Role.series(0).color, marker: .circle),
            Series("3×3, stride 2", x: layers, y: strided.map(Double.init), color: Role.series(1).color, marker: .triangle),
        ], xLabel: "layers stacked", yLabel: "receptive field (pixels per side)", legend: .topLeft)
        // Weights of C → C layers, in units of C²: L·9 for the stack, (1 + 2L)² for one kernel of the same field.
        let weights = { (kernel: Int) in
            Double(ConvolutionGeometry.parameterCount(filters: 1, channels: 1, kernelHeight: kernel, kernelWidth: kernel,
                                                      includingBias: false))
        }
        let cost = LineChart(series: [
            Series("L stacked 3×3 layers", x: layers, y: layers.map { $0 * weights(3) }, color: Role.series(0).color, marker: .circle),
            Series("one (1 + 2L)×(1 + 2L) layer", x: layers, y: threes.map { weights($0) }, color: Role.series(2).color, marker: .square),
        ], xLabel: "layers stacked (L)", yLabel: "weights for C → C channels (× C²)", legend: .topLeft)
        return Figure(
            id: "receptive-field",
            title: "Three 3×3 layers see 7×7 for 27C² weights; one 7×7 layer needs 49C²",
            caption: "Left: r = 1 + Σ (k − 1)·Π strides before — \(threes.prefix(3).map(String.init).joined(separator: " → ")) for "
                + "three 3×3 layers (VGG's argument), faster when the layers stride (\(strided.prefix(3).map(String.init).joined(separator: " → ")))."
                + " Right: the weights for the same field, per C → C channels: 9L against (1 + 2L)²; at L = 3, 27 against 49, "
                + "with two more nonlinearities in between.",
            source: "IFT 780, slides 184–186 (VGG16's 3×3 filters)", width: 1000, height: 420
        ) { canvas, area in
            let half = (area.width - 30) / 2
            try Panel.titled("receptive field", on: canvas, in: Rect(x: area.minX, y: area.minY, width: half, height: area.height)) {
                try fields.draw(on: canvas, in: $0)
            }
            try Panel.titled("weights for that field", on: canvas,
                             in: Rect(x: area.minX + half + 30, y: area.minY, width: half, height: area.height)) {
                try cost.draw(on: canvas, in: $0)
            }
        }
    }
}
