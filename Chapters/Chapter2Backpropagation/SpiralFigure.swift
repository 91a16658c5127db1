import Foundation
import NeuralNet
import Plot
import Tensors

/// The spiral trained once for figures 1 and 2: the run, and the network as it was at a few
/// epochs along the way.
struct SpiralRun {
    let experiment: MLPExperiment
    let outcome: MLPExperiment.Outcome
    /// (epoch, network then), in order, the last one the trained network.
    let snapshots: [(epoch: Int, model: MLP<Double>)]

    /// Trains the default spiral4 experiment (4 × 16 ReLU, Adam) for `epochs` epochs.
    static func train(epochs: Int) throws -> SpiralRun {
        var experiment = MLPExperiment(problem: .spiral4)
        experiment.epochs = epochs
        let kept = Set([0, 2, 10, 50, epochs].filter { $0 <= epochs })
        var snapshots: [(epoch: Int, model: MLP<Double>)] = []
        let outcome = try experiment.run { record, model in
            if kept.contains(record.epoch) { snapshots.append((record.epoch, model)) }
        }
        return SpiralRun(experiment: experiment, outcome: outcome, snapshots: snapshots)
    }

    /// The plane the data live in.
    static let range = -1.2...1.2

    /// Grid points over the plane, row by row from the top (largest x₂) — the raster order.
    static func grid(_ n: Int) throws -> Tensor<Double> {
        let step = (range.upperBound - range.lowerBound) / Double(n)
        return try Tensor(shape: [n * n, 2]) { index in
            let (row, column) = (index[0] / n, index[0] % n)
            return index[1] == 0 ? range.lowerBound + (Double(column) + 0.5) * step
                : range.upperBound - (Double(row) + 0.5) * step
        }
    }

    /// The colour of class k: the chart series colours, lightened for regions.
    static func color(_ k: Int) -> Color { Role.series(k).color }
    static let markers: [MarkerShape] = [.circle, .square, .triangle, .cross]

    /// The decision regions of `model` (each pixel a blend of the light class colours weighted by
    /// the softmax probabilities) with the training points on top.
    static func drawRegions(of model: MLP<Double>, data: ToyProblem.DataSet, on canvas: Canvas, in rect: Rect,
                            labelsY: Bool = true, resolution n: Int = 120) throws {
        let side = min(rect.width, rect.height * 1.08)
        let square = Rect(x: rect.midX - side / 2, y: rect.minY, width: side, height: side / 1.08)
        let axes = Axes(x: .linear(range), y: .linear(range), xLabel: "x₁", yLabel: labelsY ? "x₂" : "", in: square, on: canvas,
                        exactRanges: true)
        axes.drawFrame(on: canvas)
        let probabilities = try model.predict(grid(n))
        let light = (0..<4).map { color($0).mixed(with: .white, 0.55) }
        let pixels = (0..<(n * n)).map { i -> Color in
            var (r, g, b) = (0.0, 0.0, 0.0)
            for k in 0..<4 {
                let p = probabilities[i, k]
                (r, g, b) = (r + p * light[k].red, g + p * light[k].green, b + p * light[k].blue)
            }
            return Color(red: r, green: g, blue: b)
        }
        try canvas.pixels(pixels, columns: n, rows: n, in: axes.plot)
        for (i, label) in data.labels.enumerated() {
            let p = axes.point(for: Point(data.inputs[i, 0], data.inputs[i, 1]))
            canvas.marker(markers[label], at: p, size: 3.6, color: color(label))
        }
        canvas.stroke(axes.plot, color: .gray, width: 1)
    }
}

