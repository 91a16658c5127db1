import ArgumentParser
import Tensors

/// `cnnlab bench gemm`: GFLOP/s of square Float products C = A·B through OpenBLAS, and of the
/// readable triple loop at the small sizes. A product of n×n matrices costs 2n³ operations.
struct BenchGEMM: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "gemm",
        abstract: "GFLOP/s of square Float matrix products (OpenBLAS and the reference loop).")

    @Option(name: .long, parsing: .upToNextOption, help: "Matrix sizes n (n×n · n×n).")
    var sizes: [Int] = [256, 512, 1024, 2048]

    @Option(name: .long, help: "The reference triple loop runs only up to this size (it is slow).")
    var referenceUpTo: Int = 512

    @Flag(name: .long, help: "One JSON object per line.")
    var json = false

    func execute() throws {
        guard sizes.allSatisfy({ $0 > 0 && $0 <= 8192 }) else {
            throw CommandError("matrix sizes must be between 1 and 8192, got \(sizes)")
        }
        var generator = SeededGenerator(seed: 1)
        for n in sizes {
            let a = try Tensor<Float>.uniform(shape: [n, n], low: -1, high: 1, using: &generator)
            let b = try Tensor<Float>.uniform(shape: [n, n], low: -1, high: 1, using: &generator)
            let flops = 2 * Double(n) * Double(n) * Double(n)
            let blas = try Stopwatch.best { _ = try Tensor.matmul(a, b, threads: .available) }
            print(line(n: n, impl: "blas", threads: ComputeThreads.available.count, gflops: flops / blas / 1e9))
            if n <= referenceUpTo {
                let reference = try Stopwatch.best(repetitions: 1, minimumSeconds: 0) { _ = try Tensor.referenceMatmul(a, b) }
                print(line(n: n, impl: "reference", threads: 1, gflops: flops / reference / 1e9))
            }
        }
    }

    private func line(n: Int, impl: String, threads: Int, gflops: Double) -> String {
        BenchLine(fields: [("n", .int(n)), ("impl", .text(impl)), ("threads", .int(threads)),
                           ("gflops", .number(gflops, decimals: gflops < 10 ? 2 : 1))]).render(json: json)
    }
}
