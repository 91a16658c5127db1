import Tensors

/// Who computes a network's convolutions, poolings and activations. ``LessonKernels`` (the
/// default) runs this library's readable loops, the slides' forms; the engine (Sources/Engine,
/// `EngineKernels`) runs the same operations on tuned kernels proven equal to these by property
/// tests. A network is the same model on either: chapter 6's training and `cnnlab train` choose
/// the engine, the worked examples keep the lesson.
public protocol LayerKernels: Sendable {
    /// y = W ∗ x + b: ``conv2d(_:kernel:bias:parameters:implementation:)``.
    func conv2d<Scalar: TensorScalar>(_ x: Tensor<Scalar>, kernel: Tensor<Scalar>, bias: Tensor<Scalar>?,
                                      parameters: Conv2DParameters) throws -> Tensor<Scalar>
    /// ∂L/∂x (unless `needsInputGradient` is false), ∂L/∂W, ∂L/∂b:
    /// ``conv2dBackward(_:input:kernel:parameters:implementation:needsInputGradient:)``.
    func conv2dBackward<Scalar: TensorScalar>(_ g: Tensor<Scalar>, input: Tensor<Scalar>, kernel: Tensor<Scalar>,
                                              parameters: Conv2DParameters, needsInputGradient: Bool) throws -> ConvolutionGradients<Scalar>
    /// ``Pooling2D/forward(_:)``.
    func poolingForward<Scalar: TensorScalar>(_ pooling: Pooling2D, _ x: Tensor<Scalar>) throws
        -> (output: Tensor<Scalar>, cache: PoolingCache)
    /// ``Pooling2D/backward(_:cache:)``.
    func poolingBackward<Scalar: TensorScalar>(_ pooling: Pooling2D, _ g: Tensor<Scalar>, cache: PoolingCache) throws -> Tensor<Scalar>
    /// y = σ(z): ``Activation/forward(_:)``.
    func activationForward<Scalar: TensorScalar>(_ activation: Activation, _ z: Tensor<Scalar>) -> Tensor<Scalar>
    /// ∂L/∂z = σ′(z) ⊙ ∂L/∂y from the layer's input z and output y = σ(z): ``Activation/backward(_:at:)``.
    func activationBackward<Scalar: TensorScalar>(_ activation: Activation, _ g: Tensor<Scalar>,
                                                  input z: Tensor<Scalar>, output y: Tensor<Scalar>) throws -> Tensor<Scalar>
}

/// The lesson's own loops: im2col convolution, window-by-window pooling, the exact activations.
public struct LessonKernels: LayerKernels {
    /// The lesson.
    public init() {}

    public func conv2d<Scalar: TensorScalar>(_ x: Tensor<Scalar>, kernel: Tensor<Scalar>, bias: Tensor<Scalar>?,
                                             parameters: Conv2DParameters) throws -> Tensor<Scalar> {
        try NeuralNet.conv2d(x, kernel: kernel, bias: bias, parameters: parameters)
    }

    public func conv2dBackward<Scalar: TensorScalar>(_ g: Tensor<Scalar>, input: Tensor<Scalar>, kernel: Tensor<Scalar>,
                                                     parameters: Conv2DParameters, needsInputGradient: Bool) throws -> ConvolutionGradients<Scalar> {
        try NeuralNet.conv2dBackward(g, input: input, kernel: kernel, parameters: parameters, needsInputGradient: needsInputGradient)
    }

    public func poolingForward<Scalar: TensorScalar>(_ pooling: Pooling2D, _ x: Tensor<Scalar>) throws
        -> (output: Tensor<Scalar>, cache: PoolingCache) {
        try pooling.forward(x)
    }

    public func poolingBackward<Scalar: TensorScalar>(_ pooling: Pooling2D, _ g: Tensor<Scalar>, cache: PoolingCache) throws -> Tensor<Scalar> {
        try pooling.backward(g, cache: cache)
    }

    public func activationForward<Scalar: TensorScalar>(_ activation: Activation, _ z: Tensor<Scalar>) -> Tensor<Scalar> {
        activation.forward(z)
    }

    public func activationBackward<Scalar: TensorScalar>(_ activation: Activation, _ g: Tensor<Scalar>,
                                                         input z: Tensor<Scalar>, output y: Tensor<Scalar>) throws -> Tensor<Scalar> {
        try activation.backward(g, at: z)
    }
}
