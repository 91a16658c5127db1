/// Rows of cells as lines of aligned columns, two spaces apart: the first `leftAligned` columns
/// padded on the right (names), the others on the left (numbers) — the tables of `cnnlab shapes`
/// and `cnnlab summary`.
func alignedColumns(_ rows: [[String]], leftAligned: Int) -> [String] {
    let columns = rows.map(\.count).max() ?? 0
    let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
    return rows.map { row in
        row.enumerated().map { column, cell in
            let pad = String(repeating: " ", count: widths[column] - cell.count)
            return column < leftAligned ? cell + pad : pad + cell
        }.joined(separator: "  ")
    }
}
