import Foundation

/// A seeded pseudo-random generator: **xoshiro256\*\*** (Blackman & Vigna, 2018), its 256-bit
/// state filled from the seed by **SplitMix64**. The same seed gives the same numbers on every
/// run and every machine, which is what makes every figure and every test of CNNLab repeatable.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    @usableFromInline var state: (UInt64, UInt64, UInt64, UInt64)

    /// A generator whose whole sequence is fixed by `seed`.
    public init(seed: UInt64) {
        var splitMix = seed
        func next() -> UInt64 {
            splitMix &+= 0x9E37_79B9_7F4A_7C15
            var z = splitMix
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (next(), next(), next(), next())
    }

    /// The next 64 random bits (xoshiro256**).
    @inlinable
    public mutating func next() -> UInt64 {
        let result = rotate(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotate(state.3, 45)
        return result
    }

    @inlinable
    func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniform number in [0, 1) with 53 random bits.
    @inlinable
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// A uniform number in [low, high).
    @inlinable
    public mutating func uniform(_ low: Double, _ high: Double) -> Double { low + (high - low) * unit() }

    /// A standard normal number N(0, 1), by the Box–Muller transform (one of the pair is used, so
    /// that the sequence does not depend on hidden state).
    @inlinable
    public mutating func gaussian() -> Double {
        let u1 = 1 - unit()  // in (0, 1]: the logarithm stays finite
        let u2 = unit()
        return (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
    }

    /// A normal number N(0, σ²) redrawn until it lies within two standard deviations — the
    /// truncated normal of TensorFlow's `truncated_normal` initialiser used in the decks' code
    /// (Görner's MNIST networks, Pasco slide 43).
    @inlinable
    public mutating func truncatedGaussian(standardDeviation sigma: Double) -> Double {
        while true {
            let z = gaussian()
            if abs(z) <= 2 { return sigma * z }
        }
    }

    /// The indices 0..<n in a random order (Fisher–Yates), for shuffling a data set each epoch.
    public mutating func permutation(_ n: Int) -> [Int] {
        var indices = Array(0..<n)
        indices.shuffle(using: &self)
        return indices
    }
}

/// Inlinable, with the generator's methods, so that client modules get loops specialised for the
/// scalar type: generic code looks up the type's metadata for every value it draws.
extension Tensor {
    /// Values drawn uniformly from [low, high).
    @inlinable
    public static func uniform(shape: [Int], low: Scalar, high: Scalar,
                               using generator: inout SeededGenerator) throws -> Tensor {
        try Tensor(shape: shape) { _ in Scalar(generator.uniform(Double(low), Double(high))) }
    }

    /// Values drawn from N(mean, σ²).
    @inlinable
    public static func gaussian(shape: [Int], mean: Scalar = 0, standardDeviation sigma: Scalar,
                                using generator: inout SeededGenerator) throws -> Tensor {
        try Tensor(shape: shape) { _ in mean + sigma * Scalar(generator.gaussian()) }
    }

    /// Values drawn from N(0, σ²) truncated at ±2σ (TensorFlow's `truncated_normal`).
    @inlinable
    public static func truncatedGaussian(shape: [Int], standardDeviation sigma: Scalar,
                                         using generator: inout SeededGenerator) throws -> Tensor {
        try Tensor(shape: shape) { _ in Scalar(generator.truncatedGaussian(standardDeviation: Double(sigma))) }
    }
}
