import ArgumentParser
import Datasets
import Engine
import Foundation
import NeuralNet
import Tensors

/// `cnnlab bench charrnn`: characters per second of min-char-rnn's training loop on the Sonnets
/// with the slides' settings (H = 100, T = 25, Adagrad 0.1, clipping ±5), one thread, the median
/// of three runs — the engine's Float window and the lesson's Double workspace (impl "reference")
/// — and the smoothed loss after `--loss-iterations` windows for each seed and their mean. The
/// same JSON lines as tools/peers/bench_charrnn.py prints for Karpathy's NumPy loop.
struct BenchCharRNN: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "charrnn",
        abstract: "Characters per second and smoothed loss of min-char-rnn on the Sonnets (engine and lesson).")

    @Option(name: .long, help: "Windows of 25 characters per timed run (the median of three runs is printed).")
    var iterations: Int = 2000

    @Option(name: .long, help: "Windows trained before the smoothed loss is read, per seed (0: skip).")
    var lossIterations: Int = 20_000

    @Option(name: .long, parsing: .upToNextOption, help: "Seeds of the loss runs.")
    var seeds: [UInt64] = [1, 2, 3]

    @Flag(name: .long, help: "One JSON object per line.")
    var json = false

    func execute() throws {
        guard (1...1_000_000).contains(iterations) else { throw CommandError("--iterations must be from 1 to 1000000, got \(iterations)") }
        guard (0...1_000_000).contains(lossIterations) else {
            throw CommandError("--loss-iterations must be from 0 to 1000000, got \(lossIterations)")
        }
        guard !seeds.isEmpty else { throw CommandError("--seeds needs at least one seed") }
        let text = try ShakespeareCorpus.load(name: "sonnets")
        let settings = CharRNNTrainer.Settings()
        let common: [(String, BenchValue)] = [("case", .text("sonnets")), ("hidden", .int(settings.hiddenSize)),
                                              ("seq", .int(settings.sequenceLength))]
        func emit(_ impl: String, scalar: String, _ fields: [(String, BenchValue)]) {
            print(BenchLine(fields: common + [("impl", .text(impl)), ("scalar", .text(scalar)), ("threads", .int(1))] + fields)
                .render(json: json))
        }
        let perSecond = { (seconds: Double) in BenchValue.number(Double(iterations * settings.sequenceLength) / seconds, decimals: 1) }
        let engine = try median { let t = try FastCharRNNTrainer(text: text, settings: settings); return try Stopwatch.time { for _ in 0..<iterations { try t.step() } } }
        emit("engine", scalar: "float32", [("iterations", .int(iterations)), ("chars_per_s", perSecond(engine))])
        let lesson = try median { let t = try CharRNNTrainer(text: text, settings: settings); return try Stopwatch.time { for _ in 0..<iterations { try t.step() } } }
        emit("reference", scalar: "float64", [("iterations", .int(iterations)), ("chars_per_s", perSecond(lesson))])
        guard lossIterations > 0 else { return }
        var losses: [Double] = []
        for seed in seeds {
            let trainer = try FastCharRNNTrainer(text: text, settings: CharRNNTrainer.Settings(seed: seed))
            for _ in 0..<lossIterations { try trainer.step() }
            losses.append(trainer.smoothedLoss.value)
            emit("engine", scalar: "float32", [("iterations", .int(lossIterations)), ("seed", .int(Int(seed))),
                                               ("smooth_loss", .number(trainer.smoothedLoss.value, decimals: 3))])
        }
        emit("engine", scalar: "float32", [("iterations", .int(lossIterations)), ("seeds", .text(seeds.map(String.init).joined(separator: "+"))),
                                           ("mean_smooth_loss", .number(losses.reduce(0, +) / Double(losses.count), decimals: 3))])
    }

    /// The median of three timed runs (BLAS on one thread: `gemm` sets it).
    private func median(_ run: () throws -> Double) rethrows -> Double {
        try [run(), run(), run()].sorted()[1]
    }
}
