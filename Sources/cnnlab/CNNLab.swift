import ArgumentParser

/// `cnnlab`: the course's building blocks and reports from the command line.
@main
struct CNNLab: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cnnlab",
        abstract: "Neural networks and CNNs of the course, from scratch: reports, worked examples, benchmarks.",
        subcommands: [
            ChapterCommand.self,
            DescentCommand.self,
            ReportsCommand.self,
            GalleryCommand.self,
            BenchCommand.self,
            PoolCommand.self,
            XOCommand.self,
            MLPCommand.self,
            PadCommand.self,
            Conv1DCommand.self,
            Conv2DCommand.self,
            ShapesCommand.self,
        ])
}
