import Chapters
import Plot

/// Chapter 2's text catalogue: every sentence and label of its report, in English and in French
/// (the decks' words: perceptron multicouche, couche cachée, rétropropagation, fonction de perte,
/// entropie croisée, époque, mini-batch, taux d'apprentissage). The figures pass the run's numbers
/// as arguments, so both languages print the same values.
enum Text: String, CatalogueKey {
    case title, subtitle
    // Figure 1: the spiral.
    case input, hidden, output, unitDetail, epochAccuracy, spiralCaption, spiralTitle, spiralSource
    case lossPanel, crossEntropy, epoch, meanCrossEntropy, accuracyPanel, accuracy, accuracyPercent
    // Figure 2: hidden units.
    case hiddenRow, outputRow, dead, unitOutput, hiddenCaption, hiddenTitle, hiddenSource
    // Figure 3: universal approximation.
    case hiddenUnits, approximationCaption, approximationTitle, approximationSource, errorPanel
    case units, parameters, seed, finalJ
    // Figure 4: gradient checks.
    case checksCaption, checksTitle, checksSource, block, gradient, coordinates, maxAnalytic, maxDifference, relativeError
    // Figure 5: vectorisation.
    case forwardBatched, forwardPerExample, trainingBatched, trainingPerExample, vectorisationTitle, vectorisationSource
    case batchAxis, timeAxis, fwdGEMM, fwdPerExample, gain, trainGEMM, trainPerExample
    case vectorisationCaption, defaultKernel, threadCount
    // Figure 6: activations.
    case activationsCaption, activationsTitle, activationsSource
    // Figure 7: worked examples.
    case examplesTitle, examplesCaption, examplesSource

