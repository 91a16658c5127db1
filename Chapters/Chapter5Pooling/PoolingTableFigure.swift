import Chapters
import NeuralNet
import Plot
import Tensors

/// Figure 1: the slides' tables under each pooling — windows outlined on the input, the winning
/// cells ringed, the result beside it (IFT 780 slides 141–144; Apprentissage profond ≈ 71–72).
enum PoolingTableFigure {
    /// One table pooled, with what the drawing needs.
    struct PooledTable {
        let table: PoolingExamples.TableExample
        let pooling: Pooling2D
        let output: Tensor<Double>
        /// Max pooling: the input cells that win at least one window.
        let winners: Set<Cell>
        /// Every window, as the input cells it covers.
        let windows: [PoolingOverlay.Window]
        /// Input cells that no window reads (floor rounding drops them).
        let unread: Set<Cell>
        /// Output cells whose value differs from the slide's printed one.
        let differences: Set<Cell>

        init(_ table: PoolingExamples.TableExample) throws {
            self.table = table
            pooling = try table.pooling
            let cache: PoolingCache
            (output, cache) = try pooling.forward(Tensor<Double>(rows: table.input))
            winners = table.kind == .max ? PoolingOverlay.winners(cache) : []
            let (height, width) = (table.input.count, table.input.first?.count ?? 0)
            windows = try PoolingOverlay.windows(pooling, height: height, width: width)
            let read = Set(windows.flatMap { w in w.cells.rows.flatMap { i in w.cells.columns.map { Cell(i, $0) } } })
            unread = Set((0..<height).flatMap { i in (0..<width).map { Cell(i, $0) } }).subtracting(read)
            let output = self.output
            differences = table.printed.isEmpty ? [] : Set((0..<output.shape[0]).flatMap { i in
                (0..<output.shape[1]).compactMap { j in output[i, j] == table.printed[i][j] ? nil : Cell(i, j) }
            })
        }

        var height: Int { table.input.count }

        /// The sentence under the panel.
        var note: Words {
            let size = TextValue.text("O = " + ((try? pooling.rows.rule(for: height).description) ?? "?"))
            let count = TextValue.integer(output.shape[0])
            if !differences.isEmpty {
                let printed = differences.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
                    .map { NumberFormat.string(table.printed[$0.row][$0.column], decimals: 0) }
                return Text.noteYellow.words(["size": size, "printed": .text(printed.joined(separator: ", "))])
            }
            if !unread.isEmpty { return Text.noteFloor.words(["size": size, "count": count]) }
            if table.rounding == .ceil { return Text.noteCeil.words(["size": size, "count": count]) }
            if pooling.rows.stride < pooling.rows.size { return Text.noteOverlap.words(["size": size]) }
            return Words.same(size.text(in: .english))
        }

        /// "max 2×2, stride 2", "max 3×3, stride 2, ceil", in `language`.
        func label(_ language: Language) -> String {
            Text.tableLabel(language, ["kind": .text((table.kind == .max ? Text.max : Text.mean)(language)),
                                       "size": .integer(table.size), "stride": .integer(table.stride)])
                + (table.rounding == .ceil ? Text.ceil(language) : "")
        }
    }

    static func figure() throws -> Figure {
        let panels = try PoolingExamples.tables.map(PooledTable.init)
        return Figure(
            id: "pooling-tables", title: Text.tablesTitle.words(), caption: Text.tablesCaption.words(),
            source: Text.tablesSource.words(), width: 980, height: 900
        ) { canvas, area, language in
            for (panel, rect) in zip(panels, area.grid(rows: 3, columns: 2, spacing: 24)) {
                try Panel.titled("\(panel.label(language)) — \(deckReference(panel.table.example.source, in: language))",
                                 on: canvas, in: rect) { body in
                    canvas.text(panel.table.example.id, at: Point(body.maxX, body.minY), size: 8, color: .gray, align: .right,
                                baseline: .top)
                    try draw(panel, language, on: canvas, in: body)
                }
            }
        }
    }

    /// Input grid, arrow, output grid, and the note below.
    static func draw(_ panel: PooledTable, _ language: Language, on canvas: Canvas, in rect: Rect) throws {
        let (grids, noteArea) = rect.sliceTop(rect.height - 22, spacing: 4)
        let parts = grids.columns(weights: [8, 1.2, Double(max(panel.output.shape[1], 4))], spacing: 6)
        let decimals = panel.table.kind == .mean ? 1 : 0
        let cellSize = min(26, parts[0].height / Double(panel.height))

        var input = NumberGrid(try Matrix(rows: panel.table.input), decimals: 0,
                               marked: panel.winners,
                               cellColors: Dictionary(uniqueKeysWithValues: panel.unread.map { ($0, Color.lightGray) }))
        input.maxCellSize = cellSize
        let inputLayout = try input.draw(on: canvas, in: parts[0])
        // Overlapping windows would hide each other: then only the first, and the last if partial.
        let shown = panel.pooling.rows.stride < panel.pooling.rows.size
            ? [panel.windows[0]] + panel.windows.suffix(1).filter(\.partial) : panel.windows
        PoolingOverlay.outline(shown, on: canvas, layout: inputLayout)

        let y = inputLayout.frame.midY
        canvas.arrow(from: Point(parts[1].minX + 4, y), to: Point(parts[1].maxX - 4, y), color: .gray)

        let differing = panel.differences.map { ($0, (panel.table.example.role ?? .erratum).tint(0.5)) }
        var output = NumberGrid(try panel.output.matrix(), decimals: decimals, window: CellRange(row: 0, column: 0, size: 1),
                                cellColors: Dictionary(uniqueKeysWithValues: differing))
        output.maxCellSize = cellSize
        let outputArea = Rect(x: parts[2].minX, y: inputLayout.frame.minY, width: parts[2].width,
                              height: Double(panel.output.shape[0]) * cellSize)
        try output.draw(on: canvas, in: outputArea)
        canvas.text(panel.note(language), at: Point(noteArea.midX, noteArea.minY + 4), size: FontSize.number, color: .gray,
                    align: .center, baseline: .top)
    }
}
