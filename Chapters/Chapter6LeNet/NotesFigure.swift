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

    /// The same rows in French: thousands grouped with a thin space, the decimal point kept (a
    /// table, as the decks print their numbers); the decks' and the code's words quoted as they are.
    static let frenchRows: [[String]] = [
        ["Pasco diap. 42–43 (Görner, config 1)", "figure : W2 est 4×4×4×8 ; code : W2 = [5, 5, 4, 8]",
         "le 5×5 du code : 122\u{202F}270 paramètres (121\u{202F}982 avec 4×4)",
         "figure et code de Görner divergent ; tous deux : 14×14×8"],
        ["Apprentissage profond ≈ 74 contre IFT 780 168–169", "LeNet-5 sur 32×32 (C1 6@28×28) contre sur 28×28 (24×24×6)",
         "la variante 28×28, 44\u{202F}426 paramètres", "MNIST est en 28×28 ; les deux variantes sont valides"],
        ["IFT 780 166–169 (sous-échantillonnage)", "sous-échantillonnage moyen, aucun paramètre compté",
         "moyenne 2×2, sans coefficient ni biais entraînables (LeCun)",
         "les nombres 44\u{202F}426 et 3\u{202F}246 n'en ont pas"],
        ["IFT 780 168 (C3)", "16 filtres sur les 6 cartes", "chaque filtre de C3 voit les 6 cartes",
         "la table partielle de 1998 donne 1\u{202F}516, pas 2\u{202F}416"],
        ["Pasco diap. 43–44 (code de Görner)", "poids truncated_normal(stddev = 0.1), biais ones/10, le dernier zeros",
         "biais 0.1 (le dernier 0) ; poids He-normal, σ = √(2/fan-in)",
         "l'échelle usuelle pour ReLU ; σ = 0.1 est le choix de Görner"],
        ["Pasco diap. 45–48 (entraînement)", "10\u{202F}000 itérations, mini-batchs de 100, sur les 60\u{202F}000 chiffres de MNIST",
         "LeNet : Adam, pas en cosinus, ±2 px, 4\u{202F}000 chiffres (fig. 2)",
         "une minute, pas des heures ; 1\u{202F}000 chiffres de test, pas 10\u{202F}000"],
        ["Pasco diap. 46–48 (abandon)", "pkeep = 0.75", "p = 1 − pkeep = 0.25 après W4, échelle inversée 1/(1 − p)",
         "le mode test est alors l'identité"],
        ["Ranvier, « Exemple d'architecture »", "BatchNormalization() après le 2ᵉ pooling ; entrée non donnée",
         "28×28×1 ; 422\u{202F}282 entraînables + 128 statistiques = 422\u{202F}410", "le total de Keras compte les statistiques"],
    ]

    static func figure() -> Figure {
        Figure(id: "notes", title: Text.notesTitle.words(), caption: Text.notesCaption.words(), source: Text.notesSource.words(),
               width: 1180, height: 210) { canvas, area, language in
            let header = [Text.slideHeader, .saysHeader, .trainsHeader, .whyHeader].map { $0(language) }
            let table = Table(header: header, rows: language == .french ? frenchRows : rows,
                              alignments: [.left, .left, .left, .left], rowRoles: [0: .explained], fontSize: 8.5)
            try table.draw(on: canvas, in: area)
        }
    }
}
