extension PlotGallery {
    /// A table with numeric columns aligned, a row being explained and an invalid row.
    static func table() -> Figure {
        Figure(id: "table", title: "Tables: aligned columns, highlighted rows",
               caption: "Numbers right-aligned, text left-aligned (detected per column); rows tinted by role: the row being explained, an invalid configuration.",
               source: "beyond the slides", width: 640, height: 200) { canvas, area in
            try Table(header: ["Layer", "Output shape", "Parameters", "Note"], rows: [
                ["input", "1×32×32", "0", "grey image"],
                ["C1: conv 5×5", "6×28×28", "156", "(5·5·1 + 1)·6"],
                ["S2: max-pool 2×2", "6×14×14", "0", "stride 2"],
                ["C3: conv 5×5", "16×10×10", "2,416", "(5·5·6 + 1)·16"],
                ["conv 5×5, stride 3", "—", "—", "(14 − 5)/3 + 1 = 4 ✓, (10 − 5)/3 + 1 = 8/3 ✗"],
                ["F5: dense", "120", "48,120", "(400 + 1)·120"],
            ], rowRoles: [1: .explained, 4: .invalid]).draw(on: canvas, in: area)
        }
    }

    /// LeNet-5 as a pipeline of boxes over two rows.
    static func layerDiagram() -> Figure {
        Figure(id: "layer-diagram", title: "Layer diagram: a LeNet-5-like pipeline",
               caption: "Boxes tinted by kind (input, convolution, pooling, dense, output) with their output shapes; the layer being explained outlined in the colour of the part being explained; the pipeline wraps onto a second row.",
               source: "beyond the slides", width: 760, height: 200) { canvas, area in
            try LayerDiagram([
                .init("input", shape: "1×32×32", kind: .input),
                .init("C1 conv", shape: "6×28×28", detail: "5×5, 156 p.", kind: .convolution, highlighted: true),
                .init("S2 pool", shape: "6×14×14", detail: "max 2×2", kind: .pooling),
                .init("C3 conv", shape: "16×10×10", detail: "5×5, 2,416 p.", kind: .convolution),
                .init("S4 pool", shape: "16×5×5", detail: "max 2×2", kind: .pooling),
                .init("flatten", shape: "400", kind: .other),
                .init("F5 dense", shape: "120", detail: "48,120 p.", kind: .dense),
                .init("ReLU", shape: "120", kind: .activation),
                .init("F6 dense", shape: "84", detail: "10,164 p.", kind: .dense),
                .init("softmax", shape: "10", detail: "850 p.", kind: .output),
            ], rows: 2).draw(on: canvas, in: area)
        }
    }
}
