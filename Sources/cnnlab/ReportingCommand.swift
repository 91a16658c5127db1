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
            FileHandle.standardError.write(Data("cnnlab: \(escapingControlCharacters(String(describing: error)))\n".utf8))
            throw ExitCode(2)
        }
    }
}

/// `text` on one line with every control character shown as an escape (`\n`, `\r`, `\t`,
/// `\u{1B}`): a message quotes file names and header text as they are, and an escape sequence
/// or a carriage return in them must not recolour the terminal or rewrite the line.
func escapingControlCharacters(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        case _ where scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
            && !["\u{200D}"].contains(scalar):  // keep the zero-width joiner of emoji sequences
            result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result
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
