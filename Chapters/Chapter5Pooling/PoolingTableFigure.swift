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
        var note: String {
            let size = "O = " + ((try? pooling.rows.rule(for: height).description) ?? "?")
            if !differences.isEmpty {
                let printed = differences.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
                    .map { NumberFormat.string(table.printed[$0.row][$0.column], decimals: 0) }
                return "\(size). Yellow: the slide prints \(printed.joined(separator: ", ")) (see errata)."
            }
            if !unread.isEmpty { return "\(size) → \(output.shape[0]) (floor). Grey cells: never read." }
            if table.rounding == .ceil {
                return "\(size) → \(output.shape[0]) (ceil). Outlined: the first window and the last, partial one (dashed)."
            }
            if pooling.rows.stride < pooling.rows.size { return "\(size): overlapping windows; the first is outlined." }
            return size
        }
    }

    static func figure() throws -> Figure {
        let panels = try PoolingExamples.tables.map(PooledTable.init)
        return Figure(
            id: "pooling-tables", title: "Max and mean pooling on the slides' tables",
            caption: "Left: the input with the pooling windows outlined (grey) and, for max pooling, the winning "
                + "cells ringed — the first maximum in row-major order when several tie. Right: the result; the cell "
                + "outlined is the first window's. The 3×3 stride-2 windows do not tile 8 cells, (8 − 3)/2 + 1 = 3.5: "
                + "floor keeps 3 whole windows, ceil adds a partial fourth. Mean pooling: four printed cells "
                + "differ from the table's means (yellow: the slide is ambiguous there). Each panel names its slide; the small grey id names its test.",
            source: "IFT 780, slides 141–144; Apprentissage profond, ≈ slides 71–72 (catalogue §8)",
            width: 980, height: 900
        ) { canvas, area in
            for (panel, rect) in zip(panels, area.grid(rows: 3, columns: 2, spacing: 24)) {
                try Panel.titled("\(panel.table.label) — \(panel.table.example.source)", on: canvas, in: rect) { body in
                    canvas.text(panel.table.example.id, at: Point(body.maxX, body.minY), size: 8, color: .gray, align: .right,
                                baseline: .top)
                    try draw(panel, on: canvas, in: body)
                }
            }
        }
    }

    /// Input grid, arrow, output grid, and the note below.
    static func draw(_ panel: PooledTable, on canvas: Canvas, in rect: Rect) throws {
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
        canvas.text(panel.note, at: Point(noteArea.midX, noteArea.minY + 4), size: FontSize.number, color: .gray,
                    align: .center, baseline: .top)
    }
}
