import Engine
import NeuralNet
import PropertyTesting
import Testing
import Tensors

/// A whole network computed by the engine (``EngineKernels``) against the same network computed
/// by the lesson (``LessonKernels``): the scores and every parameter gradient of a training step
/// agree within 10⁻¹⁰ in Double (the engine's activation derivative is written with the output,
/// the lesson's with the input: equal to rounding).
@Suite("Engine network = lesson network")
struct NetworkAgreementTests {
    @Test("a small LeNet (convolution, tanh, mean and max pooling, ReLU, dense): same scores and gradients on both tiers",
          arguments: [1, 2])
    func sameTrainingStep(threads: Int) throws {
        var generator = SeededGenerator(seed: 5)
        let layers: [Sequential<Double>.NamedLayer] = [
            .init("conv1", try ConvolutionLayer<Double>(channels: 1, filters: 4, size: 3, parameters: Conv2DParameters(padding: .same),
                                                             initialization: .glorotUniform, using: &generator)),
            .init("conv1 tanh", ActivationLayer<Double>(.tanh)),
            .init("pool1", PoolingLayer<Double>(try Pooling2D(.mean, size: 2))),
            .init("conv2", try ConvolutionLayer<Double>(channels: 4, filters: 17, size: 2, parameters: Conv2DParameters(),
                                                             initialization: .heNormal, using: &generator)),
            .init("conv2 relu", ActivationLayer<Double>(.relu)),
            .init("pool2", PoolingLayer<Double>(try Pooling2D(.max, size: 2, stride: 1))),
            .init("flatten", Flatten<Double>()),
            .init("dense", try Dense<Double>(inputs: 17 * 2 * 2, outputs: 3, initialization: .glorotUniform, using: &generator)),
        ]
        var lesson = try Sequential<Double>(inputShape: [1, 8, 8], layers: layers, seed: 9)
        var engine = lesson
        engine.kernels = EngineKernels(threads: ComputeThreads(threads))
        let x = try Tensor<Double>.uniform(shape: [5, 1, 8, 8], low: -1, high: 1, using: &generator)
        let targets = try Tensor<Double>(shape: [5, 3]) { i in i[1] == i[0] % 3 ? 1 : 0 }
        #expect(try engine.scores(x).maxAbsDifference(lesson.scores(x)) < 1e-10)
        let (lessonLoss, lessonGradients) = try lesson.lossAndParameterGradients(inputs: x, targets: targets)
        let (engineLoss, engineGradients) = try engine.lossAndParameterGradients(inputs: x, targets: targets)
        #expect(abs(lessonLoss - engineLoss) < 1e-10)
        #expect(engineGradients.count == lessonGradients.count && !lessonGradients.isEmpty)
        #expect(engineGradients.map(\.name) == ["conv1.weight", "conv1.bias", "conv2.weight", "conv2.bias", "dense.weight", "dense.bias"])
        for (fast, reference) in zip(engineGradients, lessonGradients) {
            #expect(fast.name == reference.name)
            #expect(try fast.value.maxAbsDifference(reference.value) < 1e-10, "\(fast.name)")
        }
    }
}
