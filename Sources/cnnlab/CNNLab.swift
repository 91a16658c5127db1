import ArgumentParser

/// `cnnlab`: the course's building blocks and reports from the command line.
@main
struct CNNLab: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cnnlab",
        abstract: "Neural networks and CNNs of the course, from scratch: reports, worked examples, benchmarks.",
        subcommands: [
            // The reports.
            ChapterCommand.self,
            ReportsCommand.self,
            GalleryCommand.self,
            // One piece of the course each, in the chapters' order.
            DescentCommand.self,
            MLPCommand.self,
            Conv1DCommand.self,
            Conv2DCommand.self,
            PadCommand.self,
            PoolCommand.self,
            XOCommand.self,
            TrainCommand.self,
            ShapesCommand.self,
            CharRNNCommand.self,
            // One layer forward and backward, to check against (make crosscheck).
            LayerCommand.self,
            // Speed.
            BenchCommand.self,
        ])
}
