import Chapters

/// The chapter's worked examples as data (catalogue `../shared/worked-examples.md` §1
/// `minibatch-*`, `iterations-per-pass` and §2): the inputs, what the slide prints and what
/// CNNLab computes. The tests assert the computed values with the library; the report's table
/// shows the same rows.
public enum BackpropagationExamples {
    // MARK: Mini-batches as one matrix product (IFT 780 slides 13–16)

    /// W₁ = 1 … 20 as a 5 × 4 matrix (the slide's w₁₁ … w₅₄).
    public static let fiveByFourWeights: [[Double]] = (0..<5).map { i in (1...4).map { Double(4 * i + $0) } }
    /// x₁ = (a, b, c, d), x₂ = (d, e, f, g), x₃ = (h, i, j, k) with a = 1, b = 2, … .
    public static let fiveByFourInputs: [[Double]] = [[1, 2, 3, 4], [4, 5, 6, 7], [8, 9, 10, 11]]
    /// W₁xᵢ for each example: the columns of W₁X.
    public static let fiveByFourProducts: [[Double]] = [
        [30, 70, 110, 150, 190], [60, 148, 236, 324, 412], [100, 252, 404, 556, 708],
    ]
    /// The row w = (w₁, w₂, w₃) of slide 15.
    public static let rowWeights: [Double] = [1, -1, 2]
    /// The three examples (a, b, c), (d, e, f), (g, h, i).
    public static let rowInputs: [[Double]] = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    public static let rowProducts: [Double] = [5, 11, 17]

    // MARK: The update of a linear layer on a mini-batch (002 ≈ slides 51, 54)

    public static let sgdWeights: [Double] = [0.5, -0.25]
    public static let sgdBatch: [(x: [Double], y: Double)] = [([1, 2], 1), ([2, 0], 0)]
    public static let sgdLearningRate = 0.1
    /// Σₙ (ŷₙ − yₙ)xₙ.
    public static let sgdGradientSum: [Double] = [1, -2]
    public static let sgdUpdated: [Double] = [0.45, -0.15]

    // MARK: Activations, softmax, losses (002 ≈ slides 22–24, 48–61; FIDLE)

    public static let activationPoints: [Double] = [-2, -0.5, 0, 0.5, 2]
    public static let scores: [Double] = [1, 2, 3]
    public static let scoresClass = 2

    /// `softmax-ce-delta`: x, W (3 × 2), one-hot y.
    public static let deltaInput: [Double] = [1, 2]
    public static let deltaWeights: [[Double]] = [[0.1, 0.2], [0.3, -0.1], [-0.2, 0.4]]
    public static let deltaTarget: [Double] = [0, 0, 1]

    /// `backprop-two-layer`: x, V (3 × 2) with sigmoid units, W (2 × 3) with a softmax, y.
    public static let twoLayerInput: [Double] = [1, -1]
    public static let twoLayerHidden: [[Double]] = [[0.5, -0.2], [0.1, 0.4], [-0.3, 0.2]]
    public static let twoLayerOutput: [[Double]] = [[0.3, -0.1, 0.2], [-0.4, 0.5, 0.1]]
    public static let twoLayerTarget: [Double] = [0, 1]

