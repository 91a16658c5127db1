import NeuralNet
import Plot

/// Figures 1–3: AlexNet as a layer diagram, its table (IFT 780 slide 179) and VGG16's table
/// (slides 182–193), every number from ``Architecture/table()``.
enum ArchitectureFigures {
    /// 62,378,344 → "62.38".
    private static func millions(_ n: Int) -> String { NumberFormat.string(Double(n) / 1e6, decimals: 2) }

    /// Figure 1: AlexNet's boxes with their output shapes and parameters.
    static func diagram() throws -> Figure {
        let table = try Networks.alexNet.table()
        let layers = table.rows.map { row -> LayerDiagram.Layer in
            let kind: LayerDiagram.Layer.Kind
            switch row.spec {
            case nil: kind = .input
            case .conv?: kind = .convolution
            case .maxPool?, .meanPool?: kind = .pooling
            case .norm?, .batchNorm?: kind = .normalization
            case .dense?: kind = row.name == "FC8" ? .output : .dense
            case .flatten?: kind = .other
            }
            let detail = (row.spec.map { $0.label } ?? "RGB image") + (row.parameters > 0 ? " · \(NumberFormat.grouped(row.parameters)) params" : "")
            return LayerDiagram.Layer(row.name, shape: row.output.description, detail: detail, kind: kind,
                                      highlighted: row.name == "CONV1")
        }
        let diagram = LayerDiagram(layers, rows: 2)
        return Figure(
            id: "alexnet-diagram",
            title: "AlexNet layer by layer: 227×227×3 → 1000 scores, \(NumberFormat.grouped(table.parameters)) parameters",
            caption: "Each box gives the layer's output H×W×C and its parameters, computed by the chapter's shape calculator "
                + "(O = (D − F + 2P)/S + 1, m(n·k·k + 1), n(m + 1)). CONV1, outlined, is the slides' worked layer: "
                + "(227 − 11)/4 + 1 = 55 and 11·11·3·96 = 34,848 weights. The pools and NORM layers have no parameters.",
            source: "IFT 780, slides 172–179; Apprentissage profond ≈ slides 75–76", width: 1100, height: 250
        ) { canvas, area in
            try diagram.draw(on: canvas, in: area)
        }
    }

    /// Figure 2: slide 179's table, computed, with the totals and the 68M erratum.
    static func alexNetTable() throws -> Figure {
        let table = try Networks.alexNet.table()
        let twoGPU = try Networks.alexNetTwoGPU.table()
        var rows = table.rows.map { row in
            [row.name, row.spec?.label ?? "RGB image", row.output.description, NumberFormat.grouped(row.neurons),
             NumberFormat.grouped(row.weights), NumberFormat.grouped(row.parameters), NumberFormat.grouped(twoGPU[row.name]?.parameters ?? 0)]
        }
        rows.append(["total", "", "", NumberFormat.grouped(table.neurons), NumberFormat.grouped(table.weights), NumberFormat.grouped(table.parameters),
                     NumberFormat.grouped(twoGPU.parameters)])
        let drawn = Table(header: ["layer", "configuration", "output", "neurons", "weights", "+ biases", "two GPUs"], rows: rows,
                          alignments: [.left, .left, .left, .right, .right, .right, .right],
                          rowRoles: [rows.count - 1: .explained], fontSize: FontSize.number)
        let fc6 = Double(table["FC6"]?.parameters ?? 0) / Double(table.parameters)
        let convolutions = table.rows.filter { if case .conv? = $0.spec { true } else { false } }.reduce(0) { $0 + $1.parameters }
        let note = "Slide 180 says \"~68 millions de paramètres\": neither reading of the table gives it — "
            + "\(NumberFormat.grouped(table.parameters)) when every filter sees all input channels (as slide 179 tables it), "
            + "\(NumberFormat.grouped(twoGPU.parameters)) with the paper's two-GPU groups (CONV2, CONV4, CONV5 see half the channels). "
            + "\"~60M\" is the usual figure: the 68 is an OCR 0 → 8 slip or a rough number."
        return Figure(
            id: "alexnet-table",
            title: "Slide 179's AlexNet table, computed: \(millions(table.parameters)) M parameters "
                + "(\(millions(twoGPU.parameters)) M on two GPUs), not 68 M",
            caption: "Weights and weights + biases per layer, as slide 179 lists them; every value equals the slide's. "
                + "FC6 alone holds \(NumberFormat.string(100 * fc6, decimals: 1))% of the parameters; the five convolutions "
                + "hold \(NumberFormat.grouped(convolutions)). The last column counts the "
                + "two-GPU variant; the orange row is the total.",
            source: "IFT 780, slides 172–180", width: 980, height: 420
        ) { canvas, area in
            let frame = try drawn.draw(on: canvas, in: area)
            _ = canvas.paragraph(note, at: Point(area.minX, frame.maxY + 14), width: area.width, size: FontSize.number,
                                 color: Role.erratum.color)
        }
    }

