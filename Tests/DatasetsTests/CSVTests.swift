import Foundation
import Testing
@testable import Datasets

/// Reading comma-separated integers (the layout of mnist_5k.csv.gz).
@Suite("CSV reading")
struct CSVTests {
    @Test("A gzip'd table of integers")
    func gzipTable() throws {
        let table = try CSV.readIntegers(from: TestFiles.fixture("table.csv.gz"))
        #expect(table == IntegerTable(rowCount: 3, columnCount: 4, values: [0, 12, 255, 7, 1, 0, 0, 3, 254, 9, 8, 1]))
        #expect(table[2, 0] == 254)
    }

    @Test("CRLF line ends, negative numbers, blank lines and a last line without its newline")
    func lenientLayout() throws {
        let table = try parse("1,-2\r\n\n3,40")
        #expect(table == IntegerTable(rowCount: 2, columnCount: 2, values: [1, -2, 3, 40]))
        #expect(try parse("") == IntegerTable(rowCount: 0, columnCount: 0, values: []))
    }

    @Test("Rows of different lengths, empty fields and non-numbers are errors naming line and field", arguments: [
        BadCSV(text: "1,2,3\n4,5\n", reason: "line 2 has 2 fields, the first row 3"),
        BadCSV(text: "1,,2\n", reason: "line 1, field 2: expected an integer, found an empty field"),
        BadCSV(text: "1,2\n3,x\n", reason: "line 2, field 2: expected an integer, found the character 'x'"),
        BadCSV(text: "1,2.5\n", reason: "line 1, field 2: expected an integer, found the character '.'"),
        BadCSV(text: "1,2,\n", reason: "line 1, field 3: expected an integer, found an empty field"),
        BadCSV(text: "1,2,", reason: "line 1, field 3: expected an integer, found an empty field"),
        BadCSV(text: "99999999999999999999\n", reason: "line 1, field 1: the number is too large"),
    ])
    func malformed(csv: BadCSV) {
        let error = #expect(throws: DatasetError.self) { try parse(csv.text) }
        #expect(error == .malformed(file: "t.csv", reason: csv.reason))
    }

    @Test("A ragged file on disk")
    func raggedFile() {
        let error = #expect(throws: DatasetError.self) { try CSV.readIntegers(from: TestFiles.fixture("ragged.csv")) }
        #expect(error?.description.hasSuffix("ragged.csv is malformed: line 2 has 2 fields, the first row 3") == true)
    }

    private func parse(_ text: String) throws -> IntegerTable {
        try Array(text.utf8).withUnsafeBufferPointer { try CSV.parse($0, file: "t.csv") }
    }
}

/// A CSV text that must be refused, and the reason the error must give.
struct BadCSV: Sendable, CustomTestStringConvertible {
    let text: String
    let reason: String
    var testDescription: String { "\(text.debugDescription) → \(reason)" }
}
