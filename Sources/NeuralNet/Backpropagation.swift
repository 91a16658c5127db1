import Tensors

extension MLP {
    /// Backpropagation for one example (x, y), written as the deck writes it (Apprentissage
    /// profond ≈ slides 47 and 55–60), with vectors and loops instead of matrix products:
    ///
    ///     forward:  z_ℓ[i] = Σⱼ W_ℓ[i][j]·x_ℓ₋₁[j] + w_ℓ₀[i],  x_ℓ = σ(z_ℓ),  ŷ = φ(z_L)
    ///     δ_L = the gradient through φ of ∂J/∂ŷ (the long way: φ′ ⊙ ∂J/∂ŷ for an element-wise φ,
    ///           the softmax Jacobian applied to ∂J/∂ŷ for the softmax, ≈ slides 52–53)
    ///     for ℓ = L … 1:  ∇W_ℓ J = δ_ℓ x_ℓ₋₁ᵀ,  ∇w_ℓ₀ J = δ_ℓ,
    ///                     δ_ℓ₋₁ = σ′(z_ℓ₋₁) ⊙ W_ℓᵀ δ_ℓ
    ///
    /// It computes in `Double` whatever the network's scalar type. It does not use the shortcut
    /// δ_L = ŷ − y, so comparing it with ``backward(_:targets:)`` also proves the shortcut. (The
    /// long way divides by ŷ: it needs probabilities that do not underflow to 0.)
    public func exampleGradients(input x: [Double], target y: [Double]) throws
        -> (loss: Double, gradients: [DenseGradient<Double>]) {
        guard x.count == layers[0].inputCount, y.count == layers[layers.count - 1].outputCount else {
            throw TensorError.shapeMismatch(operation: "one example (x must match the inputs, y the outputs)",
                                            sizes, [x.count, y.count])
        }
        let weights = layers.map { $0.weight.scalars.map(Double.init) }
        let biases = layers.map { $0.bias.scalars.map(Double.init) }
        // Forward, keeping x_ℓ₋₁ and z_ℓ of every layer.
        var inputs: [[Double]] = []
        var preActivations: [[Double]] = []
        var current = x
        for (ℓ, layer) in layers.enumerated() {
            let (n, m) = (layer.outputCount, layer.inputCount)
            var z = biases[ℓ]
            for i in 0..<n {
                for j in 0..<m { z[i] += weights[ℓ][i * m + j] * current[j] }
            }
            inputs.append(current)
            preActivations.append(z)
            current = z.map(activation(ofLayer: ℓ).value)
        }
        let scores = preActivations[layers.count - 1]
        let prediction = try loss.output(Tensor(scores)).scalars
        let lossValue = try loss.value(scores: Tensor(scores), targets: Tensor(y))

        // δ_L: ∂J/∂ŷ, then back through φ.
        let outputGradient = loss.outputGradient(prediction: prediction, target: y)
        var delta: [Double]
        switch loss {
        case .squaredError: delta = outputGradient
        case .sigmoidCrossEntropy: delta = zip(outputGradient, scores).map { $0 * Activation.sigmoid.derivative($1) }
        case .softmaxCrossEntropy: delta = try Softmax.backward(outputGradient, scores: scores)
        }

        var gradients: [DenseGradient<Double>] = []
        for ℓ in stride(from: layers.count - 1, through: 0, by: -1) {
            let (n, m) = (layers[ℓ].outputCount, layers[ℓ].inputCount)
            var weightGradient = [Double](repeating: 0, count: n * m)
            for i in 0..<n {
                for j in 0..<m { weightGradient[i * m + j] = delta[i] * inputs[ℓ][j] }
            }
            gradients.append(DenseGradient(weight: try Tensor(shape: [n, m], scalars: weightGradient),
                                           bias: Tensor(delta)))
            guard ℓ > 0 else { break }
            var upstream = [Double](repeating: 0, count: m)
            for j in 0..<m {
                for i in 0..<n { upstream[j] += weights[ℓ][i * m + j] * delta[i] }
            }
            let σ = activation(ofLayer: ℓ - 1)
            delta = zip(preActivations[ℓ - 1], upstream).map { σ.derivative($0) * $1 }
        }
        return (lossValue, gradients.reversed())
    }
}
