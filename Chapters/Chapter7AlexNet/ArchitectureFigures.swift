import NeuralNet
import Plot

/// Figures 1–3: AlexNet as a layer diagram, its table (IFT 780 slide 179) and VGG16's table
/// (slides 182–193), every number from ``Architecture/table()``.
enum ArchitectureFigures {
    /// 62,378,344 → "62.38" ("62,38" in French prose).
    private static func millions(_ n: Int) -> TextValue { .fixed(Double(n) / 1e6, decimals: 2) }

    /// Figure 1: AlexNet's boxes with their output shapes and parameters.
    static func diagram() throws -> Figure {
        let table = try Networks.alexNet.table()
        func layers(_ language: Language) -> [LayerDiagram.Layer] {
            table.rows.map { row -> LayerDiagram.Layer in
                let kind: LayerDiagram.Layer.Kind
                switch row.spec {
                case nil: kind = .input
                case .conv?: kind = .convolution
                case .maxPool?, .meanPool?: kind = .pooling
                case .norm?, .batchNorm?: kind = .normalization
                case .dense?: kind = row.name == "FC8" ? .output : .dense
                case .flatten?: kind = .other
                }
                let detail = Text.label(row.spec, language)
                    + (row.parameters > 0 ? Text.params(language, ["count": .text(NumberFormat.grouped(row.parameters))]) : "")
                return LayerDiagram.Layer(Text.name(row, language), shape: row.output.description,
                                          detail: detail, kind: kind, highlighted: row.name == "CONV1")
            }
        }
        return Figure(
            id: "alexnet-diagram", title: Text.diagramTitle.words(["total": .count(table.parameters)]),
            caption: Text.diagramCaption.words(), source: Text.diagramSource.words(), width: 1100, height: 250
        ) { canvas, area, language in
            try LayerDiagram(layers(language), rows: 2).draw(on: canvas, in: area)
        }
    }

    /// Figure 2: slide 179's table, computed, with the totals and the 68M erratum.
    static func alexNetTable() throws -> Figure {
        let table = try Networks.alexNet.table()
        let twoGPU = try Networks.alexNetTwoGPU.table()
        func drawn(_ language: Language) -> Table {
            var rows = table.rows.map { row in
                [Text.name(row, language), Text.label(row.spec, language), row.output.description, NumberFormat.grouped(row.neurons),
                 NumberFormat.grouped(row.weights), NumberFormat.grouped(row.parameters),
                 NumberFormat.grouped(twoGPU[row.name]?.parameters ?? 0)]
            }
            rows.append([Text.total(language), "", "", NumberFormat.grouped(table.neurons), NumberFormat.grouped(table.weights),
                         NumberFormat.grouped(table.parameters), NumberFormat.grouped(twoGPU.parameters)])
            let header: [Text] = [.layer, .configuration, .output, .neurons, .weights, .plusBiases, .twoGPUs]
            return Table(header: header.map { $0(language) }, rows: rows, alignments: [.left, .left, .left, .right, .right, .right, .right],
                         rowRoles: [rows.count - 1: .explained], fontSize: FontSize.number)
        }
        let fc6 = Double(table["FC6"]?.parameters ?? 0) / Double(table.parameters)
        let convolutions = table.rows.filter { if case .conv? = $0.spec { true } else { false } }.reduce(0) { $0 + $1.parameters }
        let note = Text.tableNote.words(["full": .count(table.parameters), "twoGPU": .count(twoGPU.parameters)])
        return Figure(
            id: "alexnet-table",
            title: Text.tableTitle.words(["full": millions(table.parameters), "twoGPU": millions(twoGPU.parameters)]),
            caption: Text.tableCaption.words(["share": .fixed(100 * fc6, decimals: 1), "convolutions": .count(convolutions)]),
            source: Text.tableSource.words(), width: 980, height: 420
        ) { canvas, area, language in
            let frame = try drawn(language).draw(on: canvas, in: area)
            _ = canvas.paragraph(note(language), at: Point(area.minX, frame.maxY + 14), width: area.width, size: FontSize.number,
                                 color: Role.erratum.color)
        }
    }

    /// Figure 3: VGG16 row by row, then the slides' rounded totals against the exact ones.
    static func vggTable() throws -> Figure {
        let table = try Networks.vgg16.table()
        let megabytes = { (bytes: Int) in ArchitectureTable.megabytes(bytes) }
        func layers(_ language: Language) -> Table {
            var rows = table.rows.map { row in
                [Text.name(row, language), row.output.description, NumberFormat.grouped(row.neurons), NumberFormat.grouped(row.parameters),
                 megabytes(row.neurons * ArchitectureTable.bytesPerValue), megabytes(row.parameters * ArchitectureTable.bytesPerValue)]
            }
            rows.append([Text.total(language), "", NumberFormat.grouped(table.neurons), NumberFormat.grouped(table.parameters),
                         megabytes(table.neuronBytes), megabytes(table.parameterBytes)])
            let header: [Text] = [.layer, .output, .neurons, .parameters, .neuronMB, .parameterMB]
            return Table(header: header.map { $0(language) }, rows: rows, alignments: [.left, .left, .right, .right, .right, .right],
                         rowRoles: [rows.count - 1: .explained], fontSize: FontSize.number)
        }
        func slide(_ language: Language) -> Table {
            let unit = " " + Text.megabyte(language)
            return Table(
                header: [Text.quantity(language), Text.slides192(language), Text.computed(language)],
                rows: [[Text.neurons(language), "≈ 15 M", NumberFormat.grouped(table.neurons)],
                       [Text.neuronMemory(language), "≈ 60 Mo", megabytes(table.neuronBytes) + unit],
                       [Text.parameters(language), "138 M", NumberFormat.grouped(table.parameters)],
                       [Text.parameterMemory(language), "≈ 552 Mo", megabytes(table.parameterBytes) + unit],
                       [Text.forwardPass(language), "≈ 612 Mo", megabytes(table.forwardBytes) + unit],
                       [Text.withBackpropagation(language), "> 1.1 Go", "≈ 2 × " + megabytes(table.forwardBytes) + unit]],
                alignments: [.left, .right, .right], fontSize: FontSize.number)
        }
        return Figure(
            id: "vgg16-table",
            title: Text.vggTitle.words(["neurons": millions(table.neurons), "parameters": millions(table.parameters)]),
            caption: Text.vggCaption.words(), source: Text.vggSource.words(), width: 1040, height: 470
        ) { canvas, area, language in
            let left = try layers(language).draw(on: canvas, in: Rect(x: area.minX, y: area.minY, width: area.width * 0.62,
                                                                      height: area.height))
            _ = try slide(language).draw(on: canvas, in: Rect(x: left.maxX + 24, y: area.minY, width: area.maxX - left.maxX - 24,
                                                              height: area.height))
        }
    }
}
