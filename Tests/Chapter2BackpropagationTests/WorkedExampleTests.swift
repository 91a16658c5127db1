import Chapter2Backpropagation
import Foundation
import NeuralNet
import Tensors
import Testing

/// `|a − b| ≤ tolerance` for every pair (slides print 4 decimals: tolerance 5·10⁻⁵).
func close(_ a: [Double], _ b: [Double], _ tolerance: Double = 5e-5) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance }
}

/// The catalogue's §1 mini-batch examples and its §2 (`../shared/worked-examples.md`), one test
/// per id, computed by the library and asserted against the catalogue's numbers.
@Suite("Chapter 2 worked examples")
struct WorkedExampleTests {
    typealias E = BackpropagationExamples

    @Test("minibatch-one-matmul-5x4 — IFT 780 slides 13–14")
    func oneMatmulFiveByFour() throws {
        let layer = try Dense(weight: Tensor<Double>(rows: E.fiveByFourWeights), bias: Tensor(zeros: [5]))
        // The batch X holds one example per row: one product gives the three W₁xᵢ at once.
        let batch = try layer.forward(Tensor(rows: E.fiveByFourInputs))
        #expect(batch.shape == [3, 5])
        #expect(batch.scalars == E.fiveByFourProducts.flatMap { $0 })
        for (i, x) in E.fiveByFourInputs.enumerated() {
            #expect(try layer.forward(Tensor(x)).scalars == E.fiveByFourProducts[i])
        }
        // W₁X with the examples as columns, as the slide writes it, is the transpose.
        let columns = try Tensor.matmul(Tensor<Double>(rows: E.fiveByFourWeights), Tensor(rows: E.fiveByFourInputs),
                                        transposeB: true)
        #expect(try columns.transposed() == batch)
    }

    @Test("minibatch-one-matmul-1x3 — IFT 780 slides 15–16")
    func oneMatmulRow() throws {
        let layer = try Dense(weight: Tensor<Double>(rows: [E.rowWeights]), bias: Tensor([0]))
        let y = try layer.forward(Tensor(rows: E.rowInputs))
        // A 1×3 row on the slide; here one output per example, shape (3, 1).
        #expect(y.shape == [3, 1])
        #expect(y.scalars == E.rowProducts)
    }

