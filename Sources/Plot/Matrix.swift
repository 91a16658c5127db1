/// A grid of numbers to draw: `rows` × `columns` values, row-major. Plot takes plain values, so
/// a chapter converts its tensors with `Matrix(rows:columns:values:)`.
public struct Matrix: Sendable, Equatable {
    /// The number of rows.
    public let rows: Int
    /// The number of columns.
    public let columns: Int
    /// The values row by row: element (i, j) is `values[i * columns + j]`.
    public let values: [Double]

    /// A matrix from its values in row-major order; throws if the count is not `rows * columns`.
    public init(rows: Int, columns: Int, values: [Double]) throws {
        guard rows >= 0, columns >= 0, values.count == rows * columns else {
            throw PlotError.invalidInput("a \(rows)×\(columns) matrix needs \(max(0, rows * columns)) values, got \(values.count)")
        }
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    /// A matrix from its rows; throws if they do not all have the same length.
    public init(rows: [[Double]]) throws {
        let width = rows.first?.count ?? 0
        if let ragged = rows.firstIndex(where: { $0.count != width }) {
            throw PlotError.invalidInput("matrix rows must all have \(width) values; row \(ragged) has \(rows[ragged].count)")
        }
        try self.init(rows: rows.count, columns: width, values: rows.flatMap { $0 })
    }

    /// A one-row matrix: a 1D signal drawn as a strip of cells.
    public init(row: [Double]) {
        self.init(rows: 1, columns: row.count, uncheckedValues: row)
    }

    /// A matrix whose value count the caller guarantees to be `rows * columns`.
    init(rows: Int, columns: Int, uncheckedValues values: [Double]) {
        self.rows = rows
        self.columns = columns
        self.values = values
    }

    /// Element (i, j).
    public subscript(row: Int, column: Int) -> Double {
        values[row * columns + column]
    }

    /// The smallest and largest finite values (0…0 when there are none).
    public var finiteRange: ClosedRange<Double> {
        let finite = values.filter(\.isFinite)
        guard let lo = finite.min(), let hi = finite.max() else { return 0...0 }
        return lo...hi
    }

    /// The largest absolute finite value (0 when there are none).
    public var maxAbs: Double {
        values.filter(\.isFinite).map(abs).max() ?? 0
    }
}
