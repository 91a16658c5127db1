import Plot

/// Figure 10: where the slides disagree with each other or leave a choice open, and what the
/// trained networks do (catalogue §12, §14, §15).
enum NotesFigure {
    /// slide, what it says, what CNNLab trains, why.
    static let rows: [[String]] = [
        ["Pasco slides 42–43 (Görner config 1)", "figure: W2 is 4×4×4×8; code: W2 = [5, 5, 4, 8]",
         "the code's 5×5: 122,270 parameters (121,982 with 4×4)", "Görner's own figure and code disagree; both give 14×14×8"],
        ["Apprentissage profond ≈ 74 vs IFT 780 168–169", "LeNet-5 on 32×32 (C1 6@28×28) vs on 28×28 (24×24×6)",
         "the 28×28 variant, 44,426 parameters", "MNIST digits are 28×28; both variants are valid"],
        ["IFT 780 166–169 (subsampling)", "average pooling, no parameters counted",
         "2×2 mean pooling without LeCun's trainable coefficient and bias", "the counts 44,426 and 3,246 have none"],
        ["IFT 780 168 (C3)", "16 filters over the 6 maps", "every C3 filter sees all 6 maps",
         "the 1998 paper's partial table gives 1,516 instead of 2,416"],
        ["Pasco slides 43–44 (Görner's code)", "weights truncated_normal(stddev = 0.1), biases ones/10, the last zeros",
         "biases 0.1 (the last 0); He-normal weights, σ = √(2/fan-in)", "the usual scale for ReLU layers; σ = 0.1 is Görner's choice"],
        ["Pasco slides 45–48 (training)", "10,000 iterations in batches of 100 on MNIST's 60,000 digits",
         "LeNet: Adam, cosine schedule, ±2 px moves, MNIST-5k's 4,000 (fig. 2)", "a minute, not hours; 1,000 test digits, not 10,000"],
        ["Pasco slides 46–48 (dropout)", "pkeep = 0.75", "p = 1 − pkeep = 0.25 after W4, inverted scaling 1/(1 − p)",
         "test mode is then the identity"],
        ["Ranvier, \"Exemple d'architecture\"", "BatchNormalization() after the second pooling; input not given",
         "28×28×1; 422,282 trainable + 128 running statistics = 422,410", "Keras's total counts the statistics"],
    ]

    static func figure() -> Figure {
        let table = Table(header: ["slide", "says", "CNNLab trains", "why"], rows: rows,
                          alignments: [.left, .left, .left, .left], rowRoles: [0: .explained], fontSize: 8.5)
        return Figure(
            id: "notes", title: "Errata and choices: the LeNet and Görner slides against the networks that train",
            caption: "No number of these slides is wrong once recomputed, but Görner's config 1 disagrees with itself "
                + "(orange: the figure's 4×4 W2 against the code's 5×5) and the decks leave choices open. Each row says "
                + "which one the trained networks make; the parameter counts are asserted by the chapter's tests on the "
                + "built networks.",
            source: "IFT 780 slides 166–169; Apprentissage profond ≈ slide 74; Pasco slides 42–48; Ranvier (catalogue §12, §14, §15)",
            width: 1180, height: 210
        ) { canvas, area in
            try table.draw(on: canvas, in: area)
        }
    }
}
