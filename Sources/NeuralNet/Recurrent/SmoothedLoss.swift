import Foundation

/// min-char-rnn's running loss (IFT 780 slides 235–236): an exponential moving average of the
/// per-window loss that starts where an untrained model stands,
///
///     S₀ = −ln(1/V)·T = T·ln V,     S ← 0.999·S + 0.001·L
///
/// — a network whose outputs are uniform over V symbols pays ln V nats per character, T per
/// window. 25·ln 65 = 104.36 for Karpathy's Shakespeare, 25·ln 4 = 34.657 for the [a,e,m,s]
/// alphabet (catalogue `ift780-min-char-rnn`).
public struct SmoothedLoss: Sendable, Equatable {
    /// The weight of the past, 0.999, and of the new window, 0.001 (the gist's literals).
    public static let (decay, weight) = (0.999, 0.001)
    /// S, in nats per window.
    public private(set) var value: Double

    /// S₀ = T·ln V.
    public init(vocabularySize: Int, sequenceLength: Int) {
        value = -log(1 / Double(vocabularySize)) * Double(sequenceLength)
    }

    /// S ← 0.999·S + 0.001·L.
    public mutating func update(with loss: Double) {
        value = value * Self.decay + loss * Self.weight
    }
}
