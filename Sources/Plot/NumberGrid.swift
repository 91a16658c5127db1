/// A cell of a grid, by row and column (from 0, top left).
public struct Cell: Hashable, Sendable {
    /// The row, from 0 at the top.
    public let row: Int
    /// The column, from 0 at the left.
    public let column: Int

    /// The cell at (`row`, `column`).
    public init(_ row: Int, _ column: Int) {
        self.row = row
        self.column = column
    }
}

/// A rectangular block of cells: the rows `rows` and the columns `columns` (half-open ranges).
public struct CellRange: Sendable, Equatable {
    /// The block's rows.
    public let rows: Range<Int>
    /// The block's columns.
    public let columns: Range<Int>

    /// The cells in `rows` × `columns`.
    public init(rows: Range<Int>, columns: Range<Int>) {
        self.rows = rows
        self.columns = columns
    }

    /// The `size` × `size` block whose top-left cell is (`row`, `column`): a filter's window.
    public init(row: Int, column: Int, size: Int) {
        self.init(rows: row..<(row + size), columns: column..<(column + size))
    }
}

/// A table of numbers drawn like the slides' grids: every cell shows its value; a window (the
/// filter's current position) can be outlined in a role's colour, cells marked (pooling
/// winners: a ring, bold), cells coloured by value (`heat`) or one by one (`cellColors`,
/// e.g. padded border cells), and rows and columns labelled.
public struct NumberGrid {
    /// The values, one per cell.
    public var matrix: Matrix
    /// Decimals shown (0 anyway when every value is an integer).
    public var decimals: Int
    /// The highlighted block, outlined in `windowColor`.
    public var window: CellRange?
    /// What `window` and the marked cells are: the part being explained, or an invalid window.
    public var windowRole: Role = .explained
    /// Cells ringed in the window role's colour, their value in bold.
    public var marked: Set<Cell> = []
    /// Colours cells by value (text switches to white on dark cells); nil keeps them white.
    public var heat: ColorScale?
    /// Per-cell background, taking precedence over `heat`.
    public var cellColors: [Cell: Color] = [:]
    /// Labels left of each row (empty for none).
    public var rowLabels: [String] = []
    /// Labels above each column (empty for none).
    public var columnLabels: [String] = []
    /// Whether the numbers are written (a pure colour grid when false).
    public var showsValues = true
    /// The largest cell side in points (small grids stay slide-sized instead of filling the area).
    public var maxCellSize = 40.0
    /// The numbers' type size in points.
    public var fontSize = FontSize.number
    /// Square cells (a map whose rows and columns are both pixels): as wide as the widest number
    /// needs, and as tall.
    public var squareCells = false

    /// A grid of `matrix`'s values; see the properties for the options.
    public init(_ matrix: Matrix, decimals: Int = 2, window: CellRange? = nil, marked: Set<Cell> = [],
                heat: ColorScale? = nil, cellColors: [Cell: Color] = [:], rowLabels: [String] = [],
                columnLabels: [String] = []) {
        self.matrix = matrix
        self.decimals = decimals
        self.window = window
        self.marked = marked
        self.heat = heat
        self.cellColors = cellColors
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
    }

    /// Where the cells of a drawn grid are, so a figure can draw arrows to and from them.
    public struct Layout: Sendable {
        /// The cells' outer frame (labels excluded).
        public let frame: Rect
        /// One cell's width in points.
        public let cellWidth: Double
        /// One cell's height in points.
        public let cellHeight: Double

        /// The rectangle of cell (`row`, `column`).
        public func rect(of cell: Cell) -> Rect {
            Rect(x: frame.x + Double(cell.column) * cellWidth, y: frame.y + Double(cell.row) * cellHeight,
                 width: cellWidth, height: cellHeight)
        }

        /// The rectangle around a block of cells.
        public func rect(of range: CellRange) -> Rect {
            Rect(x: frame.x + Double(range.columns.lowerBound) * cellWidth,
                 y: frame.y + Double(range.rows.lowerBound) * cellHeight,
                 width: Double(range.columns.count) * cellWidth, height: Double(range.rows.count) * cellHeight)
        }
    }

    /// The texts written in the cells, row-major.
    public var cellTexts: [String] {
        let shown = NumberFormat.decimals(for: matrix.values, otherwise: decimals)
        return matrix.values.map { NumberFormat.string($0, decimals: shown) }
    }