    static let catalogue = Catalogue<Text>([
        .title: ("The multilayer perceptron and backpropagation", "Le perceptron multicouche et la rétropropagation"),
        .subtitle: ("Dense layers, losses, the δ rules, mini-batches, universal approximation — "
                        + "Apprentissage profond ≈ slides 11–61, IFT 780 slides 2–17",
                    "Couches denses, fonctions de perte, règles des δ, mini-batchs, approximation universelle — "
                        + "Apprentissage profond ≈ diapositives 11–61, IFT 780 diapositives 2–17"),

        .input: ("input", "entrée"),
        .hidden: ("hidden {k}", "cachée {k}"),
        .output: ("output", "sortie"),
        .unitDetail: ("{activation}, {count} params", "{activation}, {count} param."),
        .epochAccuracy: ("epoch {epoch}: {accuracy} %", "époque {epoch} : {accuracy} %"),
        .spiralCaption: (
            "Four spiral arms of {examples} seeded points each (θ = πk/2 + 2.5πr + 0.2ε), learnt by a {sizes} network "
                + "({parameters} parameters, {neurons} neurons; the input layer is not counted): ReLU hidden layers, "
                + "softmax output, cross-entropy, Adam (μ = {mu}), mini-batches of {batch}, {epochs} epochs. Each pixel "
                + "blends the class colours by the network's probabilities, so blurred borders are uncertain ones. "
                + "Training accuracy {snapshots}; final loss {loss}, evaluated on the whole training set after each "
                + "epoch (dashed lines: the epochs drawn above). The spikes are Adam steps overshooting once the "
                + "gradients are tiny; the loss recovers within a few epochs.",
            "Quatre bras de spirale de {examples} points chacun, tirés avec une graine (θ = πk/2 + 2,5πr + 0,2ε), "
                + "appris par un réseau {sizes} ({parameters} paramètres, {neurons} neurones ; la couche d'entrée ne "
                + "compte pas) : couches cachées ReLU, sortie softmax, entropie croisée, Adam (μ = {mu}), mini-batchs "
                + "de {batch}, {epochs} époques. Chaque pixel mélange les couleurs des classes selon les probabilités "
                + "du réseau : une frontière floue est une frontière incertaine. Exactitude d'entraînement : "
                + "{snapshots} ; perte finale {loss}, évaluée sur tout l'ensemble d'entraînement après chaque époque "
                + "(en pointillés : les époques dessinées en haut). Les pics sont des pas d'Adam qui dépassent la cible "
                + "quand les gradients deviennent minuscules ; la perte se rétablit en quelques époques."),
        .spiralTitle: ("Four classes in the plane, four hidden layers: decision regions while training",
                       "Quatre classes dans le plan, quatre couches cachées : les régions de décision pendant l'apprentissage"),
        .spiralSource: ("IFT 780 slides 2–5 (the problem and network, computed here); Apprentissage profond ≈ slides 16–24",
                        "IFT 780 diapositives 2–5 (le problème et le réseau, calculés ici) ; Apprentissage profond ≈ "
                            + "diapositives 16–24"),
        .lossPanel: ("loss J on the training set", "perte J sur l'ensemble d'entraînement"),
        .crossEntropy: ("cross-entropy", "entropie croisée"),
        .epoch: ("epoch", "époque"),
        .meanCrossEntropy: ("mean cross-entropy", "entropie croisée moyenne"),
        .accuracyPanel: ("training accuracy", "exactitude d'entraînement"),
        .accuracy: ("accuracy", "exactitude"),
        .accuracyPercent: ("accuracy (%)", "exactitude (%)"),

        .hiddenRow: ("hidden {k}", "cachée {k}"),
        .outputRow: ("output", "sortie"),
        .dead: ("{k} dead", "{k} morte"),
        .unitOutput: ("output", "sortie"),
        .hiddenCaption: (
            "Each small image is one neuron's output x⁽ℓ⁾ = σ(W⁽ℓ⁾x⁽ℓ⁻¹⁾ + w₀⁽ℓ⁾) for every input (x₁, x₂) of the square "
                + "[−1.2, 1.2]² (x₁ rightwards, x₂ upwards), in the trained network of figure 1; each image has its own "
                + "colour scale, from its minimum (dark) to its maximum (yellow), both written under it. The first "
                + "hidden layer can only cut the plane along straight lines — each unit is a ReLU ramp rising across "
                + "one line —; the deeper layers combine these ramps into bent regions, and the softmax outputs cover "
                + "the four spiral arms. Units that are zero everywhere (\"dead\" ReLUs, drawn in one flat colour) per "
                + "hidden layer: {dead}.",
            "Chaque petite image est la sortie d'un neurone, x⁽ℓ⁾ = σ(W⁽ℓ⁾x⁽ℓ⁻¹⁾ + w₀⁽ℓ⁾), pour chaque entrée (x₁, x₂) "
                + "du carré [−1,2 ; 1,2]² (x₁ vers la droite, x₂ vers le haut), dans le réseau entraîné de la figure 1 ; "
                + "chaque image a sa propre échelle de couleurs, de son minimum (sombre) à son maximum (jaune), tous "
                + "deux écrits dessous. La première couche cachée ne peut couper le plan que selon des droites — chaque "
                + "unité est une rampe ReLU qui monte de part et d'autre d'une droite — ; les couches plus profondes "
                + "combinent ces rampes en régions courbes, et les sorties softmax couvrent les quatre bras de la "
                + "spirale. Unités nulles partout (ReLU « mortes », d'une seule couleur) par couche cachée : {dead}."),
        .hiddenTitle: ("What the hidden layers compute: every unit over the input plane",
                       "Ce que calculent les couches cachées : chaque unité sur le plan des entrées"),
        .hiddenSource: ("IFT 780 slides 2–5 (the same network); Apprentissage profond ≈ slides 17–19",
                        "IFT 780 diapositives 2–5 (le même réseau) ; Apprentissage profond ≈ diapositives 17–19"),

        .hiddenUnits: ("{k} hidden units", "{k} unités cachées"),
        .approximationCaption: (
            "One hidden layer of tanh units and an identity output, f(x) = Σᵢ αᵢ tanh(wᵢx + wᵢ₀) + b — the form of the "
                + "universal approximation theorem —, trained on 32 evenly spaced samples of sin(2πx) on [−1, 1] "
                + "(squared error, full batch, Adam μ = 0.02, {epochs} epochs, best of seeds 1–3). The theorem promises "
                + "that enough units approximate any continuous function; it does not say how many. Measured here: two "
                + "units draw two smooth steps and miss the two periods (RMSE {rmse2}), five follow the waves ({rmse5}), "
                + "twenty fit them closely ({rmse20}). RMSE is measured against sin(2πx) on 201 points of [−1, 1], "
                + "between the training samples too.",
            "Une couche cachée d'unités tanh et une sortie identité, f(x) = Σᵢ αᵢ tanh(wᵢx + wᵢ₀) + b — la forme du "
                + "théorème d'approximation universelle —, entraînée sur 32 échantillons régulièrement espacés de "
                + "sin(2πx) sur [−1, 1] (erreur quadratique, batch complet, Adam μ = 0,02, {epochs} époques, la "
                + "meilleure des graines 1 à 3). Le théorème promet qu'assez d'unités approchent toute fonction "
                + "continue ; il ne dit pas combien. Mesuré ici : deux unités dessinent deux marches douces et manquent "
                + "les deux périodes (RMSE {rmse2}), cinq suivent les vagues ({rmse5}), vingt les épousent ({rmse20}). "
                + "La RMSE est mesurée par rapport à sin(2πx) sur 201 points de [−1, 1], y compris entre les "
                + "échantillons d'entraînement."),
        .approximationTitle: ("Universal approximation: one hidden layer of 2, 5 and 20 units on sin(2πx)",
                              "Approximation universelle : une couche cachée de 2, 5 et 20 unités sur sin(2πx)"),
        .approximationSource: ("Apprentissage profond ≈ slide 20 (Cybenko 1989, Hornik 1991); the function and widths are ours",
                               "Apprentissage profond ≈ diapositive 20 (Cybenko 1989, Hornik 1991) ; la fonction et les "
                                + "largeurs sont les nôtres"),
        .errorPanel: ("error against the number of hidden units", "erreur selon le nombre d'unités cachées"),
        .units: ("units", "unités"),
        .parameters: ("parameters", "paramètres"),
        .seed: ("seed", "graine"),
        .finalJ: ("final J", "J final"),

        .checksCaption: (
            "Each backward pass of the chapter, in Double, against the central differences (J(θ + h eᵢ) − J(θ − h eᵢ))/2h "
                + "with h = 10⁻⁶, one coordinate at a time, on seeded random inputs (seed 1). A layer or activation "
                + "y = f(x) is checked through J = Σ rᵢyᵢ for a random r, whose gradient is exactly backward(r); a loss "
                + "through its δ = ∂J/∂z; a network through all its weights and biases at once. Relative error = "
                + "‖analytic − numerical‖ / max(‖analytic‖, ‖numerical‖, 10⁻²) (the floor keeps a zero gradient from "
                + "dividing rounding noise by zero); the largest here is {worst}, the rounding of the differences (a "
                + "wrong gradient gives 10⁻² or more). The tests run the same checks on many random sizes and seeds "
                + "with the bound 10⁻⁷. Activations are checked at least 0.05 away from ReLU's kink at 0.",
            "Chaque passe arrière (rétropropagation) du chapitre, en Double, comparée aux différences centrées "
                + "(J(θ + h eᵢ) − J(θ − h eᵢ))/2h avec h = 10⁻⁶, une coordonnée à la fois, sur des entrées aléatoires "
                + "tirées avec une graine (1). Une couche ou une activation y = f(x) est vérifiée à travers "
                + "J = Σ rᵢyᵢ pour un r aléatoire, dont le gradient est exactement backward(r) ; une fonction de perte "
                + "par son δ = ∂J/∂z ; un réseau par tous ses poids et biais à la fois. Erreur relative = "
                + "‖analytique − numérique‖ / max(‖analytique‖, ‖numérique‖, 10⁻²) (le plancher évite de diviser le "
                + "bruit d'arrondi par zéro quand le gradient est nul) ; la plus grande ici vaut {worst}, l'arrondi des "
                + "différences (un gradient faux donne 10⁻² ou plus). Les tests refont ces vérifications sur de "
                + "nombreuses tailles et graines aléatoires avec la borne 10⁻⁷. Les activations sont vérifiées à au "
                + "moins 0,05 du coude de ReLU en 0."),
        .checksTitle: ("Gradient checks: analytic backward passes against central differences",
                       "Vérification des gradients : passes arrière analytiques contre différences centrées"),
        .checksSource: ("Apprentissage profond ≈ slides 44–61 (the δ rules); the method is cs231n's",
                        "Apprentissage profond ≈ diapositives 44–61 (les règles des δ) ; la méthode est celle de cs231n"),
        .block: ("block", "bloc"),
        .gradient: ("gradient", "gradient"),
        .coordinates: ("coordinates", "coordonnées"),
        .maxAnalytic: ("max |analytic|", "max |analytique|"),
        .maxDifference: ("max |difference|", "max |différence|"),
        .relativeError: ("relative error", "erreur relative"),

        .forwardBatched: ("forward, one GEMM per batch", "propagation, un GEMM par lot"),
        .forwardPerExample: ("forward, one product per example", "propagation, un produit par exemple"),
        .trainingBatched: ("forward + backward, batched", "propagation + rétropropagation, par lot"),
        .trainingPerExample: ("forward + backward, per example", "propagation + rétropropagation, par exemple"),
        .vectorisationTitle: ("One matrix product per mini-batch against one product per example",
                              "Un produit matriciel par mini-batch contre un produit par exemple"),
        .vectorisationSource: ("IFT 780 slides 10–17 (the claim), measured by cnnlab bench mlp",
                               "IFT 780 diapositives 10–17 (l'affirmation), mesurée par cnnlab bench mlp"),
        .batchAxis: ("batch size B (examples per mini-batch, {n} → {n} layer)",
                     "taille de lot B (exemples par mini-batch, couche {n} → {n})"),
        .timeAxis: ("time per example (μs)", "temps par exemple (μs)"),
        .fwdGEMM: ("fwd GEMM", "prop. GEMM"),
        .fwdPerExample: ("fwd per ex.", "prop. par ex."),
        .gain: ("gain", "gain"),
        .trainGEMM: ("train GEMM", "appr. GEMM"),
        .trainPerExample: ("train per ex.", "appr. par ex."),
        .vectorisationCaption: (
            "A dense {n} → {n} layer in Float, OpenBLAS underneath. Solid: the mini-batch X (B × {n}) goes through as one "
                + "matrix product Z = X·Wᵀ + w₀ (and, for training, ∇W = ΔᵀX and ∂J/∂X = ΔW: three products); dashed: "
                + "one matrix–vector product per example, and for training each example's gradient δxᵀ added into the "
                + "batch's sum. At B = {b1} the forward passes take {batched} and {perExample} μs per example; the one "
                + "product reuses each weight for all B examples while it is in cache, and at B = {top} — the top of "
                + "IFT 780's \"2 to 32\" — it is {forwardGain}× faster forward and {trainingGain}× faster for a training "
                + "step. The weights ({kilobytes} kB) fit in the cache, which keeps the per-example product fast. "
                + "Measured by make bench (cnnlab bench mlp, release build) on a {cores}-core {processor} on {date}, "
                + "OpenBLAS on {threads} with {kernel}, best of {repetitions} runs, and recorded with the chapter's "
                + "sources, so every generation draws the same numbers (cnnlab bench mlp --record measures them again).",
            "Une couche dense {n} → {n} en Float, avec OpenBLAS dessous. Trait plein : le mini-batch X (B × {n}) passe "
                + "en un seul produit matriciel Z = X·Wᵀ + w₀ (et, pour l'apprentissage, ∇W = ΔᵀX et ∂J/∂X = ΔW : trois "
                + "produits) ; pointillés : un produit matrice–vecteur par exemple et, pour l'apprentissage, le "
                + "gradient δxᵀ de chaque exemple ajouté à la somme du lot. À B = {b1} les propagations prennent "
                + "{batched} et {perExample} μs par exemple ; le produit unique réutilise chaque poids pour les B "
                + "exemples tant qu'il est en cache, et à B = {top} — le haut des « 2 à 32 » d'IFT 780 — il est "
                + "{forwardGain}× plus rapide en propagation et {trainingGain}× plus rapide pour un pas "
                + "d'apprentissage. Les poids ({kilobytes} ko) tiennent dans le cache, ce qui garde le produit par "
                + "exemple rapide. Mesuré par make bench (cnnlab bench mlp, compilation release) sur un {processor} à "
                + "{cores} cœurs le {date}, OpenBLAS sur {threads} avec {kernel}, meilleur de {repetitions} essais, et "
                + "enregistré avec les sources du chapitre : chaque génération dessine les mêmes nombres (cnnlab "
                + "bench mlp --record les mesure à nouveau)."),
        .defaultKernel: ("the kernel OpenBLAS picks", "le noyau que choisit OpenBLAS"),
        .threadCount: ("{k} thread", "{k} thread"),

        .activationsCaption: (
            "Each activation σ(z) (solid) and its derivative σ′(z) (dashed) as the library's activations compute them, "
                + "with the formulas of the deck's table. The dots are the worked example of the deck (z = −2, −0.5, 0, "
                + "0.5, 2) on σ′: σ′ = {sigmoid}; tanh′ = {tanh}; ReLU′ = {relu} (0 at z = 0, as the table says). The "
                + "sigmoid's derivative is at most 1/4, which is why deep sigmoid stacks learn slowly; ReLU passes "
                + "gradients unchanged where z > 0. The leaky ReLU (beyond the slides, used by the pooling chapter) "
                + "keeps a small slope for z ≤ 0: 0.1 here to be visible, 0.01 by default.",
            "Chaque activation σ(z) (trait plein) et sa dérivée σ′(z) (pointillés), telles que les calcule la "
                + "bibliothèque, avec les formules du tableau du cours. Les points sont l'exemple chiffré du cours "
                + "(z = −2 ; −0,5 ; 0 ; 0,5 ; 2) sur σ′ : σ′ = {sigmoid} ; tanh′ = {tanh} ; ReLU′ = {relu} (0 en z = 0, "
                + "comme le dit le tableau). La dérivée de la sigmoïde vaut au plus 1/4 : c'est pourquoi les empilements "
                + "profonds de sigmoïdes apprennent lentement ; ReLU transmet les gradients tels quels là où z > 0. La "
                + "ReLU fuyante (leaky, au-delà des diapositives, utilisée par le chapitre sur le sous-échantillonnage) "
                + "garde une petite pente pour z ≤ 0 : 0,1 ici pour qu'elle se voie, 0,01 par défaut."),
        .activationsTitle: ("Activations and their derivatives, from the code",
                            "Les activations et leurs dérivées, tirées du code"),
        .activationsSource: ("Apprentissage profond ≈ slide 61 (\"Dérivées usuelles\")",
                             "Apprentissage profond ≈ diapositive 61 (« Dérivées usuelles »)"),

        .examplesTitle: ("What the slides say, and what CNNLab computes", "Ce que disent les diapositives, et ce que calcule CNNLab"),
        .examplesCaption: (
            "One row per numeric claim of the backpropagation slides: the slide, what it says, the value CNNLab computes "
                + "with the library's Dense, Activation, Loss, Softmax, MLP and optimizers (the chapter's tests assert "
                + "it; the last column names the test). ",
            "Une ligne par affirmation chiffrée des diapositives sur la rétropropagation : la diapositive, ce qu'elle "
                + "dit, la valeur que calcule CNNLab avec les Dense, Activation, Loss, Softmax, MLP et optimiseurs de la "
                + "bibliothèque (les tests du chapitre la vérifient ; la dernière colonne nomme le test). "),
        .examplesSource: ("the catalogue of the decks' worked examples, §1 (mini-batches) and §2 (each recomputed with numpy)",
                          "le catalogue des exemples chiffrés des cours, §1 (mini-batchs) et §2 (chacun recalculé avec numpy)"),
    ])

