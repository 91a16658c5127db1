import NeuralNet
import Tensors

/// A network's layers computed by the engine: ``FastConvolution`` (im2col, BLAS), ``FastPooling``
/// and ``ActivationKernels``, each proven equal to the lesson's ``LessonKernels`` by the property
/// tests of Tests/EngineTests. Set it on a network (`network.kernels = EngineKernels()`) to
/// train it fast.
///
/// A network calls its kernels through the `LayerKernels` protocol, where the scalar type is a
/// run-time value: the engine's generic loops would run unspecialised there, looking up type
/// metadata for every value. Each entry point therefore hands `Float` and `Double` tensors to
/// code compiled for that type (``Specialized``).
public struct EngineKernels: LayerKernels {
    /// The threads a batch is shared between (one by default). The results do not depend on it:
    /// a convolution cuts a batch into the same chunks for any count and adds their ∂L/∂W in
    /// chunk order (``BatchPlan``), pooling and activations work plane by plane.
    public let threads: ComputeThreads

    /// The engine on `threads`.
    public init(threads: ComputeThreads = .one) {
        self.threads = threads
    }

    public func conv2d<Scalar: TensorScalar>(_ x: Tensor<Scalar>, kernel: Tensor<Scalar>, bias: Tensor<Scalar>?,
                                             parameters: Conv2DParameters) throws -> Tensor<Scalar> {
        let engine = FastConvolution(.im2col, threads: threads)
        return try Specialized.run(Scalar.self,
            float: { try engine.conv2d(cast(x) as Tensor<Float>, kernel: cast(kernel), bias: bias.map(cast), parameters: parameters) },
            double: { try engine.conv2d(cast(x) as Tensor<Double>, kernel: cast(kernel), bias: bias.map(cast), parameters: parameters) },
            other: { try engine.conv2d(x, kernel: kernel, bias: bias, parameters: parameters) })
    }

    public func conv2dBackward<Scalar: TensorScalar>(_ g: Tensor<Scalar>, input: Tensor<Scalar>, kernel: Tensor<Scalar>,
                                                     parameters: Conv2DParameters, needsInputGradient: Bool) throws -> ConvolutionGradients<Scalar> {
        let engine = FastConvolution(.im2col, threads: threads)
        return try Specialized.run(Scalar.self,
            float: { try engine.conv2dBackward(cast(g) as Tensor<Float>, input: cast(input), kernel: cast(kernel), parameters: parameters,
                                               needsInputGradient: needsInputGradient) },
            double: { try engine.conv2dBackward(cast(g) as Tensor<Double>, input: cast(input), kernel: cast(kernel), parameters: parameters,
                                                needsInputGradient: needsInputGradient) },
            other: { try engine.conv2dBackward(g, input: input, kernel: kernel, parameters: parameters, needsInputGradient: needsInputGradient) })
    }

    public func poolingForward<Scalar: TensorScalar>(_ pooling: Pooling2D, _ x: Tensor<Scalar>) throws
        -> (output: Tensor<Scalar>, cache: PoolingCache) {
        let engine = FastPooling(pooling, threads: threads)
        // Unlabelled tuples, so that the Float one is the Scalar one.
        let (output, cache): (Tensor<Scalar>, PoolingCache) = try Specialized.run(Scalar.self,
            float: { let y = try engine.forward(cast(x) as Tensor<Float>); return (y.output, y.cache) },
            double: { let y = try engine.forward(cast(x) as Tensor<Double>); return (y.output, y.cache) },
            other: { let y = try engine.forward(x); return (y.output, y.cache) })
        return (output, cache)
    }

    public func poolingBackward<Scalar: TensorScalar>(_ pooling: Pooling2D, _ g: Tensor<Scalar>, cache: PoolingCache) throws -> Tensor<Scalar> {
        let engine = FastPooling(pooling, threads: threads)
        return try Specialized.run(Scalar.self,
            float: { try engine.backward(cast(g) as Tensor<Float>, cache: cache) },
            double: { try engine.backward(cast(g) as Tensor<Double>, cache: cache) },
            other: { try engine.backward(g, cache: cache) })
    }

    public func activationForward<Scalar: TensorScalar>(_ activation: Activation, _ z: Tensor<Scalar>) -> Tensor<Scalar> {
        Specialized.run(Scalar.self,
            float: { ActivationKernels.forward(activation, cast(z) as Tensor<Float>) },
            double: { ActivationKernels.forward(activation, cast(z) as Tensor<Double>) },
            other: { ActivationKernels.forward(activation, z) })
    }

    public func activationBackward<Scalar: TensorScalar>(_ activation: Activation, _ g: Tensor<Scalar>,
                                                         input z: Tensor<Scalar>, output y: Tensor<Scalar>) throws -> Tensor<Scalar> {
        try Specialized.run(Scalar.self,
            float: { try ActivationKernels.backward(activation, cast(g) as Tensor<Float>, output: cast(y)) },
            double: { try ActivationKernels.backward(activation, cast(g) as Tensor<Double>, output: cast(y)) },
            other: { try ActivationKernels.backward(activation, g, output: y) })
    }
}

/// Runs the body compiled for the concrete scalar type: `float` when `Scalar` is `Float`,
/// `double` when it is `Double`, `other` otherwise; the result is handed back as the caller's
/// type (the same type, so the casts cannot fail).
enum Specialized {
    static func run<Scalar, Result, FloatResult, DoubleResult>(
        _: Scalar.Type, float: () throws -> FloatResult, double: () throws -> DoubleResult, other: () throws -> Result
    ) rethrows -> Result {
        if Scalar.self == Float.self { return cast(try float()) }
        if Scalar.self == Double.self { return cast(try double()) }
        return try other()
    }
}

/// `value` as `Target`, which it is (a tensor of `Scalar` seen as a tensor of `Float` when
/// `Scalar` is `Float`).
func cast<Value, Target>(_ value: Value) -> Target {
    value as! Target
}
