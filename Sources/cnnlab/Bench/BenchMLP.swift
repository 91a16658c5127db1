import ArgumentParser
import Chapter2Backpropagation
import Foundation
import NeuralNet
import Tensors

/// `cnnlab bench mlp`: IFT 780's mini-batch claim (slides 10–17) timed on a dense 256 → 256 Float
/// layer — microseconds per example of one matrix product per batch (`gemm`) against one
/// matrix–vector product per example (`per-example`), forward and for a training step (forward,
/// backward, gradient summed over the batch), at B = 1, 2, 4, … 256. `--record FILE` also writes
/// the measurement with the machine's facts, the file chapter 2's figure 5 draws.
struct BenchMLP: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "mlp",
        abstract: "Time per example of a dense layer: one GEMM per mini-batch against one product per example.")

    @Option(name: .long, help: "Each time is the best of this many runs.")
    var repetitions = 30

    @Option(name: .long, help: "Also write the measurement as JSON (e.g. \(Vectorisation.recordPath)).")
    var record: String?

    @Flag(name: .long, help: "One JSON object per line.")
    var json = false

    func execute() throws {
        guard (1...10_000).contains(repetitions) else {
            throw CommandError("repetitions must be between 1 and 10000, got \(repetitions)")
        }
        var measurements: [Vectorisation.Measurement] = []
        var generator = SeededGenerator(seed: 1)
        let m = Vectorisation.layerSize
        let layer = try Dense<Float>(inputs: m, outputs: m, initialization: .heNormal, using: &generator)
        for b in Vectorisation.batches {
            let measurement = try measure(layer, batch: b, using: &generator)
            measurements.append(measurement)
            print(line(b, impl: "gemm", forward: measurement.forwardBatched, training: measurement.trainingBatched))
            print(line(b, impl: "per-example", forward: measurement.forwardPerExample, training: measurement.trainingPerExample))
        }
        if let record {
            let result = Vectorisation.Record(date: Self.today(), machine: .current(), layerSize: m,
                                              repetitions: repetitions, measurements: measurements)
            let url = URL(fileURLWithPath: record)
            do {
                try result.json().write(to: url, options: .atomic)
            } catch {
                throw CommandError("cannot write \(url.path): \(error.localizedDescription)")
            }
        }
    }

    /// Seconds per example of both methods at batch size `b`.
    private func measure(_ layer: Dense<Float>, batch b: Int, using generator: inout SeededGenerator) throws -> Vectorisation.Measurement {
        let m = layer.inputCount
        let x = try Tensor<Float>.uniform(shape: [b, m], low: -1, high: 1, using: &generator)
        let delta = try Tensor<Float>.uniform(shape: [b, layer.outputCount], low: -1, high: 1, using: &generator)
        let rows = try (0..<b).map { try x.item($0) }
        let deltas = try (0..<b).map { try delta.item($0) }
        func best(_ body: () throws -> Void) throws -> Double {
            try Stopwatch.best(repetitions: repetitions, minimumSeconds: 0.05, body) / Double(b)
        }
        let forwardBatched = try best { _ = try layer.forward(x) }
        let forwardPerExample = try best { for row in rows { _ = try layer.forward(row) } }
        let trainingBatched = try best {
            _ = try layer.forward(x)
            _ = try layer.backward(delta, input: x)
        }
        // The batch's gradient sum lives across runs (zeroed in each), as a training loop would keep it.
        var sum = try Tensor<Float>(zeros: [layer.outputCount, m])
        let trainingPerExample = try best {
            sum.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
            for (row, d) in zip(rows, deltas) {
                _ = try layer.forward(row)
                let (gradient, _) = try layer.backward(d, input: row)
                sum.withUnsafeMutableBufferPointer { s in
                    gradient.weight.withUnsafeBufferPointer { g in
                        for i in 0..<s.count { s[i] += g[i] }
                    }
                }
            }
        }
        return Vectorisation.Measurement(batch: b, forwardBatched: forwardBatched, forwardPerExample: forwardPerExample,
                                         trainingBatched: trainingBatched, trainingPerExample: trainingPerExample)
    }

    private func line(_ batch: Int, impl: String, forward: Double, training: Double) -> String {
        BenchLine(fields: [
            ("batch", .int(batch)), ("impl", .text(impl)), ("threads", .int(ComputeThreads.one.count)),
            ("forward_us", .number(forward * 1e6, decimals: 4)), ("train_us", .number(training * 1e6, decimals: 4)),
        ]).render(json: json)
    }

    /// Today's date, ISO 8601 (UTC).
    private static func today() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: Date())
    }
}
