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
        let diagrams = [("LeNet-5, 28×28 (IFT 780 slides 168–169): \(NumberFormat.grouped(leNet5.parameterCount)) parameters", try diagram(leNet5)),
                        ("LeNet-1, 28×28 (IFT 780 slides 166–167): \(NumberFormat.grouped(leNet1.parameterCount)) parameters", try diagram(leNet1))]
        return Figure(
            id: "lenet-diagrams", title: "LeNet-5 and LeNet-1 as CNNLab trains them: shapes and parameters",
            caption: "Each box is a layer of the network the chapter trains, with its output H×W×C measured on one digit "
                + "and its parameters: 5×5 valid convolutions followed by tanh, 2×2 mean pooling (LeNet's subsampling, "
                + "without its trainable coefficient), then dense layers; the last one gives the 10 scores read through "
                + "a softmax. The counts are the catalogue's: C1 156, C3 2,416, 256 → 120 30,840, 120 → 84 10,164, "
                + "84 → 10 850 for LeNet-5; 104 + 1,212 + 1,930 for LeNet-1.",
            source: "IFT 780, slides 166–169 (LeNet-1 and LeNet-5 on 28×28); Apprentissage profond ≈ slide 74 (LeNet-5 on 32×32)",
            width: 1100, height: 330
        ) { canvas, area in
            for ((title, diagram), rect) in zip(diagrams, area.rows(2, spacing: 18)) {
                try Panel.titled(title, on: canvas, in: rect) { inner in try diagram.draw(on: canvas, in: inner) }
            }
        }
    }

    /// The boxes of `network`: the input, then each layer (activations folded into the box before).
    static func diagram(_ network: Sequential<Float>) throws -> LayerDiagram {
        let outputs = try network.outputs(Tensor(zeros: [1] + network.inputShape))
        var boxes = [LayerDiagram.Layer("input", shape: shape(of: [1] + network.inputShape), detail: "grey digit", kind: .input)]
        for (layer, output) in zip(network.layers, outputs) {
            let parameters = layer.layer.parameterCount > 0 ? " · \(NumberFormat.grouped(layer.layer.parameterCount)) params" : ""
            switch layer.layer {
            case let activation as ActivationLayer<Float>:
                boxes[boxes.count - 1].detail += " + \(activation.activation.name)"
            case let conv as ConvolutionLayer<Float>:
                boxes.append(.init(layer.name, shape: shape(of: output.shape),
                                   detail: "\(conv.kernel.shape[0]) × \(conv.kernel.shape[2])×\(conv.kernel.shape[3]), \(conv.parameters.padding)" + parameters,
                                   kind: .convolution))
            case let poolingLayer as PoolingLayer<Float>:
                let pooling = poolingLayer.pooling
                boxes.append(.init(layer.name, shape: shape(of: output.shape),
                                   detail: "\(pooling.kind) \(pooling.rows.size)×\(pooling.columns.size), S=\(pooling.rows.stride)", kind: .pooling))
            case is Flatten<Float>:
                boxes.append(.init(layer.name, shape: shape(of: output.shape), kind: .other))
            case is Dense<Float>:
                let isLast = layer.name == network.layers.last?.name
                boxes.append(.init(layer.name, shape: shape(of: output.shape), detail: "dense" + parameters + (isLast ? " + softmax" : ""),
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
