import ArgumentParser
import Foundation

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
            EvaluateCommand.self,
            SummaryCommand.self,
            ShapesCommand.self,
            CharRNNCommand.self,
            Seq2SeqCommand.self,
            // One layer forward and backward, to check against (make crosscheck).
            LayerCommand.self,
            // Speed.
            BenchCommand.self,
        ])

    /// argument-parser's `main`, except that a message quoting the command line (an unknown value
    /// such as `--kind $'\e[31m'`) shows its control characters escaped, as every other message.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                let shown = message.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { escapingControlCharacters(String($0)) }.joined(separator: "\n")
                let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                stream.write(Data((shown + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }
}
