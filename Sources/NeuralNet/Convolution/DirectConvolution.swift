import Tensors

/// The direct convolution: the formula of IFT 780 slide 69 written as loops, one output at a time.
/// It is the reference the fast im2col path is tested against, and its backward pass reads as
/// the chain rule: every term x·W of an output sends that output's gradient back to both factors.
extension ConvolutionGeometry {
    /// y[n, o, i, j] = b[o] + Σ_c Σ_u Σ_v x[n, c, i·S_H + u − P_top, j·S_W + v − P_left]·W[o, c, u, v]
    @inlinable
    func directForward<Scalar: TensorScalar>(_ x: UnsafePointer<Scalar>, _ w: UnsafePointer<Scalar>,
                                             _ b: UnsafePointer<Scalar>, _ y: UnsafeMutablePointer<Scalar>) {
        forEachOutput { n, o, i, j, output in
            var sum = b[o]
            forEachTerm(n: n, o: o, i: i, j: j) { input, weight in sum += x[input] * w[weight] }
            y[output] = sum
        }
    }

    /// ∂L/∂b[o] += g, ∂L/∂W[o, c, u, v] += g·x[…], ∂L/∂x[…] += g·W[o, c, u, v] for every term of
    /// every output y[n, o, i, j], g = ∂L/∂y[n, o, i, j]. The targets start at zero.
    @inlinable
    func directBackward<Scalar: TensorScalar>(_ dy: UnsafePointer<Scalar>, _ x: UnsafePointer<Scalar>,
                                              _ w: UnsafePointer<Scalar>, _ dx: UnsafeMutablePointer<Scalar>?,
                                              _ dw: UnsafeMutablePointer<Scalar>, _ db: UnsafeMutablePointer<Scalar>) {
        forEachOutput { n, o, i, j, output in
            let g = dy[output]
            db[o] += g
            forEachTerm(n: n, o: o, i: i, j: j) { input, weight in dw[weight] += g * x[input] }
            guard let dx else { return }
            forEachTerm(n: n, o: o, i: i, j: j) { input, weight in dx[input] += g * w[weight] }
        }
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
                        offset &+= 1
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
            let plane = (n &* inputChannels &+ c) &* inputHeight
            let filter = (o &* inputChannels &+ c) &* kernelHeight
            for u in 0..<kernelHeight {
                let r = i &* strideHeight &+ u &- paddingRows.before
                guard r >= 0, r < inputHeight else { continue }
                for v in 0..<kernelWidth {
                    let s = j &* strideWidth &+ v &- paddingColumns.before
                    guard s >= 0, s < inputWidth else { continue }
                    body((plane &+ r) &* inputWidth &+ s, (filter &+ u) &* kernelWidth &+ v)
                }
            }
        }
    }
}
