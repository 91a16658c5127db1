import Tensors

/// What can go wrong when a character-level RNN meets its text or its settings: each case says
/// what was expected and what was given, in one sentence.
public enum RNNError: Error, Equatable, CustomStringConvertible, Sendable {
    /// A vocabulary needs at least one symbol (an empty text has none).
    case emptyVocabulary
    /// The same symbol twice in an explicit alphabet.
    case duplicateSymbol(String)
    /// A character of the text that the alphabet does not hold, at its position (from 0).
    case unknownCharacter(String, position: Int)
    /// A symbol index outside 0..<V.
    case indexOutOfRange(index: Int, vocabularySize: Int)
    /// A size (hidden units, sequence length, vocabulary, sample length) below its minimum.
    case invalidSize(String, value: Int, minimum: Int)
    /// A learning rate that is not a positive number.
    case invalidLearningRate(Double)
    /// A sampling temperature that is not a positive number.
    case invalidTemperature(Double)
    /// A training window of `length` characters needs `length + 1` characters of text.
    case sequenceTooLong(length: Int, textLength: Int)
    /// Targets and inputs must pair one to one.
    case targetCountMismatch(inputs: Int, targets: Int)
    /// More time steps than a window of the engine (its `capacity`) was made for.
    case sequenceBeyondCapacity(length: Int, capacity: Int)
    /// A given initial hidden state of the wrong size.
    case hiddenStateSize(expected: Int, given: Int)
    /// The loss stopped being a finite number (karpathy/char-rnn issues 38, 123: say so, never
    /// train on NaN).
    case diverged(iteration: Int, loss: Double)

    /// One sentence: what was expected and what was given.
    public var description: String {
        switch self {
        case .emptyVocabulary:
            return "a vocabulary needs at least one character, and the text is empty"
        case let .duplicateSymbol(symbol):
            return "the alphabet lists \"\(symbol)\" twice; each symbol must appear once"
        case let .unknownCharacter(character, position):
            return "the character \(character.debugDescription) at position \(position) is not in the alphabet"
        case let .indexOutOfRange(index, size):
            return "symbol index \(index) is outside the alphabet's 0…\(size - 1)"
        case let .invalidSize(what, value, minimum):
            return "\(what) must be at least \(minimum), got \(value)"
        case let .invalidLearningRate(rate):
            return "the learning rate must be a positive number, got \(rate)"
        case let .invalidTemperature(temperature):
            return "the sampling temperature must be a positive number, got \(temperature)"
        case let .sequenceTooLong(length, textLength):
            return "a sequence of \(length) characters needs \(length + 1) characters of text (its targets are shifted by one), and the text has \(textLength)"
        case let .targetCountMismatch(inputs, targets):
            return "each of the \(inputs) inputs needs one target, got \(targets) targets"
        case let .sequenceBeyondCapacity(length, capacity):
            return "a sequence of \(length) steps is longer than the \(capacity) steps this window holds"
        case let .hiddenStateSize(expected, given):
            return "the initial hidden state must have \(expected) values, got \(given)"
        case let .diverged(iteration, loss):
            return "training diverged at iteration \(iteration): the loss became \(loss); lower the learning rate"
        }
    }
}
