import ArgumentParser
import Engine
import NeuralNet
import Tensors

/// `cnnlab bench pool`: milliseconds of the engine's max and mean pooling, forward (as training runs it:
/// max pooling records its winners) and forward + backward, on a LeNet-like and an AlexNet-like
/// batch of Float images. The same JSON lines as `tools/peers/bench_pool.py` prints for PyTorch.
struct BenchPool: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "pool",
        abstract: "Milliseconds of max/mean pooling forward and backward on LeNet and AlexNet shapes.")

    @Option(name: .long, parsing: .upToNextOption, help: "Thread counts (the batch's planes are split between them).")
    var threads: [Int] = [1, 2]

    @Flag(name: .long, help: "One JSON object per line.")
    var json = false

    /// A benchmark case: a batch (N, C, H, W) and a square window with its stride.
    struct Case {
        let name: String
        let shape: [Int]
        let size: Int
        let stride: Int
    }

    /// LeNet's first pooling on a batch of 100 (6 maps 28×28, 2×2 stride 2) and AlexNet's first
    /// (96 maps 55×55, 3×3 stride 2 — overlapping windows) on a batch of 16.
    static let cases = [
        Case(name: "lenet", shape: [100, 6, 28, 28], size: 2, stride: 2),
        Case(name: "alexnet", shape: [16, 96, 55, 55], size: 3, stride: 2),
    ]

    func execute() throws {
        guard threads.allSatisfy({ (1...64).contains($0) }) else {
            throw CommandError("thread counts must be between 1 and 64, got \(threads)")
        }
        var generator = SeededGenerator(seed: 1)
        for benchCase in Self.cases {
            let x = try Tensor<Float>.uniform(shape: benchCase.shape, low: -1, high: 1, using: &generator)
            for kind in PoolingKind.allCases {
                let pooling = try Pooling2D(kind, size: benchCase.size, stride: benchCase.stride)
                let g = try Tensor<Float>.uniform(shape: pooling.outputShape(for: x.shape), low: -1, high: 1, using: &generator)
                for count in threads {
                    let pooling = FastPooling(pooling, threads: ComputeThreads(count))
                    let forward = try Stopwatch.best { _ = try pooling.forward(x) }
                    let total = try Stopwatch.best {
                        let (_, cache) = try pooling.forward(x)
                        _ = try pooling.backward(g, cache: cache)
                    }
                    print(line(benchCase, kind: kind, threads: count, forward: forward, total: total))
                }
            }
        }
    }

    private func line(_ benchCase: Case, kind: PoolingKind, threads: Int, forward: Double, total: Double) -> String {
        BenchLine(fields: [
            ("case", .text(benchCase.name)), ("shape", .text(benchCase.shape.map(String.init).joined(separator: "x"))),
            ("window", .int(benchCase.size)), ("stride", .int(benchCase.stride)), ("kind", .text(kind.rawValue)),
            ("impl", .text("cnnlab")), ("threads", .int(threads)),
            ("forward_ms", .number(forward * 1e3, decimals: 3)), ("total_ms", .number(total * 1e3, decimals: 3)),
        ]).render(json: json)
    }
}
