import NeuralNet
import Plot
import Tensors

/// Figures 3, 4 and 5: what LeNet-5 learnt — its C1 filters before and after training, its C3
/// filters, and one test digit's feature maps through C1, S2, C3 and S4.
enum FeatureFigures {
    /// The 5×5 kernels of a network's `index`-th convolution as (filter, input channel) maps.
    static func kernels(_ network: Sequential<Float>, convolution index: Int) throws -> [[Matrix]] {
        let convolutions = network.layers.compactMap { layer -> Tensor<Float>? in
            (layer.layer as? ConvolutionLayer<Float>)?.kernel
        }
        guard index < convolutions.count else { throw TensorError.invalidArgument("the network has no convolution \(index + 1)") }
        let kernel = convolutions[index]
        return try (0..<kernel.shape[0]).map { k in try (0..<kernel.shape[1]).map { c in try kernel.matrix(image: k, channel: c) } }
    }

    /// Figure 3: the six 5×5 filters of LeNet-5's C1 and the four of LeNet-1's, at initialisation
    /// (the same seed rebuilds them) and after training, on one diverging scale centred on zero.
    static func filters(_ runs: LeNetExperiments) throws -> Figure {
        let trained: [String: TextValue] = ["epochs": .integer(runs.epochs)]
        let rows: [(title: Words, filters: [Matrix])] = [
            (Text.atInitialisation.words(["network": .text("LeNet-5")]),
             try kernels(try NetworkRecipe.leNet5.build(seed: 1), convolution: 0).map { $0[0] }),
            (Text.afterEpochs.words(trained.merging(["network": .text("LeNet-5")]) { $1 }),
             try kernels(runs.leNet5.network, convolution: 0).map { $0[0] }),
            (Text.atInitialisation.words(["network": .text("LeNet-1")]),
             try kernels(try NetworkRecipe.leNet1.build(seed: 1), convolution: 0).map { $0[0] }),
            (Text.afterEpochs.words(trained.merging(["network": .text("LeNet-1")]) { $1 }),
             try kernels(runs.leNet1.network, convolution: 0).map { $0[0] }),
        ]
        let scale = ColorScale.diverging(fitting: rows.flatMap(\.filters))
        return Figure(
            id: "c1-filters", title: Text.filtersTitle.words(),
            caption: Text.filtersCaption.words(["epochs": .integer(runs.epochs), "bound5": .fixed((6.0 / 175).squareRoot(), decimals: 2),
                                                "bound1": .fixed((6.0 / 125).squareRoot(), decimals: 2)]),
            source: Text.filtersSource.words(), width: 1000, height: 560
        ) { canvas, area, language in
            let (maps, bar) = area.sliceRight(ColorBar.preferredWidth, spacing: 12)
            for (row, band) in zip(rows, maps.rows(rows.count, spacing: 12)) {
                let (label, gallery) = (Rect(x: band.minX, y: band.minY, width: 190, height: band.height), band.inset(left: 200))
                canvas.text(row.title(language), at: Point(label.minX, label.midY), size: FontSize.label, style: .bold, baseline: .middle)
                var drawn = ImageGallery(row.filters.enumerated().map { ImageGallery.Item(Text.filter(language, ["number": .integer($0 + 1)]), $1) },
                                         columns: 6, signed: true, colorBarLabel: Text.weight(language))
                drawn.sharedScale = scale
                drawn.showsColorBar = false
                try drawn.draw(on: canvas, in: gallery)
            }
            try ColorBar(scale: scale, label: Text.weight(language)).draw(on: canvas, in: bar.inset(top: 20, bottom: 20))
        }
    }

    /// Figure 4: LeNet-5's sixteen C3 filters, each a 5×5 kernel per S2 map (6 × 16 = 96 kernels).
    static func c3Filters(_ runs: LeNetExperiments) throws -> Figure {
        let filters = try kernels(runs.leNet5.network, convolution: 1)
        let channels = filters.first?.count ?? 0
        let items = (0..<channels).flatMap { c in
            filters.indices.map { k in ImageGallery.Item(c == 0 ? "C3 \(k + 1)" : "", filters[k][c]) }
        }
        let scale = ColorScale.diverging(fitting: filters.flatMap { $0 })
        return Figure(
            id: "c3-filters", title: Text.c3Title.words(), caption: Text.c3Caption.words(["epochs": .integer(runs.epochs)]),
            source: Text.c3Source.words(), width: 1100, height: 520
        ) { canvas, area, language in
            var gallery = ImageGallery(items, columns: filters.count, signed: true, colorBarLabel: Text.weight(language))
            gallery.sharedScale = scale
            try gallery.draw(on: canvas, in: area)
        }
    }

    /// Figure 5: one test digit through LeNet-5 — C1 (after tanh), S2, C3 (after tanh), S4.
    static func featureMaps(_ runs: LeNetExperiments) throws -> Figure {
        let network = runs.leNet5.network
        let index = runs.test.labels.firstIndex(of: 7) ?? 0
        let digit = try runs.test.images.slice(index..<(index + 1))
        let outputs = try network.outputs(digit)
        func stage(_ name: String) throws -> Tensor<Float> {
            guard let position = network.layers.firstIndex(where: { $0.name == name }) else {
                throw TensorError.invalidArgument("LeNet-5 has no layer \(name)")
            }
            return outputs[position]
        }
        let stages = [("C1 = conv1 + tanh, 24×24×6", try stage("conv1 tanh")), ("S2 = pool1, 12×12×6", try stage("pool1")),
                      ("C3 = conv2 + tanh, 8×8×16", try stage("conv2 tanh")), ("S4 = pool2, 4×4×16", try stage("pool2"))]
        let prediction = try network.predictions(digit)[0]
        return Figure(
            id: "feature-maps", title: Text.mapsTitle.words(["label": .integer(runs.test.labels[index])]),
            caption: Text.mapsCaption.words(["prediction": .integer(prediction)]), source: Text.mapsSource.words(),
            width: 1000, height: 760
        ) { canvas, area, language in
            let (top, rest) = area.sliceTop(area.height * 0.28, spacing: 14)
            let columns = top.columns(weights: [1, 4.6], spacing: 20)
            try Panel.titled(Text.inputPanel(language), on: canvas, in: columns[0]) { rect in
                try Heatmap(try digit.matrix(image: 0, channel: 0), scale: .sequential(0...1), colorBarLabel: Text.greyLevel(language))
                    .draw(on: canvas, in: rect)
            }
            let panels = [columns[1]] + rest.rows(weights: [1, 1.5, 1.2], spacing: 14)
            for ((title, maps), panel) in zip(stages, panels) {
                try Panel.titled(title, on: canvas, in: panel) { rect in
                    let items = try (0..<maps.shape[1]).map { ImageGallery.Item("\($0 + 1)", try maps.matrix(image: 0, channel: $0)) }
                    try ImageGallery(items, columns: maps.shape[1] <= 6 ? 6 : 8, signed: true, colorBarLabel: Text.activation(language))
                        .draw(on: canvas, in: rect)
                }
            }
        }
    }
}
