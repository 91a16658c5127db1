import Foundation

/// A failure of the drawing kit: Cairo refused to draw or write, or a file could not be written.
public enum PlotError: Error, CustomStringConvertible, Equatable {
    /// Cairo reported an error status (its own message is kept).
    case cairo(String)
    /// A figure or primitive was given values it cannot draw (the message says which).
    case invalidInput(String)
    /// A file or directory could not be written.
    case io(path: String, reason: String)

    /// One sentence: the path or value, then what is wrong.
    public var description: String {
        switch self {
        case .cairo(let message): return "Cairo failed: \(message)"
        case .invalidInput(let message): return message
        case .io(let path, let reason): return "cannot write \(path): \(reason)"
        }
    }
}
