/// A network as a pipeline of boxes: each layer's name, output shape and detail, arrows between
/// them, in one or more rows (left to right; a row ends with an elbow arrow down to the next).
/// LeNet, AlexNet, VGG shapes.
public struct LayerDiagram {
    /// One box of the diagram.
    public struct Layer {
        /// The kind of a layer, which sets its box's tint.
        public enum Kind: Sendable {
            case input, convolution, pooling, activation, normalization, dense, output, other
        }

        /// The layer's name ("C1", "conv 5×5").
        public var name: String
        /// The output shape, e.g. "6×28×28".
        public var shape: String
        /// A further line, e.g. "5×5, stride 1" or "156 params".
        public var detail: String
        /// The kind of layer, which sets the box's colour.
        public var kind: Kind
        /// Outlined in the colour of `Role.explained` (the layer being explained).
        public var highlighted: Bool

        /// A box named `name` showing `shape` and, in italics, `detail`.
        public init(_ name: String, shape: String, detail: String = "", kind: Kind = .other,
                    highlighted: Bool = false) {
            self.name = name
            self.shape = shape
            self.detail = detail
            self.kind = kind
            self.highlighted = highlighted
        }
    }

    /// The boxes, input first.
    public var layers: [Layer]
    /// How many rows the boxes are split into (evenly, in order).
    public var rows: Int

    /// The pipeline of `layers`, split into `rows` rows.
    public init(_ layers: [Layer], rows: Int = 1) {
        self.layers = layers
        self.rows = max(1, rows)
    }

    private static let gap = 26.0
    private static let rowGap = 34.0

    /// Draws the diagram centred in `rect`; throws if a box's text cannot fit.
    public func draw(on canvas: Canvas, in rect: Rect) throws {
        guard !layers.isEmpty else { throw PlotError.invalidInput("a layer diagram needs at least one layer") }
        let perRow = (layers.count + rows - 1) / rows
        let boxWidth = (rect.width - LayerDiagram.gap * Double(perRow - 1)) / Double(perRow)
        let lines = layers.map { layer -> [(String, Double, FontStyle)] in
            canvas.wrap(layer.name, width: boxWidth - 8, size: FontSize.label, style: .bold).map { ($0, FontSize.label, .bold) }
                + canvas.wrap(layer.shape, width: boxWidth - 8, size: FontSize.number).map { ($0, FontSize.number, .regular) }
                + (layer.detail.isEmpty ? [] : canvas.wrap(layer.detail, width: boxWidth - 8, size: FontSize.number)
                    .map { ($0, FontSize.number, .italic) })
        }
        let widest = lines.joined().map { canvas.textWidth($0.0, size: $0.1, style: $0.2) }.max() ?? 0
        let boxHeight = Double(lines.map(\.count).max() ?? 1) * FontSize.label * 1.35 + 14
        let rowCount = (layers.count + perRow - 1) / perRow
        let neededHeight = Double(rowCount) * boxHeight + Double(rowCount - 1) * LayerDiagram.rowGap
        guard widest <= boxWidth - 4, neededHeight <= rect.height + 0.5 else {
            throw PlotError.invalidInput("the layer diagram's boxes need \(Int(widest + 8)) pt × \(Int(neededHeight)) pt in all, the area gives \(Int(boxWidth)) pt per box and \(Int(rect.height)) pt: use more rows or a larger figure")
        }
        let top = rect.midY - neededHeight / 2
        let boxes = layers.indices.map { index -> Rect in
            let row = index / perRow, column = index % perRow
            return Rect(x: rect.minX + Double(column) * (boxWidth + LayerDiagram.gap),
                        y: top + Double(row) * (boxHeight + LayerDiagram.rowGap), width: boxWidth, height: boxHeight)
        }
        for (index, (layer, box)) in zip(layers, boxes).enumerated() {
            canvas.box(box, fill: LayerDiagram.tint(layer.kind), stroke: layer.highlighted ? Role.explained.color : .gray,
                       width: layer.highlighted ? 3 : 1, cornerRadius: 5)
            var y = box.midY - Double(lines[index].count) * FontSize.label * 1.35 / 2
            for (text, size, style) in lines[index] {
                canvas.text(text, at: Point(box.midX, y + FontSize.label * 1.35 / 2), size: size, style: style,
                            align: .center, baseline: .middle)
                y += FontSize.label * 1.35
            }
            guard index + 1 < boxes.count else { continue }
            let next = boxes[index + 1]
            if next.minY == box.minY {
                canvas.arrow(from: Point(box.maxX + 2, box.midY), to: Point(next.minX - 2, next.midY))
            } else {
                let turn = box.maxY + LayerDiagram.rowGap / 2
                canvas.polyline([Point(box.midX, box.maxY + 2), Point(box.midX, turn), Point(next.midX, turn)], width: 1.5)
                canvas.arrow(from: Point(next.midX, turn), to: Point(next.midX, next.minY - 2))
            }
        }
        try canvas.check()
    }

    /// A light tint per kind (the roles' colours stay free for highlighting).
    static func tint(_ kind: Layer.Kind) -> Color {
        switch kind {
        case .input: return Color(hex: 0xeeeeee)
        case .convolution: return Color(hex: 0xd6e6f4)
        case .pooling: return Color(hex: 0xd9f0e3)
        case .activation: return Color(hex: 0xfdf3c4)
        case .normalization: return Color(hex: 0xf3e0ee)
        case .dense: return Color(hex: 0xe3dcf2)
        case .output: return Color(hex: 0xfadcd0)
        case .other: return .white
        }
    }
}
