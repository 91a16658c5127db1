import Tensors

/// Batch normalisation (Ioffe & Szegedy, 2015; the `BatchNormalization()` of Ranvier's Keras
/// model, "Exemple d'architecture"): each channel c is normalised over the batch and the
/// spatial positions — the M = N·H·W values of a map stack (N, C, H, W), or the N values of a
/// column of (N, C) — then scaled and shifted by trainable γ_c and β_c:
///
///     training:  μ_c = (1/M) Σ x,  σ²_c = (1/M) Σ (x − μ_c)²,  x̂ = (x − μ_c)/√(σ²_c + ε),  y = γ_c x̂ + β_c
///                running ← α·running + (1 − α)·batch   (mean μ_c; variance with M/(M − 1))
///     test:      y = γ_c (x − running mean)/√(running variance + ε) + β_c
///
/// and, with g = ∂L/∂y,
///
///     ∂L/∂γ_c = Σ g·x̂,   ∂L/∂β_c = Σ g,
///     ∂L/∂x = γ_c/(M·√(σ²_c + ε)) · (M·g − Σ g − x̂·Σ g·x̂)
///
/// 2C trainable parameters and 2C running statistics (Ranvier's 64 channels: 128 + 128).
///
/// ε sits inside the square root, √(σ² + ε), as in Ioffe & Szegedy and every library; Pasco's
/// slides 53–55 add it to the standard deviation instead, (x − μ)/(σ + ε). The two agree as
/// ε → 0 — the slide's own example uses ε = 0 (catalogue `batchnorm-formula`).
public struct BatchNormalization<Scalar: TensorScalar>: Sendable {
    /// γ, one per channel, starting at 1.
    public var scale: Tensor<Scalar>
    /// β, one per channel, starting at 0.
    public var shift: Tensor<Scalar>
    /// The running mean used at test time, starting at 0.
    public var runningMean: Tensor<Scalar>
    /// The running variance used at test time, starting at 1.
    public var runningVariance: Tensor<Scalar>
    /// α, the fraction of the running statistics kept at each training batch.
    public let momentum: Double
    /// ε, which keeps the division finite for a constant channel.
    public let epsilon: Double

    /// What the training forward pass keeps for the backward pass.
    public struct TrainingCache: Sendable {
        /// x̂, shaped like the input.
        public let normalized: Tensor<Scalar>
        /// 1/√(σ²_c + ε) per channel.
        public let inverseDeviation: [Double]

        @inlinable
        init(normalized: Tensor<Scalar>, inverseDeviation: [Double]) {
            self.normalized = normalized
            self.inverseDeviation = inverseDeviation
        }
    }

    /// A layer over `channels` channels: γ = 1, β = 0, running mean 0 and variance 1.
    /// - Throws: ``TensorError/invalidArgument(_:)`` for no channel, a momentum outside [0, 1)
    ///   or ε ≤ 0.
    public init(channels: Int, momentum: Double = 0.9, epsilon: Double = 1e-3) throws {
        guard channels > 0, momentum >= 0, momentum < 1, epsilon > 0 else {
            throw TensorError.invalidArgument(
                "batch normalisation needs channels ≥ 1, a momentum in [0, 1) and ε > 0, got \(channels), \(momentum) and \(epsilon)")
        }
        scale = try Tensor(shape: [channels], repeating: 1)
        shift = try Tensor(zeros: [channels])
        runningMean = try Tensor(zeros: [channels])
        runningVariance = try Tensor(shape: [channels], repeating: 1)
        self.momentum = momentum
        self.epsilon = epsilon
    }

    /// C, the channels.
    public var channels: Int { scale.count }

