import Chapters
import NeuralNet
import Plot

/// Figures 7–9: the output-size table, the neuron and parameter counts, and the errata.
enum TableFigures {
    /// Figure 7: every layer size the decks compute, by O = (D − F + 2P)/S + 1.
    static func outputSizes() throws -> Figure {
        let sizes = try OutputSizeTable.rows.map { row in (row, try row.size) }
        let rows = { (language: Language) in sizes.map { row, size -> (cells: [String], valid: Bool) in
            let (numerator, denominator) = size.fraction
            let value = denominator == 1 ? "\(numerator)" : Text.invalidFraction(language, ["fraction": .text("\(numerator)/\(denominator)")])
            return (["\(row.input)", "\(row.filter)", "\(row.stride)", "\(row.padding)", size.formula, value,
                     deckReference(row.source, in: language)], size.isValid)
        } }
        let table = { (language: Language) in
            Table(header: ["D", "F", "S", "P", "(D − F + 2P)/S + 1", "O", Text.whereColumn(language)], rows: rows(language).map(\.cells),
                          alignments: [.right, .right, .right, .right, .left, .left, .left],
                  rowRoles: Dictionary(uniqueKeysWithValues: sizes.indices.filter { !sizes[$0].1.isValid }
                      .map { ($0, Role.invalid) }),
                  fontSize: FontSize.label)
        }
        return Figure(
            id: "output-size-table",
            title: Text.sizesTableTitle.words(), caption: Text.sizesTableCaption.words(),
            source: Text.sizesTableSource.words(), width: 940, height: 700
        ) { canvas, area, language in
            try table(language).draw(on: canvas, in: area)
        }
    }

    /// Figure 8: neurons and parameters of the decks' convolution layers.
    static func counting() throws -> Figure {
        var rows: [[Words]] = []
        for count in CountingExamples.counts {
            let geometries = try count.network.geometries()
            let maps = geometries.map { "\($0.outputHeight)×\($0.outputWidth)×\($0.outputChannels)" }.joined(separator: ", ")
            let setup = count.setup, french = Text.frenchSetups[count.example.id]
            rows.append([.same(count.example.id), Words { $0 == .french ? french ?? setup : setup }, .same(maps), .same(NumberFormat.grouped(try count.network.neurons())),
                         .same(NumberFormat.grouped(try count.network.parameters(includingBias: false))),
                         .same(NumberFormat.grouped(try count.network.parameters(includingBias: true)))])
        }
        let signal = try ConvolutionGeometry(signalShape: [1, 1, 100], kernelShape: [5, 1, 5], parameters: Conv1DParameters(padding: .same))
        rows.append([.same(SignalExamples.multifilterCounts.id), Text.signalLayer.words(), .same("100×5"),
                     .same(NumberFormat.grouped(signal.neuronCount)), .same(NumberFormat.grouped(signal.parameterCount(includingBias: false))),
                     .same(NumberFormat.grouped(signal.parameterCount()))])
        let dense = try ConvolutionGeometry(inputShape: [1, 1, 28, 28], kernelShape: [10, 1, 28, 28], parameters: Conv2DParameters())
        rows.append([.same(CountingExamples.fidleFormula.id), Text.denseLayer.words(), .same("1×1×10"), .same(NumberFormat.grouped(dense.neuronCount)),
                     .same(NumberFormat.grouped(dense.parameterCount(includingBias: false))), .same(NumberFormat.grouped(dense.parameterCount()))])
        let block = try ConvolutionGeometry(inputShape: [1, 4, 8, 8], kernelShape: [4, 4, 8, 8], parameters: Conv2DParameters())
        rows.append([.same(CountingExamples.fullyConnectedEquivalence.id), Text.blockLayer.words(), .same("1×1×4"),
                     .same(NumberFormat.grouped(block.neuronCount)), .same(NumberFormat.grouped(block.parameterCount(includingBias: false))),
                     .same(NumberFormat.grouped(block.parameterCount()))])
        let field = try CountingExamples.receptiveField(layers: 3, kernel: 3)
        let c = 64
        let stack = 3 * ConvolutionGeometry.parameterCount(filters: c, channels: c, kernelHeight: 3, kernelWidth: 3, includingBias: false)
        let single = ConvolutionGeometry.parameterCount(filters: c, channels: c, kernelHeight: 7, kernelWidth: 7, includingBias: false)
        rows.append([.same(CountingExamples.receptiveField.id), Text.stackLayer.words(["field": .text("\(field.height)×\(field.width)")]),
                     .same("—"), .same("—"), Text.versus.words(["a": .text(NumberFormat.grouped(stack)), "b": .text(NumberFormat.grouped(single))]),
                     Text.versus.words(["a": .text("27C²"), "b": .text("49C²")])])
        // The layer leads; the catalogue id, which names the test, comes last, small and grey.
        let table = { (language: Language) in
            var table = Table(header: [Text.layers, .outputMaps, .neurons, .weights, .withBiases, .testID].map { $0(language) },
                              rows: rows.map { (Array($0.dropFirst()) + [$0[0]]).map { $0(language) } }, fontSize: FontSize.number)
            table.secondaryColumns = [5]
            return table
        }
        return Figure(
            id: "counting",
            title: Text.countingTitle.words(), caption: Text.countingCaption.words(), source: Text.countingSource.words(),
            width: 980, height: 270
        ) { canvas, area, language in
            try table(language).draw(on: canvas, in: area)
        }
    }

    /// Figure 9: the chapter's slides that disagree with the computation, and the OCR repairs.
    static func errata() -> Figure {
        let entries = Chapter3Convolution.examples.filter { $0.verdict.explanation != nil }
        return Figure(
            id: "errata",
            title: Text.errataTitle.words(), caption: Text.errataCaption.words(), source: Text.errataSource.words(),
            width: 940, height: Double(entries.count) * 92
        ) { canvas, area, language in
            let french = Text.examples
            var y = area.minY
            for entry in entries {
                if let role = entry.role {
                    canvas.fill(Rect(x: area.minX, y: y - 3, width: area.width, height: 20), color: role.tint())
                }
                canvas.text(deckReference(entry.source, in: language), at: Point(area.minX + 4, y), size: FontSize.label, style: .bold, baseline: .top)
                let idWidth = canvas.textWidth(entry.id, size: 8)
                canvas.text(entry.id, at: Point(area.maxX - 4, y + 2), size: 8, color: .gray, align: .right, baseline: .top)
                canvas.text(entry.verdict.label(in: language), at: Point(area.maxX - 16 - idWidth, y), size: FontSize.label, style: .bold,
                            align: .right, baseline: .top)
                y += 20
                for (label, text) in [(Text.slideSays(language), french.printed(entry, language)),
                                      (Text.cnnlabComputes(language), french.computed(entry, language))] {
                    canvas.text(label, at: Point(area.minX + 12, y), size: FontSize.number, style: .bold, baseline: .top)
                    y += canvas.paragraph(text, at: Point(area.minX + 110, y), width: area.width - 110, size: FontSize.number)
                }
                y += canvas.paragraph(french.explanation(entry, language) ?? "", at: Point(area.minX + 110, y + 2), width: area.width - 110,
                                      size: FontSize.number, color: .gray)
                y += 16
            }
        }
    }
}
