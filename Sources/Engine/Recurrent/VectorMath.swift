/// exp and tanh on eight Floats at once, for the RNN window's softmax and hidden layer: the
/// library's scalar `expf`/`tanhf` cost more than the matrix products of a min-char-rnn window
/// (25·100 tanh and 25·V exp per window).
///
///     exp x = 2ⁿ·e^r,  n = round(x·log₂e),  r = x − n·ln 2,  e^r ≈ 1 + r + r²·P(r)   (Cephes expf)
///     tanh x = x + x³·Q(x²) for |x| < 0.625, else sign(x)·(1 − e)/(1 + e) with e = exp(−2|x|)
///
///     1/√x: y₀ from the exponent bits (0x5F375A86 − bits/2), then y ← y·(1.5 − x/2·y²) three times
///
/// All three are within a few units in the last place of Float (the tests compare with
/// Foundation's); `SIMD8.squareRoot()` compiles to one lane at a time, these to eight-lane
/// multiplies and fused multiply-adds.
enum VectorMath {
    typealias Vector = SIMD8<Float>

    /// e^x, lane by lane; x is clamped to [−87.3, 88.3], where e^x stays a normal Float.
    @inline(__always)
    static func exp(_ x: Vector) -> Vector {
        var clamped = x
        clamped.replace(with: -87.3, where: x .< -87.3)
        clamped.replace(with: 88.3, where: x .> 88.3)
        // n = round(x·log₂e) by the 1.5·2²³ trick: the sum's low mantissa bits hold n.
        let magic = Vector(repeating: 12_582_912)
        let shifted = clamped * 1.442_695_04 + magic
        let n = shifted - magic
        let r = clamped - n * 0.693_359_375 - n * -2.121_944_4e-4
        var p = Vector(repeating: 1.987_569_15e-4)
        p = p * r + 1.398_199_95e-3
        p = p * r + 8.333_451_9e-3
        p = p * r + 4.166_579_6e-2
        p = p * r + 1.666_666_5e-1
        p = p * r + 5.000_000_1e-1
        let er = p * (r * r) + r + 1
        // 2ⁿ: n (from the low bits of `shifted`) + 127 in the exponent field.
        let bits = unsafeBitCast(shifted, to: SIMD8<UInt32>.self) &- unsafeBitCast(magic, to: SIMD8<UInt32>.self)
        let scale = unsafeBitCast((bits &+ 127) &<< 23, to: Vector.self)
        return er * scale
    }

    /// tanh x, lane by lane.
    @inline(__always)
    static func tanh(_ x: Vector) -> Vector {
        let magnitude = unsafeBitCast(unsafeBitCast(x, to: SIMD8<UInt32>.self) & 0x7FFF_FFFF, to: Vector.self)
        let e = exp(-2 * magnitude)
        var large = (1 - e) / (1 + e)
        large.replace(with: -large, where: x .< 0)
        let x2 = x * x
        var q = Vector(repeating: -5.704_988_7e-3)
        q = q * x2 + 2.063_908_9e-2
        q = q * x2 - 5.373_971_6e-2
        q = q * x2 + 1.333_144_2e-1
        q = q * x2 - 3.333_328_2e-1
        let small = x + x * x2 * q
        large.replace(with: small, where: magnitude .< 0.625)
        return large
    }

    /// 1/√x for x > 0 (a normal Float), lane by lane: three Newton steps from the bit-level guess
    /// take its 3.4% error to Float's rounding.
    @inline(__always)
    static func reciprocalSquareRoot(_ x: Vector) -> Vector {
        var y = unsafeBitCast(0x5F37_5A86 &- (unsafeBitCast(x, to: SIMD8<UInt32>.self) &>> 1), to: Vector.self)
        let half = 0.5 * x
        y = y * (1.5 - half * y * y)
        y = y * (1.5 - half * y * y)
        y = y * (1.5 - half * y * y)
        return y
    }
}
