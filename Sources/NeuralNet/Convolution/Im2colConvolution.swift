import Tensors

/// The convolution as a matrix product (IFT 780, slides 147–164): with cols the im2col matrix
/// of the batch (C·k_h·k_w × N·H_out·W_out) and W the filters as rows (C_out × C·k_h·k_w),
///
///     forward    Y = W·cols,  y[n, o, p] = Y[o, n·H_out·W_out + p] + b[o]
///     backward   ∂L/∂W = ∂L/∂Y·colsᵀ,   ∂L/∂b[o] = Σ of row o of ∂L/∂Y,   ∂L/∂x = col2im(Wᵀ·∂L/∂Y)
///
/// where ∂L/∂Y is ∂L/∂y laid out like Y.
extension ConvolutionGeometry {
    @inlinable
    func im2colForward<Scalar>(_ x: Tensor<Scalar>, kernel: Tensor<Scalar>, bias: Tensor<Scalar>) throws -> Tensor<Scalar> {
        let filters = try kernel.reshaped([outputChannels, patchSize])
        let product = try Tensor.matmul(filters, im2col(x))
        var y = try Tensor<Scalar>(zeros: outputShape)
        forEachOutputCell { output, row, column in
            y[offset: output] = product[offset: row * batch * outputPositions + column] + bias[offset: row]
        }
        return y
    }

    @inlinable
    func im2colBackward<Scalar>(_ dy: Tensor<Scalar>, input x: Tensor<Scalar>, kernel: Tensor<Scalar>,
                                needsInputGradient: Bool) throws -> ConvolutionGradients<Scalar> {
        var upstream = try Tensor<Scalar>(zeros: [outputChannels, batch * outputPositions])
        var db = try Tensor<Scalar>(zeros: [outputChannels])
        forEachOutputCell { output, row, column in
            upstream[offset: row * batch * outputPositions + column] = dy[offset: output]
            db[offset: row] += dy[offset: output]
        }
        let dw = try Tensor.matmul(upstream, im2col(x), transposeB: true).reshaped(kernelShape)
        guard needsInputGradient else { return ConvolutionGradients(input: nil, kernel: dw, bias: db) }
        let filters = try kernel.reshaped([outputChannels, patchSize])
        let dx = try col2im(Tensor.matmul(filters, upstream, transposeA: true))
        return ConvolutionGradients(input: dx, kernel: dw, bias: db)
    }

    /// Calls `body(output, row, column)` for every output y[n, o, p]: its offset in the
    /// (N, C_out, H_out, W_out) storage, and its place (o, n·H_out·W_out + p) in the product W·cols.
    @inlinable
    func forEachOutputCell(_ body: (_ output: Int, _ row: Int, _ column: Int) -> Void) {
        for n in 0..<batch {
            for o in 0..<outputChannels {
                for p in 0..<outputPositions {
                    body((n * outputChannels + o) * outputPositions + p, o, n * outputPositions + p)
                }
            }
        }
    }
}