    /// The grid's placement in `rect`: cells as large as fit (up to `maxCellSize`), at least as
    /// wide as the widest number, centred.
    public func layout(in rect: Rect, on canvas: Canvas) -> Layout {
        let labelWidth = (rowLabels.map { canvas.textWidth($0, size: fontSize) }.max() ?? -6) + 6
        let labelHeight = columnLabels.isEmpty ? 0.0 : fontSize * 1.6
        let columns = Double(max(1, matrix.columns)), rows = Double(max(1, matrix.rows))
        let availableWidth = (rect.width - labelWidth) / columns
        let availableHeight = (rect.height - labelHeight) / rows
        let textWidth = showsValues ? (cellTexts.map { canvas.textWidth($0, size: fontSize) }.max() ?? 0) + 8 : 0
        var height = max(1, min(maxCellSize, availableHeight, availableWidth))
        let width = min(max(height, textWidth), availableWidth)
        if squareCells { height = min(width, availableHeight) }
        let total = Rect(x: 0, y: 0, width: labelWidth + width * columns, height: labelHeight + height * rows)
        let placed = rect.centered(width: total.width, height: total.height)
        return Layout(frame: Rect(x: placed.x + labelWidth, y: placed.y + labelHeight,
                                  width: width * columns, height: height * rows),
                      cellWidth: width, cellHeight: height)
    }

    /// Draws the grid centred in `rect`; returns where its cells went.
    @discardableResult
    public func draw(on canvas: Canvas, in rect: Rect) throws -> Layout {
        let layout = layout(in: rect, on: canvas)
        let texts = cellTexts
        for row in 0..<matrix.rows {
            for column in 0..<matrix.columns {
                let cell = Cell(row, column)
                let box = layout.rect(of: cell)
                let background = cellColors[cell] ?? heat?.color(for: matrix[row, column]) ?? .white
                canvas.fill(box, color: background)
                canvas.stroke(box, color: .lightGray, width: 0.75)
                let isMarked = marked.contains(cell)
                if isMarked {
                    let radius = min(box.width, box.height) * 0.42
                    canvas.circle(center: box.center, radius: radius, stroke: windowRole.color, width: 2.5)
                }
                if showsValues {
                    canvas.text(texts[row * matrix.columns + column], at: box.center, size: fontSize,
                                style: isMarked ? .bold : .regular, color: background.contrastingText,
                                align: .center, baseline: .middle)
                }
            }
        }
        canvas.stroke(layout.frame, color: .gray, width: 1)
        for (row, label) in rowLabels.prefix(matrix.rows).enumerated() {
            let box = layout.rect(of: Cell(row, 0))
            canvas.text(label, at: Point(box.minX - 6, box.midY), size: fontSize, color: .gray, align: .right,
                        baseline: .middle)
        }
        for (column, label) in columnLabels.prefix(matrix.columns).enumerated() {
            let box = layout.rect(of: Cell(0, column))
            canvas.text(label, at: Point(box.midX, box.minY - 6), size: fontSize, color: .gray, align: .center,
                        baseline: .bottom)
        }
        if let window {
            let box = layout.rect(of: window)
            if heat == nil { canvas.fill(box, color: windowRole.color.withAlpha(0.15)) }
            canvas.stroke(box, color: windowRole.color, width: 3)
        }
        try canvas.check()
        return layout
    }
}

extension NumberGrid {
    /// Draws the grid (which must have a `heat` scale) with a horizontal colour bar titled `label`
    /// under it: a kernel or a gradient whose cells are coloured by value. Returns the grid's layout.
    @discardableResult
    public func draw(on canvas: Canvas, in rect: Rect, colorBarLabel label: String) throws -> Layout {
        guard let heat else { throw PlotError.invalidInput("a grid's colour bar needs the grid coloured by value (heat)") }
        let layout = try draw(on: canvas, in: rect.inset(bottom: ColorBar.preferredHeight + 8))
        let width = max(layout.frame.width, 130)
        try ColorBar(scale: heat, label: label, orientation: .horizontal)
            .draw(on: canvas, in: Rect(x: layout.frame.midX - width / 2, y: layout.frame.maxY + 8, width: width,
                                       height: ColorBar.preferredHeight))
        return layout
    }
}
