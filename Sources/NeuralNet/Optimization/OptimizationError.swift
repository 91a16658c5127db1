/// What can be wrong with a descent's set-up. Divergence is not an error: it is an outcome
/// (`StopReason.diverged`). Each message is one sentence naming what was expected and what was given.
public enum OptimizationError: Error, Equatable, CustomStringConvertible, Sendable {
    /// No function of that name in `Objective.catalogue`.
    case unknownFunction(String, known: [String])
    /// A point with the wrong number of coordinates.
    case wrongDimension(function: String, expected: Int, given: Int)
    /// A step size, tolerance, momentum, batch size, … out of its range; the text says which.
    case invalidParameter(String)

    /// One sentence: what was expected and what was given.
    public var description: String {
        switch self {
        case let .unknownFunction(name, known):
            return "unknown function '\(name)': expected one of \(known.joined(separator: ", "))"
        case let .wrongDimension(function, expected, given):
            return "\(function) takes a point of \(expected) coordinate\(expected == 1 ? "" : "s"), got \(given)"
        case let .invalidParameter(message):
            return message
        }
    }

    /// `[-1.2, 1.0]` → `(-1.2, 1.0)`.
    static func format(_ point: [Double]) -> String {
        "(" + point.map { "\($0)" }.joined(separator: ", ") + ")"
    }
}
