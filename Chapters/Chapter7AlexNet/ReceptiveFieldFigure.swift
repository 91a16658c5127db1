import NeuralNet
import Tensors
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
        let fields = { (language: Language) in LineChart(series: [
            Series(Text.strideOne(language), x: layers, y: threes.map(Double.init), color: Role.series(0).color, marker: .circle),
            Series(Text.strideTwo(language), x: layers, y: strided.map(Double.init), color: Role.series(1).color, marker: .triangle),
        ], xLabel: Text.layersStacked(language), yLabel: Text.fieldAxis(language), legend: .topLeft) }
        // Weights of C → C layers, in units of C²: L·9 for the stack, (1 + 2L)² for one kernel of the same field.
        let weights = { (kernel: Int) in
            Double(ConvolutionGeometry.parameterCount(filters: 1, channels: 1, kernelHeight: kernel, kernelWidth: kernel,
                                                      includingBias: false))
        }
        let cost = { (language: Language) in LineChart(series: [
            Series(Text.stackedSeries(language), x: layers, y: layers.map { $0 * weights(3) }, color: Role.series(0).color,
                   marker: .circle),
            Series(Text.oneLayerSeries(language), x: layers, y: threes.map { weights($0) }, color: Role.series(2).color,
                   marker: .square),
        ], xLabel: Text.layersStackedL(language), yLabel: Text.weightsAxis(language), legend: .topLeft) }
        return Figure(
            id: "receptive-field",
            title: Text.fieldTitle.words(),
            caption: Text.fieldCaption.words([
                "one": .text(threes.prefix(3).map(String.init).joined(separator: " → ")),
                "two": .text(strided.prefix(3).map(String.init).joined(separator: " → "))]),
            source: Text.fieldSource.words(), width: 1000, height: 420
        ) { canvas, area, language in
            let half = (area.width - 30) / 2
            try Panel.titled(Text.fieldPanel(language), on: canvas,
                             in: Rect(x: area.minX, y: area.minY, width: half, height: area.height)) {
                try fields(language).draw(on: canvas, in: $0)
            }
            try Panel.titled(Text.weightsPanel(language), on: canvas,
                             in: Rect(x: area.minX + half + 30, y: area.minY, width: half, height: area.height)) {
                try cost(language).draw(on: canvas, in: $0)
            }
        }
    }
}

/// Figure 7: the receptive field of three stacked 3×3 convolutions as grids — one output value
/// of layer 3, the 3×3 of layer 2 it reads, the 5×5 of layer 1 and the 7×7 input pixels behind
/// them, each cell numbered with how many paths through the stack lead to it (IFT 780 slides
/// 184–186).
enum ReceptiveFieldGridFigure {
    /// The path counts, from the output back to the input: each step back is a full convolution
    /// of the previous counts with a 3×3 kernel of ones (every cell of a window feeds its output once).
    static func pathCounts(layers: Int = 3) throws -> [Matrix] {
        let ones = try Tensor<Double>(shape: [1, 1, 3, 3], repeating: 1)
        var counts = try Tensor<Double>(shape: [1, 1, 1, 1], repeating: 1)
        var grids = [try Matrix(rows: 1, columns: 1, values: counts.scalars)]
        for _ in 0..<layers {
            counts = try conv2d(counts, kernel: ones, parameters: Conv2DParameters(padding: .full), implementation: .direct)
            grids.append(try Matrix(rows: counts.shape[2], columns: counts.shape[3], values: counts.scalars))
        }
        return grids
    }

    static func figure() throws -> Figure {
        let grids = try pathCounts()
        let titles: [Text] = [.gridLayer3, .gridLayer2, .gridLayer1, .gridInput]
        let centre = grids.last.map { $0[$0.rows / 2, $0.columns / 2] } ?? 0
        let total = grids.last.map { $0.values.reduce(0, +) } ?? 0
        return Figure(
            id: "receptive-field-grid",
            title: Text.gridTitle.words(),
            caption: Text.gridCaption.words(["centre": .fixed(centre, decimals: 0), "total": .fixed(total, decimals: 0)]),
            source: Text.gridSource.words(), width: 1000, height: 360
        ) { canvas, area, language in
            let scale = ColorScale.sequential(1...max(centre, 2))
            let parts = area.inset(bottom: ColorBar.preferredHeight + 10).columns(weights: [7, 5, 3, 1.6], spacing: 40)
            for (index, part) in parts.enumerated() {
                let grid = grids[grids.count - 1 - index]
                var drawn = NumberGrid(grid, decimals: 0, heat: scale)
                drawn.maxCellSize = 34
                drawn.squareCells = true
                let layout = try drawn.draw(on: canvas, in: part.inset(top: FontSize.label * 1.8))
                canvas.stroke(layout.frame, color: Role.explained.color, width: 2.5)
                canvas.text(titles[titles.count - 1 - index](language), at: Point(layout.frame.midX, layout.frame.minY - 6), size: FontSize.label,
                            style: .bold, align: .center, baseline: .bottom)
                if index < parts.count - 1 {
                    canvas.arrow(from: Point(part.maxX + 6, layout.frame.midY), to: Point(part.maxX + 34, layout.frame.midY), color: .gray)
                }
            }
            let barWidth = 260.0
            try ColorBar(scale: scale, label: Text.pathsBar(language), orientation: .horizontal)
                .draw(on: canvas, in: Rect(x: area.midX - barWidth / 2, y: area.maxY - ColorBar.preferredHeight, width: barWidth,
                                           height: ColorBar.preferredHeight))
        }
    }
}
