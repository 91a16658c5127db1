import Foundation

/// The smoothed-loss curve of Karpathy's min-char-rnn loop in NumPy (float64) on the Sonnets,
/// seed 1, recorded once by `tools/peers/bench_charrnn.py --record` into the chapter's
/// Measurements/numpy-min-char-rnn.json, so that the loss figure draws it beside CNNLab's
/// without running Python (and the report's bytes do not depend on a run).
struct NumPyLossRecord: Decodable {
    let date: String
    let seed: Int
    let iterations: Int
    /// [window, smoothed loss] after every 100th window and the last.
    let smoothLoss: [[Double]]

    /// The committed record.
    /// - Throws: ``NumPyLossRecordError`` when it is missing or malformed.
    static func recorded() throws -> NumPyLossRecord {
        let path = "Measurements/numpy-min-char-rnn.json"
        guard let url = Bundle.module.url(forResource: "numpy-min-char-rnn", withExtension: "json", subdirectory: "Measurements") else {
            throw NumPyLossRecordError("the chapter's resources hold no \(path)")
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let record: NumPyLossRecord
        do {
            record = try decoder.decode(NumPyLossRecord.self, from: Data(contentsOf: url))
        } catch {
            throw NumPyLossRecordError("\(path) is not a min-char-rnn loss record: \(error)")
        }
        guard !record.smoothLoss.isEmpty, record.smoothLoss.allSatisfy({ $0.count == 2 && $0[1].isFinite && $0[1] > 0 }) else {
            throw NumPyLossRecordError("\(path) needs [window, positive loss] pairs")
        }
        return record
    }
}

/// A NumPy loss record that is missing or malformed.
struct NumPyLossRecordError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
