import NeuralNet
import Plot
import Tensors

/// Figures 3 and 4: what LeNet-5 learnt — its C1 filters, and one test digit's feature maps
/// through C1, S2, C3 and S4.
enum FeatureFigures {
    /// Figure 3: the six 5×5 filters of LeNet-5's C1 and the four of LeNet-1's, on one diverging
    /// scale centred on zero.
    static func filters(_ runs: LeNetExperiments) throws -> Figure {
        func items(_ network: Sequential<Float>, prefix: String) throws -> [ImageGallery.Item] {
            guard let conv = network.layers[0].layer as? ConvolutionLayer<Float> else { return [] }
            let kernel = try conv.kernel.reshaped([conv.kernel.shape[0], 1, 5, 5])
            return try (0..<conv.kernel.shape[0]).map { ImageGallery.Item("\(prefix) \($0 + 1)", try kernel.matrix(image: $0, channel: 0)) }
        }
        let five = try items(runs.leNet5.network, prefix: "LeNet-5 C1 filter")
        let one = try items(runs.leNet1.network, prefix: "LeNet-1 C1 filter")
        return Figure(
            id: "c1-filters", title: "The first layer's filters after training: LeNet-5 (6) and LeNet-1 (4)",
            caption: "The 5×5 weights of each C1 filter after \(runs.epochs) epochs, red positive, blue negative, white 0 "
                + "(one scale for all ten, centred on zero). They started as Glorot-uniform noise of at most "
                + "±\(NumberFormat.string((6.0 / 175).squareRoot(), decimals: 2)) (LeNet-5) and "
                + "±\(NumberFormat.string((6.0 / 125).squareRoot(), decimals: 2)) (LeNet-1). LeNet-1, trained with a 3× larger step, "
                + "turned its four into oriented stroke detectors: a positive band beside a negative one responds where the ink "
                + "changes in that direction, like the hand-made edge filters of chapters 3 and 5. LeNet-5's six moved less from "
                + "their start: its 44,000 other parameters share the work.",
            source: "IFT 780, slides 166–169 (C1: 6 and 4 filters 5×5); the learnt values are beyond the slides",
            width: 1000, height: 340
        ) { canvas, area in
            try ImageGallery(five + one, columns: 5, signed: true, colorBarLabel: "weight").draw(on: canvas, in: area)
        }
    }

    /// Figure 4: one test digit through LeNet-5 — C1 (after tanh), S2, C3 (after tanh), S4.
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
            id: "feature-maps", title: "A test digit \(runs.test.labels[index]) through LeNet-5: the maps of C1, S2, C3 and S4",
            caption: "The first 7 of the test set (classified \(prediction)). Each map is one channel of a layer's output, "
                + "values in [−1, 1] after tanh (red positive, blue negative, white 0). C1's six maps are the digit seen by "
                + "the six filters of figure 3 at full resolution; S2 averages 2×2 blocks (12×12); C3 combines all six into "
                + "sixteen 8×8 maps; S4 leaves 4×4×16 = 256 values, the input of the dense layers.",
            source: "IFT 780, slides 168–169 (the layers and shapes); Apprentissage profond ≈ slide 74 (C1, S2, C3, S4)",
            width: 1000, height: 760
        ) { canvas, area in
            let (top, rest) = area.sliceTop(area.height * 0.28, spacing: 14)
            let columns = top.columns(weights: [1, 4.6], spacing: 20)
            try Panel.titled("input 28×28", on: canvas, in: columns[0]) { rect in
                try Heatmap(try digit.matrix(image: 0, channel: 0), scale: .sequential(0...1), colorBarLabel: "grey level")
                    .draw(on: canvas, in: rect)
            }
            let panels = [columns[1]] + rest.rows(weights: [1, 1.5, 1.2], spacing: 14)
            for ((title, maps), panel) in zip(stages, panels) {
                try Panel.titled(title, on: canvas, in: panel) { rect in
                    let items = try (0..<maps.shape[1]).map { ImageGallery.Item("\($0 + 1)", try maps.matrix(image: 0, channel: $0)) }
                    try ImageGallery(items, columns: maps.shape[1] <= 6 ? 6 : 8, signed: true, colorBarLabel: "activation")
                        .draw(on: canvas, in: rect)
                }
            }
        }
    }
}
