import ArgumentParser
import Datasets
import Foundation

/// A `cnnlab` command whose failures are reported the same way everywhere: one sentence on
/// stderr, prefixed by `cnnlab:`, and exit status 2 (ARCHITECTURE.md, "Commands"). Malformed
/// command lines are argument-parser's business and exit with 64.
protocol ReportingCommand: ParsableCommand {
    /// The command's work; any error it throws becomes the one-line message.
    func execute() throws
}

extension ReportingCommand {
    func run() throws {
        do {
            try execute()
        } catch let exit as ExitCode {
            throw exit
        } catch {
            let message = String(describing: error).replacingOccurrences(of: "\n", with: " ")
            FileHandle.standardError.write(Data("cnnlab: \(message)\n".utf8))
            throw ExitCode(2)
        }
    }
}

/// An error of the command line itself (a value out of range, a missing file), with the sentence
/// to show.
struct CommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Writes `text` to `url` atomically (a temporary file, then a rename), as the `.npy` outputs
/// are written: an interrupted command never leaves a half-written file.
func writeAtomically(_ text: String, to url: URL) throws {
    try DataFile.writeAtomically(Data(text.utf8), to: url)
}
