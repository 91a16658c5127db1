import NeuralNet
import Tensors

/// A network's layers computed by the engine: ``FastConvolution`` (im2col, BLAS), ``FastPooling``
/// and ``ActivationKernels``, each proven equal to the lesson's ``LessonKernels`` by the property
/// tests of Tests/EngineTests. Set it on a network (`network.kernels = EngineKernels()`) to
/// train it fast.
public struct EngineKernels: LayerKernels {
    /// The threads a batch is shared between (one by default: the sums of a batch then do not
    /// depend on the machine's core count).
    public let threads: ComputeThreads

    /// The engine on `threads`.
    public init(threads: ComputeThreads = .one) {
        self.threads = threads
    }

    public func conv2d<Scalar: TensorScalar>(_ x: Tensor<Scalar>, kernel: Tensor<Scalar>, bias: Tensor<Scalar>?,
                                             parameters: Conv2DParameters) throws -> Tensor<Scalar> {
        try FastConvolution(.im2col, threads: threads).conv2d(x, kernel: kernel, bias: bias, parameters: parameters)
    }

    public func conv2dBackward<Scalar: TensorScalar>(_ g: Tensor<Scalar>, input: Tensor<Scalar>, kernel: Tensor<Scalar>,
                                                     parameters: Conv2DParameters, needsInputGradient: Bool) throws -> ConvolutionGradients<Scalar> {
        try FastConvolution(.im2col, threads: threads).conv2dBackward(g, input: input, kernel: kernel, parameters: parameters,
                                                                      needsInputGradient: needsInputGradient)
    }

    public func poolingForward<Scalar: TensorScalar>(_ pooling: Pooling2D, _ x: Tensor<Scalar>) throws
        -> (output: Tensor<Scalar>, cache: PoolingCache) {
        try FastPooling(pooling, threads: threads).forward(x)
    }

    public func poolingBackward<Scalar: TensorScalar>(_ pooling: Pooling2D, _ g: Tensor<Scalar>, cache: PoolingCache) throws -> Tensor<Scalar> {
        try FastPooling(pooling, threads: threads).backward(g, cache: cache)
    }

    public func activationForward<Scalar: TensorScalar>(_ activation: Activation, _ z: Tensor<Scalar>) -> Tensor<Scalar> {
        ActivationKernels.forward(activation, z)
    }

    public func activationBackward<Scalar: TensorScalar>(_ activation: Activation, _ g: Tensor<Scalar>,
                                                         input z: Tensor<Scalar>, output y: Tensor<Scalar>) throws -> Tensor<Scalar> {
        try ActivationKernels.backward(activation, g, output: y)
    }
}
