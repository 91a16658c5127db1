import Foundation
import Tensors

/// Generating text with a character model, one symbol at a time (IFT 780 slides 228–233: compute
/// the hidden layer, then the softmax, pick a character, feed it back in, and start again):
///
///     h_t = tanh(Wxh·x_t + Whh·h_{t−1} + bh),   p_t = softmax(Why·h_t + by),   x_{t+1} ~ p_t
///
/// The next symbol is drawn from p_t, as min-char-rnn's `np.random.choice(range(V), p=p)` does
/// (the slides pick the most probable one, `greedy`): the smallest j with Σ_{i≤j} p_i > u for
/// one uniform u from the seeded generator, so a seed gives the same text on every run.
///
/// A temperature τ divides the scores before the softmax, p_τ = softmax(y/τ), which is p^(1/τ)
/// normalised: below 1 the likely characters get likelier (safer, more repetitive text), above 1
/// the distribution flattens (more surprises, more mistakes).
extension VanillaRNN {
    /// How the next symbol is chosen from p_t.
    public enum Choice: Sendable {
        /// Drawn at random from p_t (min-char-rnn).
        case sampled
        /// The most probable one (the slides' "sélectionner le caractère le plus probable").
        case greedy
    }

    /// `count` symbols generated after `first`, starting from the hidden state `state` (length H;
    /// zeros when nil), drawn at `temperature` τ. `first` itself is not part of the result, as in the gist.
    /// - Throws: ``RNNError`` when `first` is not a symbol, `count` is negative, `state` has
    ///   the wrong size or τ is not a positive number.
    public func sample(after first: Int, count: Int, state: [Double]? = nil, choice: Choice = .sampled,
                       temperature: Double = 1, using generator: inout SeededGenerator) throws -> [Int] {
        guard count >= 0 else { throw RNNError.invalidSize("the number of characters to sample", value: count, minimum: 0) }
        guard temperature > 0, temperature.isFinite else { throw RNNError.invalidTemperature(temperature) }
        guard (0..<vocabularySize).contains(first) else {
            throw RNNError.indexOutOfRange(index: first, vocabularySize: vocabularySize)
        }
        let start = state ?? [Double](repeating: 0, count: hiddenSize)
        guard start.count == hiddenSize else { throw RNNError.hiddenStateSize(expected: hiddenSize, given: start.count) }
        let w = try RNNWeights(self)
        var (h, symbol, result) = (try RNNWeights.column(start), first, [Int]())
        for _ in 0..<count {
            let (next, y) = try Self.step(w, input: RNNWeights.oneHot(symbol, count: vocabularySize), state: h)
            h = next
            let p = try Softmax.probabilities(Tensor(y.scalars)).scalars
            symbol = Self.choose(from: p, choice: choice, temperature: temperature, using: &generator)
            result.append(symbol)
        }
        return result
    }

    /// The index drawn from the distribution `p` raised to 1/τ (or its largest entry).
    static func choose(from p: [Double], choice: Choice, temperature: Double = 1, using generator: inout SeededGenerator) -> Int {
        switch choice {
        case .greedy:
            return p.indices.max { p[$0] < p[$1] } ?? 0
        case .sampled:
            let weights = temperature == 1 ? p : p.map { pow($0, 1 / temperature) }
            let u = generator.unit() * weights.reduce(0, +)
            var cumulative = 0.0
            for (j, weight) in weights.enumerated() {
                cumulative += weight
                if u < cumulative { return j }
            }
            return p.count - 1  // rounding left Σ p a hair below u
        }
    }
}