    /// Figure 3: VGG16 row by row, then the slides' rounded totals against the exact ones.
    static func vggTable() throws -> Figure {
        let table = try Networks.vgg16.table()
        var rows = table.rows.map { row in
            [row.name, row.output.description, NumberFormat.grouped(row.neurons), NumberFormat.grouped(row.parameters),
             ArchitectureTable.megabytes(row.neurons * ArchitectureTable.bytesPerValue), ArchitectureTable.megabytes(row.parameters * ArchitectureTable.bytesPerValue)]
        }
        rows.append(["total", "", NumberFormat.grouped(table.neurons), NumberFormat.grouped(table.parameters), ArchitectureTable.megabytes(table.neuronBytes),
                     ArchitectureTable.megabytes(table.parameterBytes)])
        let layers = Table(header: ["layer", "output", "neurons", "parameters", "neuron MB", "parameter MB"], rows: rows,
                           alignments: [.left, .left, .right, .right, .right, .right],
                           rowRoles: [rows.count - 1: .explained], fontSize: FontSize.number)
        let slide = Table(
            header: ["quantity", "slides 192–193", "computed"],
            rows: [["neurons", "≈ 15 M", NumberFormat.grouped(table.neurons)],
                   ["neuron memory (4 B)", "≈ 60 Mo", ArchitectureTable.megabytes(table.neuronBytes) + " MB"],
                   ["parameters", "138 M", NumberFormat.grouped(table.parameters)],
                   ["parameter memory (4 B)", "≈ 552 Mo", ArchitectureTable.megabytes(table.parameterBytes) + " MB"],
                   ["forward pass, 1 image", "≈ 612 Mo", ArchitectureTable.megabytes(table.forwardBytes) + " MB"],
                   ["with backpropagation", "> 1.1 Go", "≈ 2 × " + ArchitectureTable.megabytes(table.forwardBytes) + " MB"]],
            alignments: [.left, .right, .right], fontSize: FontSize.number)
        return Figure(
            id: "vgg16-table",
            title: "VGG16: \(millions(table.neurons)) M neurons and \(millions(table.parameters)) M parameters — "
                + "the slides' numbers, unrounded",
            caption: "Neurons are the values each layer outputs for one image (the input included, as the slide counts); "
                + "memory at 4 bytes per value (1 MB = 10⁶ B). The slides round before multiplying: 138 M × 4 = 552 Mo, "
                + "exactly 553.4 MB; 60 + 552 = 612 Mo, exactly 614.4 MB. Every difference is rounding.",
            source: "IFT 780, slides 182–193; Apprentissage profond ≈ slide 77", width: 1040, height: 470
        ) { canvas, area in
            let left = try layers.draw(on: canvas, in: Rect(x: area.minX, y: area.minY, width: area.width * 0.62, height: area.height))
            _ = try slide.draw(on: canvas, in: Rect(x: left.maxX + 24, y: area.minY, width: area.maxX - left.maxX - 24,
                                                    height: area.height))
        }
    }
}
