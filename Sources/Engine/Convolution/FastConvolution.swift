import NeuralNet
import Tensors

/// The engine's two ways to compute the lesson's convolution (``conv2d(_:kernel:bias:parameters:implementation:)``,
/// NeuralNet's Convolution.swift): the same sums, proven equal by the property tests in
/// Tests/EngineTests, faster.
public enum ConvolutionAlgorithm: String, CaseIterable, Sendable {
    /// im2col one image at a time, rows moved in SIMD blocks, then BLAS (GEMMConvolution.swift):
    /// the fastest for a layer with few filters (LeNet C1).
    case im2col
    /// The direct sum, sixteen filters per SIMD register and eight outputs per step, without the
    /// im2col matrix (VectorizedConvolution.swift): the fastest once the filters fill a register
    /// (LeNet C3, AlexNet).
    case vectorized
}

/// A 2D convolution computed by the engine: forward and backward of the lesson's
/// ``conv2d(_:kernel:bias:parameters:implementation:)`` and
/// ``conv2dBackward(_:input:kernel:parameters:implementation:needsInputGradient:)``, with the same
/// arguments, checks, errors and (to rounding) results, the batch split between `threads`.
public struct FastConvolution: Equatable, Sendable {
    /// im2col + BLAS, or vectorised over the filters.
    public let algorithm: ConvolutionAlgorithm
    /// The threads the batch is shared between.
    public let threads: ComputeThreads

    /// A convolution computed with `algorithm` on `threads`.
    public init(_ algorithm: ConvolutionAlgorithm = .im2col, threads: ComputeThreads = .one) {
        self.algorithm = algorithm
        self.threads = threads
    }

    /// y = W ∗ x + b for a batch (N, C, H, W), the border filled by `paddingMode`.
    /// - Throws: ``ConvolutionError`` and ``PaddingError``, as the lesson's `conv2d` does.
    @inlinable
    public func conv2d<Scalar>(_ input: Tensor<Scalar>, kernel: Tensor<Scalar>, bias: Tensor<Scalar>? = nil,
                               parameters: Conv2DParameters = Conv2DParameters(),
                               paddingMode: PaddingMode = .zero) throws -> Tensor<Scalar> {
        guard paddingMode == .zero else {
            let (plan, valid) = try BorderPlan.image(input.shape, kernel.shape, parameters, paddingMode)
            return try conv2d(plan.padded(input), kernel: kernel, bias: bias, parameters: valid)
        }
        let g = try ConvolutionGeometry(inputShape: input.shape, kernelShape: kernel.shape, parameters: parameters)
        if let bias, bias.shape != [g.outputChannels] {
            throw ConvolutionError.biasMismatch(filters: g.outputChannels, given: bias.shape)
        }
        let w = parameters.flipped ? try flippedKernel(kernel) : kernel
        var output: Tensor<Scalar> = try zeroTensor(g.outputShape)
        let biasValues = bias?.scalars ?? [Scalar](repeating: 0, count: g.outputChannels)
        let (algorithm, threads) = (algorithm, threads)
        output.withUnsafeMutableBufferPointer { y in
            input.withUnsafeBufferPointer { x in
                w.withUnsafeBufferPointer { w in
                    biasValues.withUnsafeBufferPointer { b in
                        switch algorithm {
                        case .im2col:
                            g.gemmForward(x.baseAddress!, w.baseAddress!, b.baseAddress!, y.baseAddress!, threads: threads)
                        case .vectorized:
                            g.vectorizedForward(x.baseAddress!, w.baseAddress!, b.baseAddress!, y.baseAddress!, threads: threads)
                        }
                    }
                }
            }
        }
        return output
    }

    /// ∂L/∂x (unless `needsInputGradient` is false), ∂L/∂W and ∂L/∂b from ∂L/∂y.
    /// - Throws: ``ConvolutionError`` and ``PaddingError``, as the lesson's `conv2dBackward` does.
    @inlinable
    public func conv2dBackward<Scalar>(_ outputGradient: Tensor<Scalar>, input: Tensor<Scalar>, kernel: Tensor<Scalar>,
                                       parameters: Conv2DParameters = Conv2DParameters(), paddingMode: PaddingMode = .zero,
                                       needsInputGradient: Bool = true) throws -> ConvolutionGradients<Scalar> {
        guard paddingMode == .zero else {
            let (plan, valid) = try BorderPlan.image(input.shape, kernel.shape, parameters, paddingMode)
            return try plan.foldingBack(conv2dBackward(outputGradient, input: plan.padded(input), kernel: kernel,
                                                       parameters: valid, needsInputGradient: needsInputGradient),
                                        inputShape: input.shape)
        }
        let g = try ConvolutionGeometry(inputShape: input.shape, kernelShape: kernel.shape, parameters: parameters)
        guard outputGradient.shape == g.outputShape else {
            throw ConvolutionError.gradientShapeMismatch(expected: g.outputShape, given: outputGradient.shape)
        }
        let w = parameters.flipped ? try flippedKernel(kernel) : kernel
        var dx: Tensor<Scalar> = try zeroTensor(needsInputGradient ? g.inputShape : [0])
        var dw: Tensor<Scalar> = try zeroTensor(g.kernelShape)
        var db: Tensor<Scalar> = try zeroTensor([g.outputChannels])
        let (algorithm, threads) = (algorithm, threads)
        dx.withUnsafeMutableBufferPointer { dxp in
            dw.withUnsafeMutableBufferPointer { dwp in
                db.withUnsafeMutableBufferPointer { dbp in
                    outputGradient.withUnsafeBufferPointer { dy in
                        input.withUnsafeBufferPointer { x in
                            w.withUnsafeBufferPointer { w in
                                let target = needsInputGradient ? dxp.baseAddress : nil
                                switch algorithm {
                                case .im2col:
                                    g.gemmBackward(dy.baseAddress!, x.baseAddress!, w.baseAddress!,
                                                   target, dwp.baseAddress!, dbp.baseAddress!, threads: threads)
                                case .vectorized:
                                    g.vectorizedBackward(dy.baseAddress!, x.baseAddress!, w.baseAddress!,
                                                         target, dwp.baseAddress!, dbp.baseAddress!, threads: threads)
                                }
                            }
                        }
                    }
                }
            }
        }
        // The flipped kernel W' was used; ∂L/∂W is ∂L/∂W' rotated back.
        let kernelGradient = parameters.flipped ? try flippedKernel(dw) : dw
        return ConvolutionGradients(input: needsInputGradient ? dx : nil, kernel: kernelGradient, bias: db)
    }
}

/// A tensor of zeros, filled by a loop the compiler specialises for `Scalar` (and vectorises):
/// `Tensor(zeros:)` initialises element by element through generic code when called from another
/// module.
@inlinable
func zeroTensor<Scalar: TensorScalar>(_ shape: [Int]) throws -> Tensor<Scalar> {
    try Tensor<Scalar>.checkShape(shape)
    let count = shape.reduce(1, *)
    let values = [Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
        for i in 0..<count { buffer[i] = 0 }
        initialized = count
    }
    return try Tensor(shape: shape, scalars: values)
}