    /// The training pass: normalise with the batch's own statistics and update the running ones.
    /// - Throws: ``TensorError`` unless x is (N, C) or (N, C, H, W) with this layer's C.
    @inlinable
    public mutating func forward(training x: Tensor<Scalar>) throws -> (output: Tensor<Scalar>, cache: TrainingCache) {
        let (batch, inner) = try layout(of: x)
        let count = batch * inner
        var normalized = x, output = x
        var inverse = [Double](repeating: 0, count: channels)
        for c in 0..<channels {
            var sum = 0.0
            forEachValue(of: c, batch: batch, inner: inner) { sum += Double(x[offset: $0]) }
            let mean = sum / Double(count)
            var squares = 0.0
            forEachValue(of: c, batch: batch, inner: inner) {
                let d = Double(x[offset: $0]) - mean
                squares += d * d
            }
            let variance = squares / Double(count)
            inverse[c] = 1 / (variance + epsilon).squareRoot()
            let (g, b) = (Double(scale[offset: c]), Double(shift[offset: c]))
            forEachValue(of: c, batch: batch, inner: inner) { i in
                let h = (Double(x[offset: i]) - mean) * inverse[c]
                normalized[offset: i] = Scalar(h)
                output[offset: i] = Scalar(g * h + b)
            }
            let unbiased = count > 1 ? variance * Double(count) / Double(count - 1) : variance
            runningMean[offset: c] = Scalar(momentum * Double(runningMean[offset: c]) + (1 - momentum) * mean)
            runningVariance[offset: c] = Scalar(momentum * Double(runningVariance[offset: c]) + (1 - momentum) * unbiased)
        }
        return (output, TrainingCache(normalized: normalized, inverseDeviation: inverse))
    }

    /// The test pass: y = γ (x − running mean)/√(running variance + ε) + β.
    /// - Throws: ``TensorError`` unless x is (N, C) or (N, C, H, W) with this layer's C.
    @inlinable
    public func forward(inference x: Tensor<Scalar>) throws -> Tensor<Scalar> {
        let (batch, inner) = try layout(of: x)
        var output = x
        for c in 0..<channels {
            let inverse = 1 / (Double(runningVariance[offset: c]) + epsilon).squareRoot()
            let factor = Double(scale[offset: c]) * inverse
            let shifted = Double(shift[offset: c]) - Double(runningMean[offset: c]) * factor
            forEachValue(of: c, batch: batch, inner: inner) { output[offset: $0] = Scalar(Double(output[offset: $0]) * factor + shifted) }
        }
        return output
    }

    /// ∂L/∂x, ∂L/∂γ and ∂L/∂β from ∂L/∂y and the training pass's cache; see the type's formulas.
    /// - Throws: ``TensorError/shapeMismatch(operation:_:_:)`` when g does not match the cache.
    @inlinable
    public func backward(_ g: Tensor<Scalar>, cache: TrainingCache) throws
        -> (input: Tensor<Scalar>, scale: Tensor<Scalar>, shift: Tensor<Scalar>) {
        guard g.shape == cache.normalized.shape else {
            throw TensorError.shapeMismatch(operation: "batch normalisation backward (∂L/∂y and x̂)", cache.normalized.shape, g.shape)
        }
        let (batch, inner) = try layout(of: g)
        let count = Double(batch * inner)
        var dx = g
        var (dScale, dShift) = (try Tensor<Scalar>(zeros: [channels]), try Tensor<Scalar>(zeros: [channels]))
        let xhat = cache.normalized
        for c in 0..<channels {
            var (sumG, sumGX) = (0.0, 0.0)
            forEachValue(of: c, batch: batch, inner: inner) { i in
                sumG += Double(g[offset: i])
                sumGX += Double(g[offset: i]) * Double(xhat[offset: i])
            }
            let factor = Double(scale[offset: c]) * cache.inverseDeviation[c] / count
            forEachValue(of: c, batch: batch, inner: inner) { i in
                dx[offset: i] = Scalar(factor * (count * Double(g[offset: i]) - sumG - Double(xhat[offset: i]) * sumGX))
            }
            dScale[offset: c] = Scalar(sumGX)
            dShift[offset: c] = Scalar(sumG)
        }
        return (dx, dScale, dShift)
    }

    /// (N, values per channel and example): 1 for (N, C), H·W for (N, C, H, W).
    @usableFromInline
    func layout(of x: Tensor<Scalar>) throws -> (batch: Int, inner: Int) {
        guard x.rank == 2 || x.rank == 4, x.shape[1] == channels, x.shape[0] > 0 else {
            throw TensorError.invalidArgument(
                "batch normalisation over \(channels) channels needs (N, \(channels)) or (N, \(channels), H, W) with N ≥ 1, got \(TensorError.format(x.shape))")
        }
        return (x.shape[0], x.rank == 4 ? x.shape[2] * x.shape[3] : 1)
    }

    /// Calls `body` with the flat index of every value of channel c, example by example.
    @inlinable @inline(__always)
    func forEachValue(of c: Int, batch: Int, inner: Int, _ body: (Int) -> Void) {
        for n in 0..<batch {
            let base = (n * channels + c) * inner
            for k in 0..<inner { body(base + k) }
        }
    }
}