    /// Every example of the chapter, in the catalogue's order.
    public static let catalogue: [WorkedExample] = [
        WorkedExample(id: "minibatch-one-matmul-5x4", source: "IFT 780, slides 13–14",
                      printed: "symbolic: W₁X = [W₁x₁ W₁x₂ W₁x₃]",
                      computed: "columns (30, 70, 110, 150, 190), (60, 148, 236, 324, 412), (100, 252, 404, 556, 708)",
                      verdict: .constructed),
        WorkedExample(id: "minibatch-one-matmul-1x3", source: "IFT 780, slides 15–16",
                      printed: "symbolic: w·[x₁ x₂ x₃]", computed: "(5, 11, 17)", verdict: .constructed),
        WorkedExample(id: "minibatch-sgd-update", source: "Apprentissage profond ≈ slides 51, 54; IFT 780 slide 8",
                      printed: "W ← W − (μ/#B) Σ (ŷ − y)xᵀ", computed: "Σ(ŷ − y)xᵀ = (1, −2); W = (0.45, −0.15)",
                      verdict: .constructed),
        WorkedExample(id: "iterations-per-pass", source: "IA et Nous (Pasco) ≈ slide 49",
                      printed: "10 000 images par lots de 100", computed: "100 updates per pass", verdict: .matches),
        WorkedExample(id: "activation-derivatives", source: "Apprentissage profond ≈ slide 61",
                      printed: "σ′ = σ(1 − σ); tanh′ = 1/cosh²; ReLU′ = 1 if z > 0 else 0",
                      computed: "z = −2 … 2: σ′ = 0.1050, 0.2350, 0.25, …; tanh′ = 0.0707, 0.7864, 1, …; ReLU′ = 0, 0, 0, 1, 1",
                      verdict: .constructed),
        WorkedExample(id: "softmax-and-cross-entropy", source: "Apprentissage profond ≈ slides 23–24; FIDLE",
                      printed: "formulas", computed: "softmax(1, 2, 3) = (0.0900, 0.2447, 0.6652); J = −log ŷ₂ = 0.4076",
                      verdict: .constructed),
        WorkedExample(id: "softmax-jacobian", source: "Apprentissage profond ≈ slide 52",
                      printed: "∂ŷₚ/∂zⱼ = ŷⱼ(1 − ŷⱼ) if p = j, else −ŷₚŷⱼ",
                      computed: "diagonal 0.0819, 0.1848, 0.2227; off-diagonal −0.0220, −0.0599, −0.1628",
                      verdict: .constructed),
        WorkedExample(id: "softmax-ce-delta", source: "Apprentissage profond ≈ slide 53",
                      printed: "δ = ŷ − y, ∇W J = δxᵀ",
                      computed: "ŷ = (0.3603, 0.2415, 0.3982); δ = (0.3603, 0.2415, −0.6018), also by the Jacobian",
                      verdict: .constructed),
        WorkedExample(id: "regression-mse-delta", source: "Apprentissage profond ≈ slides 48–50",
                      printed: "J = ½‖ŷ − y‖², δ = ŷ − y, ∇W J = (ŷ − y)xᵀ",
                      computed: "ŷ = 0, J = 0.5, δ = −1, ∇W = (−1, −2)",
                      verdict: .constructed),
        WorkedExample(id: "backprop-two-layer", source: "Apprentissage profond ≈ slides 55–60",
                      printed: "δᵘ = σ′(u) ⊙ Wᵀδᶻ; ∇V J = δᵘxᵀ",
                      computed: "ŷ = (0.5622, 0.4378); J = 0.8260; ∇W = ±(0.3757, 0.2393, 0.2123); ∇V₁ = (0.0873, −0.0825, 0.0132)",
                      verdict: .constructed),
        WorkedExample(id: "fidle-losses", source: "FIDLE sequence 7, \"keep in mind\"",
                      printed: "formulas", computed: "BCE = 0.27978; CCE = 0.35667; MSE = 0.17", verdict: .constructed),
        WorkedExample(id: "ift780-mlp-param-counts", source: "IFT 780, slides 21–23",
                      printed: "7850; 655,370; 160M", computed: "7,850; 655,370; 167,772,170 on 256³ voxels",
                      verdict: .matches),
        WorkedExample(id: "ift780-150d-fc-22200", source: "IFT 780, slide 25",
                      printed: "150 neurons → 22,200 parameters",
                      computed: "148 neurons · 150 inputs = 22,200 (150 neurons: 22,500, 22,650 with biases)",
                      verdict: .erratum("22,200 is the count for 148 neurons, as on slides 26–27; 150 neurons give 22,500")),
        WorkedExample(id: "ift780-150d-local-and-shared", source: "IFT 780, slides 26–27",
                      printed: "148 neurons, 444 parameters, then 3", computed: "(150 − 3)/1 + 1 = 148; 148·3 = 444; shared: 3",
                      verdict: .matches),
        WorkedExample(id: "fidle-dense-param-examples", source: "FIDLE sequence 7, \"Number of parameters\"",
                      printed: "785 K; 72 G", computed: "1000·(784 + 1) = 785,000; 1000·24·10⁶·3 = 7.2·10¹⁰",
                      verdict: .matches),
        WorkedExample(id: "002-fc-256x256x3", source: "Apprentissage profond ≈ slide 63",
                      printed: "≈ 2·10⁵ per neuron; ≈ 4·10¹⁰", computed: "196,608 per neuron; 196,608² = 3.87·10¹⁰",
                      verdict: .matches),
        WorkedExample(id: "pasco-fc-512x512", source: "IA et Nous (Pasco), slide 3",
                      printed: "262,144 inputs; \"plus de 13 millions de poids\"", computed: "262,144 · 512 = 134,217,728",
                      verdict: .ambiguous("the OCR dropped a digit (134 million) or the slide understates by 10×; 134,217,728 is asserted")),
        WorkedExample(id: "pasco-100x100-vs-5x5", source: "IA et Nous (Pasco), slide 9",
                      printed: "10,000 weights vs 25", computed: "10,000 and 25", verdict: .matches),
    ]
}