    @Test("minibatch-sgd-update — Apprentissage profond ≈ slides 51, 54; IFT 780 slide 8")
    func sgdUpdate() throws {
        let layer = try Dense(weight: Tensor<Double>(rows: [E.sgdWeights]), bias: Tensor([0]))
        var model = try MLP(layers: [layer], activations: [], loss: .squaredError)
        let x = try Tensor<Double>(rows: E.sgdBatch.map(\.x))
        let y = try Tensor<Double>(shape: [2, 1], scalars: E.sgdBatch.map(\.y))
        let (_, gradients) = try model.lossAndGradients(x, targets: y)
        // ŷ = (0, 1): Σ (ŷ − y)xᵀ = −1·(1, 2) + 1·(2, 0) = (1, −2); the mean loss divides by #B = 2.
        #expect(close((gradients[0].weight * 2).scalars, E.sgdGradientSum, 1e-15))
        #expect(gradients[0].bias.scalars == [0])
        var sgd = SGD<Double>(learningRate: E.sgdLearningRate)
        let byName = ["dense1.weight": gradients[0].weight, "dense1.bias": gradients[0].bias]
        try model.updateParameters { parameter, name in
            try sgd.update(&parameter, gradient: #require(byName[name]), name: name)
        }
        #expect(close(model.layers[0].weight.scalars, E.sgdUpdated, 1e-15))
    }

    @Test("iterations-per-pass — IA et Nous (Pasco) ≈ slide 49")
    func iterationsPerPass() throws {
        let settings = TrainingSettings(epochs: 1, batchSize: 100, seed: 1)
        #expect(settings.iterationsPerEpoch(examples: 10_000) == 100)
        // Counted in a real run: one epoch over 10,000 examples calls the optimizer 100 times
        // per parameter.
        var model = try MLP<Float>(sizes: [1, 1], activations: [], loss: .squaredError, seed: 1)
        let x = try Tensor<Float>(zeros: [10_000, 1])
        var counter = CountingOptimizer()
        _ = try model.train(inputs: x, targets: x, settings: settings, optimizer: &counter)
        #expect(counter.updates == ["dense1.weight": 100, "dense1.bias": 100])
        #expect(TrainingSettings(epochs: 1, batchSize: 32, seed: 1).iterationsPerEpoch(examples: 100) == 4)
    }

    @Test("activation-derivatives — Apprentissage profond ≈ slide 61")
    func activationDerivatives() {
        let z = E.activationPoints
        #expect(close(z.map(Activation.sigmoid.value), [0.1192, 0.3775, 0.5, 0.6225, 0.8808]))
        #expect(close(z.map(Activation.sigmoid.derivative), [0.1050, 0.2350, 0.25, 0.2350, 0.1050]))
        #expect(close(z.map(Activation.tanh.value), [-0.9640, -0.4621, 0, 0.4621, 0.9640]))
        #expect(close(z.map(Activation.tanh.derivative), [0.0707, 0.7864, 1, 0.7864, 0.0707]))
        // "1 si z > 0, sinon 0": 0 at z = 0.
        #expect(z.map(Activation.relu.derivative) == [0, 0, 0, 1, 1])
        #expect(z.map(Activation.relu.value) == [0, 0, 0, 0.5, 2])
        // The table's derivatives agree with central differences.
        for activation in Activation.table where activation != .relu && activation != .leakyReLU(slope: 0.01) {
            for point in z {
                let numerical = (activation.value(point + 1e-6) - activation.value(point - 1e-6)) / 2e-6
                #expect(abs(numerical - activation.derivative(point)) < 1e-8)
            }
        }
    }

    @Test("softmax-and-cross-entropy — Apprentissage profond ≈ slides 23–24; FIDLE")
    func softmaxAndCrossEntropy() throws {
        let z = Tensor(E.scores)
        #expect(close(try Softmax.probabilities(z).scalars, [0.0900, 0.2447, 0.6652]))
        let y = Tensor((0..<3).map { $0 == E.scoresClass ? 1.0 : 0.0 })
        let loss = try Loss.softmaxCrossEntropy.value(scores: z, targets: y)
        #expect(abs(loss - 0.4076) < 5e-5)
        // J = −log ŷ₂: the log-sum-exp form equals the textbook one here …
        #expect(abs(loss + log(try Softmax.probabilities(z).scalars[2])) < 1e-15)
        // … and stays finite where exp overflows: scores shifted by 1000 give the same loss.
        let shifted = try Loss.softmaxCrossEntropy.value(scores: z + 1000, targets: y)
        #expect(abs(shifted - loss) < 1e-12)
    }

    @Test("softmax-jacobian — Apprentissage profond ≈ slide 52")
    func softmaxJacobian() throws {
        let jacobian = try Softmax.jacobian(E.scores)
        #expect(jacobian.shape == [3, 3])
        #expect(close(jacobian.scalars, [0.0819, -0.0220, -0.0599, -0.0220, 0.1848, -0.1628, -0.0599, -0.1628, 0.2227]))
        // Each column sums to 0: the probabilities always sum to 1.
        for j in 0..<3 { #expect(abs((0..<3).reduce(0) { $0 + jacobian[$1, j] }) < 1e-15) }
    }

    @Test("softmax-ce-delta — Apprentissage profond ≈ slide 53")
    func softmaxCrossEntropyDelta() throws {
        let layer = try Dense(weight: Tensor<Double>(rows: E.deltaWeights), bias: Tensor(zeros: [3]))
        let x = Tensor(E.deltaInput), y = Tensor(E.deltaTarget)
        let z = try layer.forward(x)
        #expect(close(z.scalars, [0.5, 0.1, 0.6], 1e-15))
        #expect(close(try Softmax.probabilities(z).scalars, [0.3603, 0.2415, 0.3982]))
        let delta = try Loss.softmaxCrossEntropy.delta(scores: z, targets: y)
        #expect(close(delta.scalars, [0.3603, 0.2415, -0.6018]))
        // The long way: ∂J/∂ŷ = −y/ŷ through the softmax Jacobian gives the same δ.
        let probabilities = try Softmax.probabilities(z).scalars
        let longWay = try Softmax.backward(Loss.softmaxCrossEntropy.outputGradient(prediction: probabilities,
                                                                                   target: E.deltaTarget),
                                           scores: z.scalars)
        #expect(close(longWay, delta.scalars, 1e-15))
        // ∇W J = δxᵀ, and central differences agree.
        let (gradient, _) = try layer.backward(delta, input: x)
        let expected = delta.scalars.flatMap { d in E.deltaInput.map { d * $0 } }
        #expect(close(gradient.weight.scalars, expected, 1e-15))
        let check = try GradientCheck.compare(analytic: gradient.weight, at: layer.weight) { w in
            try Loss.softmaxCrossEntropy.value(scores: Dense(weight: w, bias: layer.bias).forward(x), targets: y)
        }
        #expect(check.relativeError < 1e-8)
    }

    @Test("regression-mse-delta — Apprentissage profond ≈ slides 48–50")
    func regressionDelta() throws {
        let layer = try Dense(weight: Tensor<Double>(rows: [[0.5, -0.25]]), bias: Tensor([0]))
        let x = Tensor<Double>([1, 2]), y = Tensor<Double>([1])
        let z = try layer.forward(x)
        #expect(z.scalars == [0])
        // J = ½‖ŷ − y‖² (the ½ of ≈ slide 48; slide 22 omits it, whose gradient would be 2(ŷ − y)).
        #expect(try Loss.squaredError.value(scores: z, targets: y) == 0.5)
        let delta = try Loss.squaredError.delta(scores: z, targets: y)
        #expect(delta.scalars == [-1])
        #expect(try layer.backward(delta, input: x).gradient.weight.scalars == [-1, -2])
    }

    @Test("backprop-two-layer — Apprentissage profond ≈ slides 55–60")
    func twoLayer() throws {
        let network = try MLP(
            layers: [Dense(weight: Tensor<Double>(rows: E.twoLayerHidden), bias: Tensor(zeros: [3])),
                     Dense(weight: Tensor<Double>(rows: E.twoLayerOutput), bias: Tensor(zeros: [2]))],
            activations: [.sigmoid], loss: .softmaxCrossEntropy)
        let x = Tensor(E.twoLayerInput), y = Tensor(E.twoLayerTarget)
        let trace = try network.forward(x)
        #expect(close(trace.preActivations[0].scalars, [0.7, -0.3, -0.5], 1e-15))
        #expect(close(trace.inputs[1].scalars, [0.6682, 0.4256, 0.3775]))
        #expect(close(try network.predict(x).scalars, [0.5622, 0.4378]))
        let (loss, gradients) = try network.lossAndGradients(x, targets: y)
        #expect(abs(loss - 0.8260) < 5e-5)
        #expect(close(gradients[1].weight.scalars, [0.3757, 0.2393, 0.2123, -0.3757, -0.2393, -0.2123]))
        #expect(close(gradients[0].weight.scalars, [0.0873, -0.0873, -0.0825, 0.0825, 0.0132, -0.0132]))
        // The deck's loop for one example, with the softmax Jacobian instead of the shortcut.
        let example = try network.exampleGradients(input: E.twoLayerInput, target: E.twoLayerTarget)
        #expect(abs(example.loss - loss) < 1e-15)
        for (a, b) in zip(example.gradients, gradients) {
            #expect(try a.weight.maxAbsDifference(b.weight) < 1e-15)
            #expect(try a.bias.maxAbsDifference(b.bias) < 1e-15)
        }
    }

    @Test("fidle-losses — FIDLE sequence 7, \"keep in mind\"")
    func fidleLosses() {
        #expect(abs(KerasLoss.binaryCrossEntropy(target: [1, 0, 1], prediction: [0.9, 0.2, 0.6]) - 0.27978) < 5e-6)
        #expect(abs(KerasLoss.categoricalCrossEntropy(target: [0, 1, 0], prediction: [0.2, 0.7, 0.1]) - 0.35667) < 5e-6)
        #expect(abs(KerasLoss.meanSquaredError(target: [3, -0.5, 2], prediction: [2.5, 0, 2.1]) - 0.17) < 1e-12)
    }

    @Test("ift780-mlp-param-counts — IFT 780 slides 21–23")
    func mlpParameterCounts() throws {
        #expect(Dense<Float>.parameterCount(inputs: 28 * 28, outputs: 10) == 7_850)
        #expect(Dense<Float>.parameterCount(inputs: 256 * 256, outputs: 10) == 655_370)
        // "160M" is rounded; on a 256³ volume the count is 167,772,170.
        #expect(Dense<Float>.parameterCount(inputs: 256 * 256 * 256, outputs: 10) == 167_772_170)
        // The same count from a built network: 784 → 10.
        let network = try MLP<Float>(sizes: [784, 10], activations: [], loss: .softmaxCrossEntropy, seed: 1)
        #expect(network.parameterCount == 7_850)
        #expect(network.neuronCount == 10)
    }

    @Test("ift780-150d-fc-22200 — IFT 780 slide 25 (slide erratum)")
    func fullyConnected150() {
        // Erratum: the slide says 150 neurons give 22,200 parameters; 22,200 = 148 · 150, the
        // count for the 148 neurons of slides 26–27. 150 neurons give 22,500 (22,650 with biases).
        #expect(Dense<Float>.parameterCount(inputs: 150, outputs: 148, includingBias: false) == 22_200)
        #expect(Dense<Float>.parameterCount(inputs: 150, outputs: 150, includingBias: false) == 22_500)
        #expect(Dense<Float>.parameterCount(inputs: 150, outputs: 150) == 22_650)
    }

    @Test("ift780-150d-local-and-shared — IFT 780 slides 26–27")
    func localAndShared() throws {
        let neurons = try OutputSize(input: 150, filter: 3).value
        #expect(neurons == 148)
        // Each neuron sees its 3 neighbours: 148 · 3 weights; shared between neurons: 3.
        #expect(Dense<Float>.parameterCount(inputs: 3, outputs: neurons, includingBias: false) == 444)
        #expect(Dense<Float>.parameterCount(inputs: 3, outputs: 1, includingBias: false) == 3)
    }

    @Test("fidle-dense-param-examples — FIDLE sequence 7, \"Number of parameters\"")
    func fidleDenseCounts() {
        #expect(Dense<Float>.parameterCount(inputs: 28 * 28, outputs: 1000) == 785_000)
        // 24 Mpixel RGB, biases ignored: 72 G.
        #expect(Dense<Float>.parameterCount(inputs: 24_000_000 * 3, outputs: 1000, includingBias: false) == 72_000_000_000)
    }

    @Test("002-fc-256x256x3 — Apprentissage profond ≈ slide 63")
    func fullyConnectedRGB() {
        #expect(Dense<Float>.parameterCount(inputs: 256 * 256 * 3, outputs: 1, includingBias: false) == 196_608)
        let asManyNeurons = Dense<Float>.parameterCount(inputs: 196_608, outputs: 196_608, includingBias: false)
        #expect(asManyNeurons == 38_654_705_664)  // ≈ 3.87·10¹⁰, printed "≈ 4·10¹⁰"
    }

    @Test("pasco-fc-512x512 — IA et Nous (Pasco) slide 3 (ambiguous)")
    func pasco512() {
        // 262,144 inputs: as many weights per hidden neuron.
        #expect(Dense<Float>.parameterCount(inputs: 512 * 512, outputs: 1, includingBias: false) == 262_144)
        // Printed "plus de 13 millions de poids": either a digit lost in the OCR or a 10×
        // understatement; the computed count is 134,217,728.
        #expect(Dense<Float>.parameterCount(inputs: 512 * 512, outputs: 512, includingBias: false) == 134_217_728)
    }

    @Test("pasco-100x100-vs-5x5 — IA et Nous (Pasco) slide 9")
    func pascoWindow() {
        #expect(Dense<Float>.parameterCount(inputs: 100 * 100, outputs: 1, includingBias: false) == 10_000)
        #expect(Dense<Float>.parameterCount(inputs: 5 * 5, outputs: 1, includingBias: false) == 25)
    }
}

/// An optimizer that only counts its calls per parameter name (parameters do not move).
struct CountingOptimizer: Optimizer {
    var learningRate = 0.0
    var updates: [String: Int] = [:]
    mutating func update(_ parameter: inout Tensor<Float>, gradient: Tensor<Float>, name: String) throws {
        updates[name, default: 0] += 1
    }
}
