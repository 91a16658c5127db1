import ArgumentParser

/// `cnnlab bench …`: speed figures, one JSON line per measurement with `--json`.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the speed of the numeric kernels (GFLOP/s, milliseconds).",
        subcommands: [
            BenchGEMM.self,
            BenchConv.self,
            BenchPool.self,
            BenchMLP.self,
            BenchCharRNN.self,
            BenchTrain.self,
        ])
}
