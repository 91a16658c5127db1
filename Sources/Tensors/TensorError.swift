/// Everything that can go wrong when tensors meet: each case carries what was expected and what
/// was given, so the message reads as one sentence a student can act on.
public enum TensorError: Error, Equatable, CustomStringConvertible, Sendable {
    /// Two shapes that had to agree (an element-wise operation, a matrix product, …).
    case shapeMismatch(operation: String, [Int], [Int])
    /// `scalars.count` differs from the product of the shape.
    case countMismatch(shape: [Int], count: Int)
    /// An axis outside `0..<rank`, a negative dimension or a range outside the tensor.
    case invalidArgument(String)

    /// One sentence naming what was expected and what was given.
    public var description: String {
        switch self {
        case let .shapeMismatch(operation, a, b):
            return "\(operation): shapes \(TensorError.format(a)) and \(TensorError.format(b)) do not fit"
        case let .countMismatch(shape, count):
            let needed = shape.reduce(into: Optional(1)) { product, size in
                product = product.flatMap { size.multipliedReportingOverflow(by: $0).overflow ? nil : size * $0 }
            }
            return "shape \(TensorError.format(shape)) needs \(needed.map(String.init) ?? "more") values, got \(count)"
        case let .invalidArgument(message):
            return message
        }
    }

    /// `[2, 3, 4]` → `(2, 3, 4)`, the way the decks write shapes.
    public static func format(_ shape: [Int]) -> String {
        "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }
}
