import NeuralNet
import Plot
import Tensors

/// Figure 1: LeNet-5 and LeNet-1 as they train here, drawn from the built networks — each box
/// is a layer with its output shape (run on one image) and its parameter count; an activation
/// joins the box of the layer before it.
enum DiagramFigure {
    static func figure() throws -> Figure {
        let leNet5: Sequential<Float> = try NetworkRecipe.leNet5.build(seed: 1)
        let leNet1: Sequential<Float> = try NetworkRecipe.leNet1.build(seed: 1)
        let panels = [(Text.leNet5Panel, leNet5), (Text.leNet1Panel, leNet1)]
        return Figure(
            id: "lenet-diagrams", title: Text.diagramTitle.words(), caption: Text.diagramCaption.words(),
            source: Text.diagramSource.words(), width: 1100, height: 330
        ) { canvas, area, language in
            for ((title, network), rect) in zip(panels, area.rows(2, spacing: 18)) {
                let diagram = try diagram(network, language: language)
                try Panel.titled(title(language, ["count": .count(network.parameterCount)]), on: canvas, in: rect) { inner in
                    try diagram.draw(on: canvas, in: inner)
                }
            }
        }
    }

    /// The boxes of `network`: the input, then each layer (activations folded into the box before),
    /// labelled in `language`.
    static func diagram(_ network: Sequential<Float>, language: Language = .english) throws -> LayerDiagram {
        let outputs = try network.outputs(Tensor(zeros: [1] + network.inputShape))
        var boxes = [LayerDiagram.Layer(Text.inputBox(language), shape: shape(of: [1] + network.inputShape),
                                        detail: Text.greyDigit(language), kind: .input)]
        for (layer, output) in zip(network.layers, outputs) {
            let count = layer.layer.parameterCount
            let parameters = count > 0 ? Text.parameters(language, ["count": .count(count)]) : ""
            switch layer.layer {
            case let activation as ActivationLayer<Float>:
                boxes[boxes.count - 1].detail += " + \(activation.activation.name)"
            case let conv as ConvolutionLayer<Float>:
                boxes.append(.init(layer.name, shape: shape(of: output.shape),
                                   detail: "\(conv.kernel.shape[0]) × \(conv.kernel.shape[2])×\(conv.kernel.shape[3]), \(conv.parameters.padding)" + parameters,
                                   kind: .convolution))
            case let poolingLayer as PoolingLayer<Float>:
                let pooling = poolingLayer.pooling
                let kind = pooling.kind == .max ? Text.maxKind : .meanKind
                boxes.append(.init(layer.name, shape: shape(of: output.shape), detail: Text.poolingDetail(language, [
                    "kind": .text(kind(language)), "rows": .integer(pooling.rows.size),
                    "columns": .integer(pooling.columns.size), "stride": .integer(pooling.rows.stride),
                ]), kind: .pooling))
            case is Flatten<Float>:
                boxes.append(.init(layer.name, shape: shape(of: output.shape), kind: .other))
            case is Dense<Float>:
                let isLast = layer.name == network.layers.last?.name
                boxes.append(.init(layer.name, shape: shape(of: output.shape),
                                   detail: Text.dense(language) + parameters + (isLast ? " + softmax" : ""),
                                   kind: isLast ? .output : .dense))
            default:  // dropout, batch normalisation
                boxes.append(.init(layer.name, shape: shape(of: output.shape), kind: .normalization))
            }
        }
        return LayerDiagram(boxes)
    }

    /// "24×24×6" for (1, 6, 24, 24), "120" for (1, 120).
    static func shape(of shape: [Int]) -> String {
        shape.count == 4 ? "\(shape[2])×\(shape[3])×\(shape[1])" : "\(shape.last ?? 0)"
    }
}
