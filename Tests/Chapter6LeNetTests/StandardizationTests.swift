import NeuralNet
import Tensors
import Testing

/// x′ = (x − m)/s, fitted on the training images, as a network's first layer.
@Suite("Input standardisation")
struct StandardizationTests {
    @Test("fitted on [0, 0, 1, 3]: m = 1, s = √1.5 ≈ 1.2247; applied: [−0.8165, −0.8165, 0, 1.6330]")
    func fitAndApply() throws {
        let x = try Tensor<Double>(shape: [1, 1, 2, 2], scalars: [0, 0, 1, 3])
        let standardization = try Standardization(fitting: x)
        #expect(standardization.mean == 1)
        #expect(abs(standardization.standardDeviation - 1.5.squareRoot()) < 1e-15)
        let y = standardization.apply(x)
        for (value, expected) in zip(y.scalars, [-0.816_496_580_9, -0.816_496_580_9, 0, 1.632_993_161_9]) {
            #expect(abs(value - expected) < 1e-9)
        }
        #expect(abs(y.scalars.reduce(0, +)) < 1e-12)
    }

    @Test("the layer: forward (x − m)/s, backward ∂L/∂x = g/s, no parameters")
    func layer() throws {
        let layer = StandardizationLayer<Double>(Standardization(mean: 2, standardDeviation: 4))
        var context = LayerContext(training: true)
        let x = try Tensor<Double>(shape: [1, 1, 1, 3], scalars: [2, 6, -2])
        let (y, cache): (Tensor<Double>, Void) = try layer.forward(x, context: &context)  // the backward pass needs only s
        #expect(y.scalars == [0, 1, -1])
        let g = try Tensor<Double>(shape: [1, 1, 1, 3], scalars: [4, -8, 1])
        let gradients = try layer.backward(g, cache: cache, kernels: LessonKernels(), needsInputGradient: true)
        #expect(gradients.input?.scalars == [1, -2, 0.25])
        #expect(gradients.parameters.isEmpty && layer.parameterCount == 0)
    }

    @Test("refused: an empty set and a constant image (s = 0)")
    func refused() throws {
        #expect(throws: TensorError.self) { try Standardization(fitting: Tensor<Double>(zeros: [0, 1, 2, 2])) }
        #expect(throws: TensorError.self) { try Standardization(fitting: Tensor<Double>(shape: [1, 1, 2, 2], repeating: 0.5)) }
    }
}