/// Figure 1: IFT 780's opening problem, computed — four classes in the plane, four hidden layers,
/// decision regions as training goes, and the loss and accuracy curves.
enum SpiralFigure {
    static func make(_ run: SpiralRun) throws -> Figure {
        let e = run.experiment
        let model = run.outcome.model
        let history = run.outcome.history
        let final = history[history.count - 1]
        let layers = { (language: Language) -> [LayerDiagram.Layer] in
            var layers = [LayerDiagram.Layer(Text.input(language), shape: "2", detail: "(x₁, x₂)", kind: .input)]
            for (i, layer) in model.layers.enumerated() {
                let last = i == model.layers.count - 1
                layers.append(LayerDiagram.Layer(last ? Text.output(language) : Text.hidden(language, ["k": .integer(i + 1)]),
                                                 shape: "\(layer.outputCount)",
                                                 detail: Text.unitDetail(language, ["activation": .text(last ? "softmax" : e.activation.name),
                                                                                    "count": .integer(layer.parameterCount)]),
                                                 kind: last ? .output : .dense))
            }
            return layers
        }
        let snapshots = run.snapshots.map { snapshot -> Words in
            Text.epochAccuracy.words(["epoch": .integer(snapshot.epoch),
                                      "accuracy": .number(100 * (history[snapshot.epoch].accuracy ?? 0), digits: 3)])
        }
        let caption = Text.spiralCaption.words([
            "examples": .integer(e.examples), "sizes": .text(e.sizes.map(String.init).joined(separator: "-")),
            "parameters": .count(model.parameterCount), "neurons": .integer(model.neuronCount), "mu": .number(e.learningRate),
            "batch": .integer(e.batchSize), "epochs": .integer(e.epochs), "snapshots": .words(.list(snapshots)),
            "loss": .number(final.loss),
        ])
        return Figure(
            id: "spiral-four-hidden-layers", title: Text.spiralTitle.words(), caption: caption, source: Text.spiralSource.words(),
            width: 1150, height: 626
        ) { canvas, rect, language in
            let (diagram, rest) = rect.sliceTop(62, spacing: 12)
            try LayerDiagram(layers(language)).draw(on: canvas, in: diagram)
            let (top, bottom) = rest.sliceTop(226, spacing: 18)
            for (index, (panel, snapshot)) in zip(top.columns(run.snapshots.count, spacing: 6), run.snapshots).enumerated() {
                let accuracy = history[snapshot.epoch].accuracy ?? 0
                let title = Text.epoch(language) + " \(snapshot.epoch) — "
                    + NumberFormat.prose(NumberFormat.significant(100 * accuracy, digits: 3), in: language) + " %"
                try Panel.titled(title, on: canvas, in: panel) { area in
                    try SpiralRun.drawRegions(of: snapshot.model, data: run.outcome.data, on: canvas, in: area,
                                              labelsY: index == 0)
                }
            }
            let charts = bottom.columns(2, spacing: 30)
            let epochs = history.map { Double($0.epoch) }
            let marks = run.snapshots.map { Double($0.epoch) }
            try Panel.titled(Text.lossPanel(language), on: canvas, in: charts[0]) { area in
                let axes = try LineChart(series: [Series(Text.crossEntropy(language), x: epochs, y: history.map(\.loss),
                                                         color: Role.series(0).color)],
                                         xLabel: Text.epoch(language), yLabel: Text.meanCrossEntropy(language), logY: true, legend: .none)
                    .draw(on: canvas, in: area)
                mark(marks, on: axes, canvas: canvas)
            }
            try Panel.titled(Text.accuracyPanel(language), on: canvas, in: charts[1]) { area in
                let axes = try LineChart(series: [Series(Text.accuracy(language), x: epochs, y: history.map { 100 * ($0.accuracy ?? 0) },
                                                         color: Role.series(1).color)],
                                         xLabel: Text.epoch(language), yLabel: Text.accuracyPercent(language), yRange: 0...100, legend: .none)
                    .draw(on: canvas, in: area)
                mark(marks, on: axes, canvas: canvas)
            }
        }
    }

    /// Dashed vertical lines at the snapshot epochs.
    static func mark(_ epochs: [Double], on axes: Axes, canvas: Canvas) {
        for epoch in epochs {
            let x = axes.point(for: Point(epoch, 1)).x
            guard x >= axes.plot.minX - 0.5, x <= axes.plot.maxX + 0.5 else { continue }
            canvas.line(from: Point(x, axes.plot.minY), to: Point(x, axes.plot.maxY), color: .gray, width: 1, dash: [4, 3])
        }
    }
}