    /// Keys whose text is the same in both languages: names and symbols.
    static let sameInBothLanguages: Set<Text> = [.gradient, .gain, .threadCount]

    /// The library's English names inside the gradient-check table's cells, in French.
    static func frenchCell(_ cell: String) -> String {
        [("binary cross-entropy", "entropie croisée binaire"), ("cross-entropy", "entropie croisée"),
         ("½ squared error", "½ erreur quadratique"), ("identity", "identité"), ("batch", "lot"), ("network", "réseau")]
            .reduce(cell) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }

    /// The French texts of the chapter's worked examples (the slides' own words stay as printed).
    static let examples = FrenchExamples([
        "minibatch-one-matmul-5x4": .init(
            computed: "colonnes (30, 70, 110, 150, 190), (60, 148, 236, 324, 412), (100, 252, 404, 556, 708)",
            printed: "symbolique : W₁X = [W₁x₁ W₁x₂ W₁x₃]"),
        "minibatch-one-matmul-1x3": .init(computed: "(5, 11, 17)", printed: "symbolique : w·[x₁ x₂ x₃]"),
        "minibatch-sgd-update": .init(computed: "Σ(ŷ − y)xᵀ = (1, −2) ; W = (0.45, −0.15)"),
        "iterations-per-pass": .init(computed: "100 mises à jour par passe"),
        "activation-derivatives": .init(
            computed: "z = −2 … 2 : σ′ = 0.1050, 0.2350, 0.25, … ; tanh′ = 0.0707, 0.7864, 1, … ; ReLU′ = 0, 0, 0, 1, 1",
            printed: "σ′ = σ(1 − σ) ; tanh′ = 1/cosh² ; ReLU′ = 1 si z > 0, 0 sinon"),
        "softmax-and-cross-entropy": .init(computed: "softmax(1, 2, 3) = (0.0900, 0.2447, 0.6652) ; J = −log ŷ₂ = 0.4076",
                                           printed: "formules"),
        "softmax-jacobian": .init(computed: "diagonale 0.0819, 0.1848, 0.2227 ; hors diagonale −0.0220, −0.0599, −0.1628",
                                  printed: "∂ŷₚ/∂zⱼ = ŷⱼ(1 − ŷⱼ) si p = j, −ŷₚŷⱼ sinon"),
        "softmax-ce-delta": .init(computed: "ŷ = (0.3603, 0.2415, 0.3982) ; δ = (0.3603, 0.2415, −0.6018), aussi par la jacobienne"),
        "regression-mse-delta": .init(computed: "ŷ = 0, J = 0.5, δ = −1, ∇W = (−1, −2)"),
        "backprop-two-layer": .init(
            computed: "ŷ = (0.5622, 0.4378) ; J = 0.8260 ; ∇W = ±(0.3757, 0.2393, 0.2123) ; ∇V₁ = (0.0873, −0.0825, 0.0132)"),
        "fidle-losses": .init(computed: "BCE = 0.27978 ; CCE = 0.35667 ; MSE = 0.17", printed: "formules"),
        "ift780-mlp-param-counts": .init(computed: "7,850 ; 655,370 ; 167,772,170 sur 256³ voxels"),
        "ift780-150d-fc-22200": .init(
            computed: "148 neurones · 150 entrées = 22,200 (150 neurones : 22,500, 22,650 avec les biais)",
            explanation: "22,200 est le compte pour 148 neurones, comme aux diapositives 26–27 ; 150 neurones donnent 22,500",
            printed: "« 150 neurones dans la 1ère couche => 22,200 paramètres »"),
        "ift780-150d-local-and-shared": .init(computed: "(150 − 3)/1 + 1 = 148 ; 148·3 = 444 ; partagés : 3",
                                              printed: "« 148 neurones dans la 1ère couche => 444 paramètres », puis 3"),
        "fidle-dense-param-examples": .init(computed: "1000·(784 + 1) = 785,000 ; 1000·24·10⁶·3 = 7.2·10¹⁰"),
        "002-fc-256x256x3": .init(computed: "196,608 par neurone ; 196,608² = 3.87·10¹⁰",
                                  printed: "≈ 2·10⁵ par neurone ; ≈ 4·10¹⁰"),
        "pasco-fc-512x512": .init(
            computed: "262,144 · 512 = 134,217,728",
            explanation: "l'OCR a perdu un chiffre (134 millions) ou la diapositive sous-estime d'un facteur 10 ; "
                + "134,217,728 est vérifié",
            printed: "262,144 entrées ; « Plus de 13 millions de poids a calculer »"),
        "pasco-100x100-vs-5x5": .init(computed: "10,000 et 25", printed: "« 10 000 poids a traiter » ; « 25 paramétres apprenables »"),
    ])
}
