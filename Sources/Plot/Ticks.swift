import Foundation

/// Axis ticks at "nice" numbers (1, 2 or 5 times a power of ten) — Heckbert, "Nice numbers
/// for graph labels", Graphics Gems, 1990.
public struct Ticks: Sendable, Equatable {
    /// The tick values, increasing.
    public let values: [Double]
    /// The distance between ticks (0 for a logarithmic axis).
    public let step: Double

    /// About `count` linear ticks covering `range`: the first tick is at or below the lower
    /// bound and the last at or above the upper bound, so an axis can run from tick to tick.
    public static func linear(_ range: ClosedRange<Double>, count: Int = 5) -> Ticks {
        var lower = range.lowerBound, upper = range.upperBound
        if !(upper > lower) {
            let pad = lower == 0 ? 1 : abs(lower) * 0.1
            (lower, upper) = (lower - pad, upper + pad)
        }
        let (spanFraction, spanExponent) = niceParts(upper - lower, round: false)
        let span = spanFraction * pow(10, spanExponent)
        let (fraction, exponent) = niceParts(span / Double(max(1, count - 1)), round: true)
        // k × fraction / 10^−e is the double nearest the decimal tick (0.6, not 0.6000000000000001).
        func tick(_ k: Double) -> Double {
            exponent < 0 ? k * fraction / pow(10, -exponent) : k * fraction * pow(10, exponent)
        }
        let step = tick(1)
        let first = (lower / step).rounded(.down)
        let last = (upper / step).rounded(.up)
        return Ticks(values: stride(from: first, through: last + 0.5, by: 1).map(tick), step: step)
    }

    /// Linear ticks that fall inside `range` (for colour bars, whose ends are the data's).
    public static func inside(_ range: ClosedRange<Double>, count: Int = 5) -> Ticks {
        let all = linear(range, count: count)
        let tolerance = all.step * 1e-9
        return Ticks(values: all.values.filter { $0 >= range.lowerBound - tolerance && $0 <= range.upperBound + tolerance },
                     step: all.step)
    }

    /// Powers of `base` covering `range` (which must be positive): 1e−3 … 1e1 in base 10, or
    /// 1, 2, 4, … 256 in base 2 (sizes that double). Bases below 2 count as 2.
    public static func logarithmic(_ range: ClosedRange<Double>, base: Int = 10) -> Ticks {
        let b = Double(Swift.max(base, 2))
        let lower = Swift.max(range.lowerBound, Double.leastNormalMagnitude)
        let upper = Swift.max(range.upperBound, lower)
        // log_b(x), snapped to the integer it misses by rounding only (log₁₀ 1000 = 2.9999999999999996).
        func exponent(_ x: Double) -> Double {
            let e = b == 10 ? log10(x) : b == 2 ? log2(x) : log(x) / log(b)
            return abs(e - e.rounded()) < 1e-9 ? e.rounded() : e
        }
        let first = Int(exponent(lower).rounded(.down))
        var last = Int(exponent(upper).rounded(.up))
        if last == first { last += 1 }
        return Ticks(values: (first...last).map { pow(b, Double($0)) }, step: 0)
    }

    /// The nice number closest to (`round`) or at least (`!round`) `x`: 1, 2, 5 or 10 × 10^e,
    /// returned as (1, 2, 5 or 10; e).
    static func niceParts(_ x: Double, round: Bool) -> (fraction: Double, exponent: Double) {
        let exponent = log10(x).rounded(.down)
        let fraction = x / pow(10, exponent)
        if round {
            return (fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10, exponent)
        }
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10, exponent)
    }
}
