/// A table in the booktabs style: a bold header between two rules, columns aligned (numbers
/// right, text left, unless told), chosen rows tinted by their role (the row being explained, an
/// erratum, an invalid configuration),
/// a closing rule. Layer shapes, parameter counts, benchmark results.
public struct Table {
    /// The column titles, drawn in bold between two rules.
    public var header: [String]
    /// The cells, row by row, as text.
    public var rows: [[String]]
    /// One per column; nil right-aligns columns whose cells all look like numbers.
    public var alignments: [HorizontalAlignment]?
    /// Rows (from 0, header excluded) tinted by what they are: `.explained` for the row the
    /// figure is about, `.erratum`, `.invalid`, …
    public var rowRoles: [Int: Role]
    /// Columns written smaller and in grey (a reference such as a catalogue id, not the point).
    public var secondaryColumns: Set<Int> = []
    /// The type size in points.
    public var fontSize: Double

    /// A table of `rows` (strings, already formatted) under `header`.
    public init(header: [String], rows: [[String]], alignments: [HorizontalAlignment]? = nil,
                rowRoles: [Int: Role] = [:], fontSize: Double = FontSize.label) {
        self.header = header
        self.rows = rows
        self.alignments = alignments
        self.rowRoles = rowRoles
        self.fontSize = fontSize
    }

    private var rowHeight: Double { fontSize * 1.9 }
    private var secondarySize: Double { fontSize * 0.8 }
    private static let padding = 10.0

    /// The table's natural size (columns as wide as their widest cell).
    public func size(on canvas: Canvas) -> (width: Double, height: Double) {
        let widths = columnWidths(on: canvas)
        return (widths.reduce(0, +), Double(rows.count + 1) * rowHeight + 4)
    }

    /// Draws the table at the top of `rect`, centred horizontally; throws if it does not fit.
    @discardableResult
    public func draw(on canvas: Canvas, in rect: Rect) throws -> Rect {
        let widths = columnWidths(on: canvas)
        let (width, height) = size(on: canvas)
        guard width <= rect.width + 0.5, height <= rect.height + 0.5 else {
            throw PlotError.invalidInput("the table needs \(Int(width.rounded(.up)))×\(Int(height.rounded(.up))) pt, the area is \(Int(rect.width))×\(Int(rect.height)) pt")
        }
        let frame = Rect(x: rect.midX - width / 2, y: rect.minY, width: width, height: height)
        let aligns = resolvedAlignments
        func drawRow(_ cells: [String], top: Double, style: FontStyle) {
            var x = frame.minX
            for (column, w) in widths.enumerated() {
                let text = column < cells.count ? cells[column] : ""
                let anchor: Double
                switch aligns[column] {
                case .left: anchor = x + Table.padding
                case .center: anchor = x + w / 2
                case .right: anchor = x + w - Table.padding
                }
                let secondary = secondaryColumns.contains(column)
                canvas.text(text, at: Point(anchor, top + rowHeight / 2), size: secondary ? secondarySize : fontSize,
                            style: style, color: secondary ? .gray : .black, align: aligns[column], baseline: .middle)
                x += w
            }
        }
        canvas.line(from: Point(frame.minX, frame.minY), to: Point(frame.maxX, frame.minY), width: 1.5)
        drawRow(header, top: frame.minY + 1, style: .bold)
        let bodyTop = frame.minY + rowHeight + 2
        canvas.line(from: Point(frame.minX, bodyTop), to: Point(frame.maxX, bodyTop), width: 0.75)
        for (index, cells) in rows.enumerated() {
            let top = bodyTop + Double(index) * rowHeight
            if let role = rowRoles[index] {
                canvas.fill(Rect(x: frame.minX, y: top + 1, width: width, height: rowHeight - 1), color: role.tint(0.25))
            }
            drawRow(cells, top: top, style: .regular)
        }
        canvas.line(from: Point(frame.minX, frame.maxY), to: Point(frame.maxX, frame.maxY), width: 1.5)
        try canvas.check()
        return frame
    }

    private func columnWidths(on canvas: Canvas) -> [Double] {
        let count = max(header.count, rows.map(\.count).max() ?? 0)
        return (0..<count).map { column in
            let headerWidth = column < header.count
                ? canvas.textWidth(header[column], size: secondaryColumns.contains(column) ? secondarySize : fontSize, style: .bold) : 0
            let size = secondaryColumns.contains(column) ? secondarySize : fontSize
            let cellWidth = rows.map { column < $0.count ? canvas.textWidth($0[column], size: size) : 0 }.max() ?? 0
            return max(headerWidth, cellWidth) + 2 * Table.padding
        }
    }

    private var resolvedAlignments: [HorizontalAlignment] {
        let count = max(header.count, rows.map(\.count).max() ?? 0)
        if let alignments, alignments.count >= count { return alignments }
        return (0..<count).map { column in
            let cells = rows.compactMap { column < $0.count ? $0[column] : nil }.filter { !Table.placeholders.contains($0) }
            return !cells.isEmpty && cells.allSatisfy(Table.looksNumeric) ? .right : .left
        }
    }

    /// Cells that say "no value" and do not decide a column's alignment.
    static let placeholders: Set<String> = ["", "—", "–", "-", "−"]

    /// "1,234", "−0.5", "61.1 M", "12 %", "3×10⁴": starts with a digit or a sign and a digit.
    static func looksNumeric(_ text: String) -> Bool {
        let body = text.drop { "−-+".contains($0) }
        return body.first?.isNumber == true
    }
}
