import Chapters
import NeuralNet
import Tensors

/// im2col as IFT 780 slides 147–164 draw it (catalogue §11): a 4×4 input X0…X15 (row-major), a
/// 3×3 filter W0…W8, a valid convolution with 2×2 outputs Y0…Y3. The filter becomes a row, the
/// input a 9×4 matrix whose column q holds the window of output q; then two images side by side,
/// two filters as two rows, and two channels stacked.
///
/// With Xi = i and Wk = k the labels are the values, so the same matrices give the slide's
/// symbols and numbers the tests can check.
public enum Im2colExamples {
    /// The 9×4 matrix of slides 156–158 and 162 as printed: X-indices, rows = kernel index, columns Y0…Y3.
    public static let slideMatrix: [[Int]] = [
        [0, 1, 4, 5], [1, 2, 5, 6], [2, 3, 6, 7], [4, 5, 8, 9], [5, 6, 9, 10],
        [6, 7, 10, 11], [8, 9, 11, 13], [9, 10, 12, 14], [10, 11, 13, 15],
    ]
    /// The last four rows (14…17) of the two-channel 18×4 matrix of slides 163–164 as printed.
    public static let slideTwoChannelTail: [[Int]] = [[22, 23, 26, 27], [24, 25, 27, 29], [25, 26, 28, 30], [26, 27, 29, 31]]

    public static let single = WorkedExample(
        id: "ift780-im2col-4x4-3x3", source: "IFT 780, slides 149–158",
        printed: "column Y2, rows 6–8: X11, X12, X13",
        computed: computed {
            let column = try labels().suffix(3).map { "X\($0[2])" }.joined(separator: ", ")
            return "\(column); with Xi = i, Wk = k: Y = \(text(try products()[0])), the direct convolution's values"
        },
        verdict: .erratum("the window of Y2 starts at X4 (row 1, column 0) and covers X4–X6, X8–X10, X12–X14: its last row is X12 X13 X14, as the slide's "
            + "own equation for Y2 (slide 152) says; slides 156, 157, 158 and 162 shift the three cells by one"))
    public static let batch = WorkedExample(
        id: "ift780-im2col-batch2", source: "IFT 780, slides 159–160", printed: "2 inputs → Y0…Y7",
        computed: computed {
            let shift = 16 * (0..<9).reduce(0, +)
            return "a 9×8 matrix, the two 9×4 blocks side by side; X16…X31 give Y4…Y7 = \(text(Array(try products(batch: 2)[0].suffix(4)))) "
                + "(each +16·ΣW = +\(shift))"
        },
        verdict: .derived)
    public static let twoFilters = WorkedExample(
        id: "ift780-im2col-2filters", source: "IFT 780, slides 161–162", printed: "filters as a 2×9 matrix W0…W17",
        computed: computed { "(2×9)(9×4) = 2×4; with Wk = k: " + (try products(filters: 2)).map(text).joined(separator: " / ") },
        verdict: .derived)
    public static let twoChannels = WorkedExample(
        id: "ift780-im2col-2channels", source: "IFT 780, slides 163–164",
        printed: "last rows X22 X23 X26 X27 / X24 X25 X27 X29 / X25 X26 X28 X30 / X26 X27 X29 X31",
        computed: computed {
            let rows = try labels(channels: 2).suffix(4).map { $0.map { "X\($0)" }.joined(separator: " ") }
            return rows.joined(separator: " / ") + "; Y = \(text(try products(channels: 2)[0]))"
        },
        verdict: .erratum("the same one-cell shift in column Y2 as on slides 156–158, now in the second channel "
            + "(rows 15–17: X28, X29, X30); the filter row also shows \"(...)\" where W4 belongs"))

    /// The text of a computation for the `computed` column, or the error it threw (which the
    /// tests then see).
    static func computed(_ body: () throws -> String) -> String {
        do { return try body() } catch { return "\(error)" }
    }

    /// Whole numbers separated by spaces, as the slides print them.
    static func text(_ values: [Double]) -> String {
        values.map { String(Int($0.rounded())) }.joined(separator: " ")
    }

    /// The cells where a printed matrix differs from the computed one, as (row, column), rows
    /// counted from `firstRow`.
    public static func differences(printed: [[Int]], computed: [[Int]], firstRow: Int = 0) -> [(row: Int, column: Int)] {
        zip(printed, computed).enumerated().flatMap { r, pair in
            zip(pair.0, pair.1).enumerated().compactMap { c, cells in cells.0 == cells.1 ? nil : (firstRow + r, c) }
        }
    }
}

extension Im2colExamples {
    /// Xi = i for a batch of `batch` images of `channels` 4×4 channels: X0…X15, then X16…X31, …
    public static func labelledInput(batch: Int = 1, channels: Int = 1) throws -> Tensor<Double> {
        let count = batch * channels * 16
        return try Tensor(shape: [batch, channels, 4, 4], scalars: (0..<count).map(Double.init))
    }

    /// The im2col matrix of ``labelledInput(batch:channels:)`` for a 3×3 filter: each cell is the
    /// index of the X it holds.
    public static func labels(batch: Int = 1, channels: Int = 1) throws -> [[Int]] {
        let m = try im2col(labelledInput(batch: batch, channels: channels), kernelHeight: 3, kernelWidth: 3)
        return (0..<m.shape[0]).map { i in (0..<m.shape[1]).map { j in Int(m[i, j]) } }
    }

    /// The filters as rows, Wk = k: `filters` × 9·`channels`.
    public static func filterRows(filters: Int = 1, channels: Int = 1) throws -> Tensor<Double> {
        let width = 9 * channels
        return try Tensor(shape: [filters, width], scalars: (0..<(filters * width)).map(Double.init))
    }

    /// Y = filter rows × im2col matrix, row by row (one row per filter, one column per output).
    public static func products(batch: Int = 1, channels: Int = 1, filters: Int = 1) throws -> [[Double]] {
        let m = try im2col(labelledInput(batch: batch, channels: channels), kernelHeight: 3, kernelWidth: 3)
        let y = try Tensor.matmul(filterRows(filters: filters, channels: channels), m)
        return (0..<y.shape[0]).map { i in (0..<y.shape[1]).map { j in y[i, j] } }
    }

    /// The same outputs by the direct convolution, laid out like ``products(batch:channels:filters:)``:
    /// row o holds filter o's outputs, image after image.
    public static func directOutputs(batch: Int = 1, channels: Int = 1, filters: Int = 1) throws -> [[Double]] {
        let kernel = try filterRows(filters: filters, channels: channels).reshaped([filters, channels, 3, 3])
        let y = try conv2d(labelledInput(batch: batch, channels: channels), kernel: kernel, implementation: .direct)
        return (0..<filters).map { o in
            (0..<batch).flatMap { n in (0..<4).map { q in y[n, o, q / 2, q % 2] } }
        }
    }
}
