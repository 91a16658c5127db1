import NeuralNet
import Tensors

/// The engine's max and mean pooling: the same windows, values, winners and gradients as the
/// lesson's ``Pooling2D`` forward and backward (Pooling2D.swift, IFT 780 slides 141–144), computed
/// eight windows per step on raw buffers (MaxPoolingKernel.swift, MeanPoolingKernel.swift) with
/// the planes of a large batch split between `threads`. The property tests (Tests/EngineTests)
/// check the two agree bit for bit, winners included.
public struct FastPooling: Equatable, Sendable {
    /// The pooling computed: kind, windows, rounding.
    public let pooling: Pooling2D
    /// The threads a large batch's planes are shared between.
    public let threads: ComputeThreads

    /// `pooling`, computed by the engine on `threads`.
    public init(_ pooling: Pooling2D, threads: ComputeThreads = .one) {
        self.pooling = pooling
        self.threads = threads
    }

    /// The pooled tensor and what ``backward(_:cache:)`` needs: ``Pooling2D/forward(_:)``.
    @inlinable
    public func forward<Scalar: TensorScalar>(_ x: Tensor<Scalar>) throws -> (output: Tensor<Scalar>, cache: PoolingCache) {
        let shape = try pooling.outputShape(for: x.shape)
        let (planes, height, width) = Pooling2D.planes(of: x.shape)
        guard height * width <= Int(Int32.max) else { throw PoolingError.planeTooLarge(height: height, width: width) }
        let rowWindows = PoolingKernels.AxisWindows(pooling.rows, length: height, count: shape[shape.count - 2])
        let columnWindows = PoolingKernels.AxisWindows(pooling.columns, length: width, count: shape[shape.count - 1])
        // The kernels write every output: no zero-filling first.
        let count = shape.reduce(1, *)
        var winners: [Int32] = []
        let (kind, threads) = (pooling.kind, threads)
        let values = x.withUnsafeBufferPointer { source in
            [Scalar](unsafeUninitializedCapacity: count) { target, initialized in
                guard let input = source.baseAddress, let output = target.baseAddress else { return }
                switch kind {
                case .max:
                    winners = [Int32](unsafeUninitializedCapacity: count) { won, written in
                        PoolingKernels.maxForward(input, output, winners: won.baseAddress!, planes: planes, threads: threads,
                                                  height: height, width: width, rows: rowWindows, columns: columnWindows)
                        written = count
                    }
                case .mean:
                    PoolingKernels.meanForward(input, output, planes: planes, threads: threads, height: height, width: width,
                                               rows: rowWindows, columns: columnWindows)
                }
                initialized = count
            }
        }
        let y = try Tensor(shape: shape, scalars: values)
        return (y, PoolingCache(kind: kind, inputShape: x.shape, outputShape: shape, winners: winners))
    }

    /// ∂L/∂x from ∂L/∂y and the forward pass's cache: ``Pooling2D/backward(_:cache:)``.
    /// - Throws: the errors of ``Pooling2D/checkBackward(_:cache:)``.
    @inlinable
    public func backward<Scalar: TensorScalar>(_ gradient: Tensor<Scalar>, cache: PoolingCache) throws -> Tensor<Scalar> {
        try pooling.checkBackward(gradient.shape, cache: cache)
        let (planes, height, width) = Pooling2D.planes(of: cache.inputShape)
        let outHeight = cache.outputShape[cache.outputShape.count - 2]
        let outWidth = cache.outputShape[cache.outputShape.count - 1]
        let threads = threads
        switch pooling.kind {
        case .max:
            // Winners receive their gradients by addition: start from zeros.
            var dx = try Tensor<Scalar>(zeros: cache.inputShape)
            gradient.withUnsafeBufferPointer { upstream in
                dx.withUnsafeMutableBufferPointer { target in
                    guard let dy = upstream.baseAddress, let output = target.baseAddress else { return }
                    cache.winners.withUnsafeBufferPointer { won in
                        PoolingKernels.maxBackward(dy, output, winners: won.baseAddress!, planes: planes, threads: threads,
                                                   planeSize: height * width, outputPlaneSize: outHeight * outWidth)
                    }
                }
            }
            return dx
        case .mean:
            // The gather writes every cell: no zero-filling first.
            let count = cache.inputShape.reduce(1, *)
            let rowWindows = PoolingKernels.AxisWindows(pooling.rows, length: height, count: outHeight)
            let columnWindows = PoolingKernels.AxisWindows(pooling.columns, length: width, count: outWidth)
            let values = gradient.withUnsafeBufferPointer { upstream in
                [Scalar](unsafeUninitializedCapacity: count) { target, initialized in
                    guard let dy = upstream.baseAddress, let output = target.baseAddress else { return }
                    PoolingKernels.meanBackward(dy, output, planes: planes, threads: threads, height: height, width: width,
                                                rows: rowWindows, columns: columnWindows)
                    initialized = count
                }
            }
            return try Tensor(shape: cache.inputShape, scalars: values)
        }
    }
}
