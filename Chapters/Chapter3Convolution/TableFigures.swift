import Chapters
import NeuralNet
import Plot

/// Figures 7–9: the output-size table, the neuron and parameter counts, and the errata.
enum TableFigures {
    /// Figure 7: every layer size the decks compute, by O = (D − F + 2P)/S + 1.
    static func outputSizes() throws -> Figure {
        let rows = try OutputSizeTable.rows.map { row -> (cells: [String], valid: Bool) in
            let size = try row.size
            let (numerator, denominator) = size.fraction
            let value = denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator) → invalid"
            return (["\(row.input)", "\(row.filter)", "\(row.stride)", "\(row.padding)", size.formula, value, row.source], size.isValid)
        }
        let table = Table(header: ["D", "F", "S", "P", "(D − F + 2P)/S + 1", "O", "where"], rows: rows.map(\.cells),
                          alignments: [.right, .right, .right, .right, .left, .left, .left],
                          rowRoles: Dictionary(uniqueKeysWithValues: rows.indices.filter { !rows[$0].valid }
                              .map { ($0, Role.invalid) }),
                          fontSize: FontSize.label)
        return Figure(
            id: "output-size-table",
            title: "The output-size rule on every layer the decks size: 31 cases, 5 invalid",
            caption: "O = (D − F + 2P)/S + 1, computed by OutputSize. When it is not whole (wine rows) the D-F-S combination is "
                + "invalid and CNNLab's convolution refuses it with that fraction in its message. 224 with AlexNet's 11×11 "
                + "filters at stride 4 gives 217/4 = 54.25 — the deck 002 figure's known inconsistency; 227 gives 55. The "
                + "pooling rows (8/3/2, 7/2/2) need a rounding policy instead (chapter 5).",
            source: "IFT 780, slides 26–179; deck 002 ≈ slides 70–75; Ranvier, \"Le padding\"", width: 940, height: 700
        ) { canvas, area in
            try table.draw(on: canvas, in: area)
        }
    }

    /// Figure 8: neurons and parameters of the decks' convolution layers.
    static func counting() throws -> Figure {
        var rows: [[String]] = []
        for count in CountingExamples.counts {
            let geometries = try count.network.geometries()
            let maps = geometries.map { "\($0.outputHeight)×\($0.outputWidth)×\($0.outputChannels)" }.joined(separator: ", ")
            rows.append([count.example.id, count.setup, maps, NumberFormat.grouped(try count.network.neurons()),
                         NumberFormat.grouped(try count.network.parameters(includingBias: false)),
                         NumberFormat.grouped(try count.network.parameters(includingBias: true))])
        }
        let signal = try ConvolutionGeometry(signalShape: [1, 1, 100], kernelShape: [5, 1, 5], parameters: Conv1DParameters(padding: .same))
        rows.append([SignalExamples.multifilterCounts.id, "1D: 100 inputs, 5 filters of 5, 'same'", "100×5",
                     NumberFormat.grouped(signal.neuronCount), NumberFormat.grouped(signal.parameterCount(includingBias: false)),
                     NumberFormat.grouped(signal.parameterCount())])
        let dense = try ConvolutionGeometry(inputShape: [1, 1, 28, 28], kernelShape: [10, 1, 28, 28], parameters: Conv2DParameters())
        rows.append([CountingExamples.fidleFormula.id, "dense 784 → 10 = 10 filters 28×28", "1×1×10", NumberFormat.grouped(dense.neuronCount),
                     NumberFormat.grouped(dense.parameterCount(includingBias: false)), NumberFormat.grouped(dense.parameterCount())])
        let block = try ConvolutionGeometry(inputShape: [1, 4, 8, 8], kernelShape: [4, 4, 8, 8], parameters: Conv2DParameters())
        rows.append([CountingExamples.fullyConnectedEquivalence.id, "8×8×4 block, 4 filters 8×8 = FC 256 → 4", "1×1×4",
                     NumberFormat.grouped(block.neuronCount), NumberFormat.grouped(block.parameterCount(includingBias: false)), NumberFormat.grouped(block.parameterCount())])
        let field = try CountingExamples.receptiveField(layers: 3, kernel: 3)
        let c = 64
        let stack = 3 * ConvolutionGeometry.parameterCount(filters: c, channels: c, kernelHeight: 3, kernelWidth: 3, includingBias: false)
        let single = ConvolutionGeometry.parameterCount(filters: c, channels: c, kernelHeight: 7, kernelWidth: 7, includingBias: false)
        rows.append([CountingExamples.receptiveField.id, "three 3×3 (C = 64) vs one 7×7: both see \(field.height)×\(field.width)",
                     "—", "—", "\(NumberFormat.grouped(stack)) vs \(NumberFormat.grouped(single))", "27C² vs 49C²"])
        let table = Table(header: ["catalogue id", "layer(s)", "output maps", "neurons", "weights", "with biases"], rows: rows,
                          fontSize: FontSize.number)
        return Figure(
            id: "counting",
            title: "Neurons and parameters of the decks' convolution layers",
            caption: "Neurons: the values of the output maps, channels × height × width of the output per layer. Parameters: m(n·kx·ky + 1) for m "
                + "filters kx×ky over n channels (FIDLE) — independent of the image size, since every position shares the "
                + "filters. IFT 780 mostly counts the weights without the biases (\"450\", \"4,076\"); both are given. The "
                + "receptive field of three stacked 3×3 layers is measured by carrying one output's gradient back.",
            source: "IFT 780, slides 65–67, 85–115, 138, 184–186; deck 002 ≈ slide 70; FIDLE", width: 940, height: 270
        ) { canvas, area in
            try table.draw(on: canvas, in: area)
        }
    }

    /// Figure 9: the chapter's slides that disagree with the computation, and the OCR repairs.
    static func errata() -> Figure {
        let entries = Chapter3Convolution.examples.filter { $0.verdict.explanation != nil }
        return Figure(
            id: "errata",
            title: "Where the slides and the computation disagree",
            caption: "Slide errata: the tests assert the computed value and keep the slide's as a documented erratum. "
                + "OCR damage: the text lost signs, digits or cells; the recovered input reproduces every printed value.",
            source: "IFT 780, slides 31, 132–133, 156–164; deck 002 ≈ slide 68", width: 940, height: Double(entries.count) * 92
        ) { canvas, area in
            var y = area.minY
            for entry in entries {
                if let role = entry.role {
                    canvas.fill(Rect(x: area.minX, y: y - 3, width: area.width, height: 20), color: role.tint())
                }
                canvas.text(entry.source, at: Point(area.minX + 4, y), size: FontSize.label, style: .bold, baseline: .top)
                let idWidth = canvas.textWidth(entry.id, size: 8)
                canvas.text(entry.id, at: Point(area.maxX - 4, y + 2), size: 8, color: .gray, align: .right, baseline: .top)
                canvas.text(entry.verdict.label, at: Point(area.maxX - 16 - idWidth, y), size: FontSize.label, style: .bold,
                            align: .right, baseline: .top)
                y += 20
                for (label, text) in [("the slide says", entry.printed), ("CNNLab computes", entry.computed)] {
                    canvas.text(label, at: Point(area.minX + 12, y), size: FontSize.number, style: .bold, baseline: .top)
                    y += canvas.paragraph(text, at: Point(area.minX + 110, y), width: area.width - 110, size: FontSize.number)
                }
                y += canvas.paragraph(entry.verdict.explanation ?? "", at: Point(area.minX + 110, y + 2), width: area.width - 110,
                                      size: FontSize.number, color: .gray)
                y += 16
            }
        }
    }
}
