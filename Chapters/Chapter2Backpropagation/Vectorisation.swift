import Foundation
import Tensors

/// IFT 780's claim (slides 10–17), measured: pushing a mini-batch through a layer as ONE matrix
/// product Z = X·Wᵀ + w₀ costs less per example than one matrix–vector product W·xₖ + w₀ per
/// example. The layer is a dense 256 → 256 layer in `Float` (the type training uses), timed for a
/// forward pass alone and for forward + backward with the gradient summed over the batch — what a
/// training step does.
///
/// The timing is a benchmark, `cnnlab bench mlp`; `--record` writes its result to
/// `Measurements/vectorisation.json`, which this type reads back for figure 5, so that the report
/// is the same bytes at every generation and only changes when someone records again.
public enum Vectorisation {
    /// The layer's width m (a dense m → m layer).
    public static let layerSize = 256
    /// The batch sizes B timed: 1 to 256, doubling.
    public static let batches = [1, 2, 4, 8, 16, 32, 64, 128, 256]
    /// The recorded measurement, from the package's root.
    public static let recordPath = "Chapters/Chapter2Backpropagation/Measurements/vectorisation.json"

    /// Seconds per example of each method at one batch size.
    public struct Measurement: Codable, Sendable, Equatable {
        public let batch: Int
        /// Z = X·Wᵀ + w₀ as one GEMM, divided by B.
        public let forwardBatched: Double
        /// B products W·xₖ + w₀, divided by B.
        public let forwardPerExample: Double
        /// Forward, then ∇W = ΔᵀX, ∇w₀ and ∂J/∂X: three GEMMs, divided by B.
        public let trainingBatched: Double
        /// Per example: forward, backward, and the gradient added into the batch's sum.
        public let trainingPerExample: Double

        public init(batch: Int, forwardBatched: Double, forwardPerExample: Double,
                    trainingBatched: Double, trainingPerExample: Double) {
            self.batch = batch
            self.forwardBatched = forwardBatched
            self.forwardPerExample = forwardPerExample
            self.trainingBatched = trainingBatched
            self.trainingPerExample = trainingPerExample
        }
    }

    /// The machine a measurement was taken on, as the figure's caption states it.
    public struct Machine: Codable, Sendable, Equatable {
        /// Active processor cores.
        public let cores: Int
        /// The thread count during the run (``ComputeThreads/count``; the name is the recorded
        /// file's, from when OpenBLAS threaded its own products).
        public let blasThreads: Int
        /// The processor's name (/proc/cpuinfo's "model name"), or "unknown".
        public let processor: String
        /// OPENBLAS_CORETYPE when it was set (it picks OpenBLAS's kernel), nil when OpenBLAS chose.
        public let openblasCoretype: String?

        /// The machine this process runs on, with the current thread count.
        public static func current() -> Machine {
            let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
            let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
                .flatMap { $0.split(separator: ":", maxSplits: 1).last }
                .map { $0.trimmingCharacters(in: .whitespaces) }
            return Machine(cores: ProcessInfo.processInfo.activeProcessorCount, blasThreads: ComputeThreads.one.count,
                           processor: model ?? "unknown",
                           openblasCoretype: ProcessInfo.processInfo.environment["OPENBLAS_CORETYPE"])
        }
    }

    /// One recorded run of the benchmark: what was timed, where, when, and the times.
    public struct Record: Codable, Sendable, Equatable {
        /// The day of the measurement, ISO 8601 (2025-06-01).
        public let date: String
        public let machine: Machine
        public let layerSize: Int
        /// Each time is the best of this many timed runs (after a warm-up).
        public let repetitions: Int
        public let measurements: [Measurement]

        public init(date: String, machine: Machine, layerSize: Int, repetitions: Int, measurements: [Measurement]) {
            self.date = date
            self.machine = machine
            self.layerSize = layerSize
            self.repetitions = repetitions
            self.measurements = measurements
        }

        /// The record as pretty-printed JSON with sorted keys (the committed file's form).
        public func json() throws -> Data {
            let encoder = JSONEncoder()
            encoder.keyEncodingStrategy = .convertToSnakeCase
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            return try encoder.encode(self) + Data("\n".utf8)
        }

        /// The record a `json()` file holds; the error names what is wrong with it.
        public static func decode(_ data: Data) throws -> Record {
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            let record: Record
            do {
                record = try decoder.decode(Record.self, from: data)
            } catch {
                throw VectorisationError("\(recordPath) is not a vectorisation record: \(error)")
            }
            let bad = record.measurements.filter { m in
                m.batch < 1 || ![m.forwardBatched, m.forwardPerExample, m.trainingBatched, m.trainingPerExample]
                    .allSatisfy { $0.isFinite && $0 > 0 }
            }
            guard bad.isEmpty, !record.measurements.isEmpty else {
                throw VectorisationError("\(recordPath) needs positive times at positive batch sizes; "
                    + (record.measurements.isEmpty ? "it has no measurement" : "batch \(bad[0].batch) has \(bad[0])"))
            }
            return record
        }
    }

    /// The measurement committed with the chapter (Measurements/vectorisation.json).
    public static func recorded() throws -> Record {
        guard let url = Bundle.module.url(forResource: "vectorisation", withExtension: "json", subdirectory: "Measurements")
        else { throw VectorisationError("the chapter's resources hold no \(recordPath)") }
        return try Record.decode(Data(contentsOf: url))
    }
}

/// A vectorisation record that is missing or malformed.
public struct VectorisationError: Error, CustomStringConvertible, Equatable {
    public let description: String
    init(_ description: String) { self.description = description }
}
