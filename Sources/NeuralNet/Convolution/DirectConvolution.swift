import Tensors

/// The direct convolution: the formula of IFT 780 slide 69 written as loops, one output at a time.
/// It is the reference every other implementation is tested against, and its backward pass reads
/// as the chain rule: every term x·W of an output sends that output's gradient back to both factors.
extension ConvolutionGeometry {
    /// y[n, o, i, j] = b[o] + Σ_c Σ_u Σ_v x[n, c, i·S_H + u − P_top, j·S_W + v − P_left]·W[o, c, u, v]
    @inlinable
    func directForward<Scalar>(_ x: Tensor<Scalar>, kernel w: Tensor<Scalar>, bias b: Tensor<Scalar>) throws -> Tensor<Scalar> {
        var y = try Tensor<Scalar>(zeros: outputShape)
        forEachOutput { n, o, i, j, output in
            var sum = b[offset: o]
            forEachTerm(n: n, o: o, i: i, j: j) { input, weight in sum += x[offset: input] * w[offset: weight] }
            y[offset: output] = sum
        }
        return y
    }

    /// ∂L/∂b[o] += g, ∂L/∂W[o, c, u, v] += g·x[…], ∂L/∂x[…] += g·W[o, c, u, v] for every term of
    /// every output y[n, o, i, j], g = ∂L/∂y[n, o, i, j].
    @inlinable
    func directBackward<Scalar>(_ dy: Tensor<Scalar>, input x: Tensor<Scalar>, kernel w: Tensor<Scalar>,
                                needsInputGradient: Bool) throws -> ConvolutionGradients<Scalar> {
        var dx = try Tensor<Scalar>(zeros: needsInputGradient ? inputShape : [0])
        var dw = try Tensor<Scalar>(zeros: kernelShape)
        var db = try Tensor<Scalar>(zeros: [outputChannels])
        forEachOutput { n, o, i, j, output in
            let g = dy[offset: output]
            db[offset: o] += g
            forEachTerm(n: n, o: o, i: i, j: j) { input, weight in
                dw[offset: weight] += g * x[offset: input]
                if needsInputGradient { dx[offset: input] += g * w[offset: weight] }
            }
        }
        return ConvolutionGradients(input: needsInputGradient ? dx : nil, kernel: dw, bias: db)
    }

    /// Calls `body(n, o, i, j, offset)` for every output y[n, o, i, j], offset being its place in
    /// the (N, C_out, H_out, W_out) storage.
    @inlinable
    func forEachOutput(_ body: (_ n: Int, _ o: Int, _ i: Int, _ j: Int, _ offset: Int) -> Void) {
        var offset = 0
        for n in 0..<batch {
            for o in 0..<outputChannels {
                for i in 0..<outputHeight {
                    for j in 0..<outputWidth {
                        body(n, o, i, j, offset)
                        offset += 1
                    }
                }
            }
        }
    }

    /// Calls `body(inputOffset, weightOffset)` for every term x[n, c, r, s]·W[o, c, u, v] of output
    /// y[n, o, i, j], r = i·S_H + u − P_top, s = j·S_W + v − P_left. Terms whose input cell lies
    /// in the zero padding are skipped: they add 0.
    @inlinable
    func forEachTerm(n: Int, o: Int, i: Int, j: Int, _ body: (_ input: Int, _ weight: Int) -> Void) {
        for c in 0..<inputChannels {
            for u in 0..<kernelHeight {
                for v in 0..<kernelWidth {
                    guard let input = inputCell(n: n, c: c, i: i, j: j, u: u, v: v) else { continue }
                    body(input, ((o * inputChannels + c) * kernelHeight + u) * kernelWidth + v)
                }
            }
        }
    }

    /// The offset in the (N, C, H, W) input of x[n, c, i·S_H + u − P_top, j·S_W + v − P_left], the
    /// cell that output (i, j) reads through kernel cell (u, v); `nil` when it lies in the zero
    /// padding.
    @inlinable
    func inputCell(n: Int, c: Int, i: Int, j: Int, u: Int, v: Int) -> Int? {
        let (r, s) = (i * strideHeight + u - paddingRows.before, j * strideWidth + v - paddingColumns.before)
        guard r >= 0, r < inputHeight, s >= 0, s < inputWidth else { return nil }
        return ((n * inputChannels + c) * inputHeight + r) * inputWidth + s
    }
}
