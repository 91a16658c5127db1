import Chapters
import Plot

/// Chapter 3's text catalogue: every sentence and label of its report, in English and in French
/// (the decks' words: filtre, pas (stride), remplissage, carte de caractéristiques, neurone,
/// paramètre, combinaison D-F-S invalide). The figures pass the computed numbers as arguments.
enum Text: String, CatalogueKey {
    case title, subtitle
    // Figure 1: the sliding window.
    case slidingTitle, slidingCaption, slidingSource, signalHeader, sumHeader, outputsHeader
    // Figure 2: sizes and strides.
    case erratumNote, invalidNote, flippedLabel, flippedNote, invalid, sizesTitle, sizesCaption, sizesSource, outputs
    // Figure 3: 7×7 strides.
    case stridesTitle, stridesCaption, stridesSource, filterW, weight, stridePanel, invalidStride
    // Figure 4: RGB.
    case rgbTitle, rgbCaption, rgbSource, channelPanel, kernelLabel, channelTimesKernel, outputSum, rgbParameters, outputMap
    // Figure 5: classic filters.
    case laplacian, sobelX, sobelY, blur, sharpen, digit7, ankleBoot
    case filtersTitle, filtersCaption, filtersSource, greyLevel, response
    // Figure 6: im2col.
    case im2colTitle, im2colCaption, im2colSource, onePanel, input4x4, filter3x3, batchPanel, filtersPanel, filtersProduct
    case filter1, filter2, channelsPanel, resultLine
    // Figure 7: backward.
    case forwardRow, weightRow, inputRow, forwardSum, weightSum, inputSum, paddedGradient
    case backwardTitle, backwardCaption, backwardSource
    // Figure 8: speed.
    case direct, im2col, vectorized, speedCaption, slowerBy, slower, fastestLayer, speedTitle, speedSource, speedAxis
    // Figures 9–11: tables and errata.
    case invalidFraction, sizesTableTitle, sizesTableCaption, sizesTableSource, whereColumn
    case countingTitle, countingCaption, countingSource, layers, outputMaps, neurons, weights, withBiases, testID
    case versus, signalLayer, denseLayer, blockLayer, stackLayer
    case errataTitle, errataCaption, errataSource, slideSays, cnnlabComputes

    static let catalogue = Catalogue<Text>([
        .title: ("Convolution in 1D and 2D", "La convolution en 1D et en 2D"),
        .subtitle: ("sliding window, stride, output size, channels and bias, classic filters, im2col, counts — "
                        + "IFT 780 slides 25–164, deck 002, FIDLE",
                    "fenêtre glissante, pas, taille de sortie, canaux et biais, filtres classiques, im2col, comptes — "
                        + "IFT 780 diapositives 25–164, cours 002, FIDLE"),

        .slidingTitle: ("The filter [0.2, −0.3, 0.4] slides along the signal one step at a time: (f ∗ W)(v) = Σᵤ f(v + u)·W(u)",
                        "Le filtre [0.2, −0.3, 0.4] glisse le long du signal, un pas à la fois : (f ∗ W)(v) = Σᵤ f(v + u)·W(u)"),
        .slidingCaption: (
            "Each row is one position v of the window (outlined): the three products are summed into output v, ringed on "
                + "the right. No flip of the filter — the decks' convolution is a cross-correlation. D = {d}, F = {f}, S = 1 "
                + "gives {size} outputs: {outputs}, as printed on the slides.",
            "Chaque ligne est une position v de la fenêtre (encadrée) : les trois produits s'additionnent en la sortie v, "
                + "cerclée à droite. Le filtre n'est pas retourné — la convolution des cours est une corrélation croisée. "
                + "D = {d}, F = {f}, S = 1 donne {size} sorties : {outputs}, comme sur les diapositives."),
        .slidingSource: ("IFT 780, slides 39–45 (and 129)", "IFT 780, diapositives 39–45 (et 129)"),
        .signalHeader: ("signal f and the window at v", "signal f et la fenêtre en v"),
        .sumHeader: ("the window's sum", "la somme de la fenêtre"),
        .outputsHeader: ("outputs (f ∗ W)(v)", "sorties (f ∗ W)(v)"),

        .erratumNote: ("slide 132 prints 31 — an erratum (see the errata figure)",
                       "la diapositive 132 affiche 31 — un erratum (voir la figure des errata)"),
        .invalidNote: ("combinaison D-F-S invalide: the windows that fit are greyed",
                       "« combinaison D-F-S invalide » : les fenêtres qui tiennent sont grisées"),
        .flippedLabel: ("F = 3 flipped", "F = 3 retourné"),
        .flippedNote: ("the mathematical convolution Σᵤ f(v − u)·W(u), numpy.convolve: not what the slides compute",
                       "la convolution mathématique Σᵤ f(v − u)·W(u), numpy.convolve : pas ce que calculent les diapositives"),
        .invalid: ("invalid", "invalide"),
        .sizesTitle: ("Filter width F and stride S on the same signal: O = (D − F)/S + 1 outputs, or an invalid combination",
                      "Largeur de filtre F et pas S sur le même signal : O = (D − F)/S + 1 sorties, ou une combinaison invalide"),
        .sizesCaption: (
            "D = 9. Stride 1 with F = 3, 5, 7, 9 gives 7, 5, 3 and 1 outputs; F = 5 with stride 2 keeps every other "
                + "window (35 33 32). With stride 3, (9 − 5)/3 + 1 = 7/3 is not whole: the layer refuses the combination "
                + "(wine, the invalid-case colour), although two windows fit (35, 1, as slide 58 draws them). The last row "
                + "flips the filter, which is what 'convolution' means in signal processing — the decks never flip.",
            "D = 9. Un pas de 1 avec F = 3, 5, 7, 9 donne 7, 5, 3 et 1 sorties ; F = 5 avec un pas de 2 garde une "
                + "fenêtre sur deux (35 33 32). Avec un pas de 3, (9 − 5)/3 + 1 = 7/3 n'est pas entier : la couche refuse "
                + "la combinaison (lie-de-vin, la couleur des cas invalides), bien que deux fenêtres tiennent (35, 1, comme "
                + "les dessine la diapositive 58). La dernière ligne retourne le filtre, ce que « convolution » veut dire "
                + "en traitement du signal — les cours ne retournent jamais."),
        .sizesSource: ("IFT 780, slides 39–59 and 129–133", "IFT 780, diapositives 39–59 et 129–133"),
        .outputs: ("outputs", "sorties"),

        .stridesTitle: ("A 3×3 filter over a 7×7 image at strides 1, 2 and 3: output 5×5, 3×3, or invalid",
                        "Un filtre 3×3 sur une image 7×7 avec des pas de 1, 2 et 3 : sortie 5×5, 3×3, ou invalide"),
        .stridesCaption: (
            "The first window (orange) and the next one along the row (dashed) are S cells apart; the output grid below "
                + "holds one value per window, the first one ringed. Filter [{filter}], a vertical-edge detector: the "
                + "ring's left side gives negative outputs, its right side positive ones (the slides' values are only in "
                + "their pictures; this image is ours). With S = 3, (7 − 3)/3 + 1 = 7/3: the windows do not tile the image "
                + "and the layer refuses it. (Slide 80 labels this case \"Stride = 2\"; stride 2 is the valid 3×3 case.) "
                + "Right: the filter, coloured by value (0 white).",
            "La première fenêtre (orange) et la suivante sur la ligne (tirets) sont à S cases l'une de l'autre ; la "
                + "grille de sortie dessous contient une valeur par fenêtre, la première cerclée. Filtre [{filter}], un "
                + "détecteur de bords verticaux : le côté gauche de l'anneau donne des sorties négatives, le côté droit "
                + "des positives (les valeurs des diapositives ne sont que dans leurs images ; cette image est la nôtre). "
                + "Avec S = 3, (7 − 3)/3 + 1 = 7/3 : les fenêtres ne pavent pas l'image et la couche la refuse. (La "
                + "diapositive 80 intitule ce cas « Stride = 2 » ; le pas de 2 est le cas valide 3×3.) À droite : le "
                + "filtre, coloré selon sa valeur (0 en blanc)."),
        .stridesSource: ("IFT 780, slides 70–80", "IFT 780, diapositives 70–80"),
        .filterW: ("filter W", "filtre W"),
        .weight: ("weight", "poids"),
        .stridePanel: ("stride S = {s}", "pas S = {s}"),
        .invalidStride: ("\"combinaison D-F-S invalide\": windows at columns 0 and 3 fit, the next one would start at column "
                            + "6 and need columns 6–8 of a 7-wide image.",
                         "« combinaison D-F-S invalide » : les fenêtres aux colonnes 0 et 3 tiennent, la suivante "
                            + "commencerait à la colonne 6 et demanderait les colonnes 6 à 8 d'une image de largeur 7."),

        .rgbTitle: ("Three channels, three kernels, one bias: 308 + (−498) + 164 + 1 = −25",
                    "Trois canaux, trois noyaux, un biais : 308 + (−498) + 164 + 1 = −25"),
        .rgbCaption: (
            "Each channel of the 5×5 crop, with its one cell of zero padding (grey), is correlated with its own 3×3 "
                + "kernel; the first window of each is outlined and its sum ringed in the channel's map. The three maps and "
                + "the bias add up to one output map (bottom right); its 4×4 top-left block is determined by the crop (the "
                + "last row and column, greyed, need pixels outside it). Blue's first two rows were recovered from the "
                + "figure's public original: read literally, the OCR would give 165 and −24.",
            "Chaque canal de l'extrait 5×5, avec sa case de remplissage par zéros (en gris), est corrélé avec son propre "
                + "noyau 3×3 ; la première fenêtre de chacun est encadrée et sa somme cerclée dans la carte du canal. Les "
                + "trois cartes et le biais s'additionnent en une carte de sortie (en bas à droite) ; son bloc 4×4 en haut "
                + "à gauche est déterminé par l'extrait (la dernière ligne et la dernière colonne, grisées, demandent des "
                + "pixels hors de lui). Les deux premières lignes du bleu viennent de l'original public de la figure : lu "
                + "à la lettre, l'OCR donnerait 165 et −24."),
        .rgbSource: ("deck 002 (\"Apprentissage profond\"), ≈ slide 68", "cours 002 (« Apprentissage profond »), ≈ diapositive 68"),
        .channelPanel: ("channel {c}, padded by one zero cell", "canal {c}, bordé d'une case de zéros"),
        .kernelLabel: ("kernel {c}", "noyau {c}"),
        .channelTimesKernel: ("channel {c} ∗ kernel {c}", "canal {c} ∗ noyau {c}"),
        .outputSum: ("output(0, 0) = R + G + B + bias", "sortie(0, 0) = R + V + B + biais"),
        .rgbParameters: ("Each kernel has 9 weights per channel: one filter of this layer has 3·3·3 + 1 = 28 parameters "
                            + "(m(n·kx·ky + 1) with m = 1, n = 3).",
                         "Chaque noyau a 9 poids par canal : un filtre de cette couche a 3·3·3 + 1 = 28 paramètres "
                            + "(m(n·kx·ky + 1) avec m = 1, n = 3)."),
        .outputMap: ("output map (5×5)", "carte de sortie (5×5)"),

        .laplacian: ("edges (Laplacian)", "bords (laplacien)"),
        .sobelX: ("Sobel x", "Sobel x"),
        .sobelY: ("Sobel y", "Sobel y"),
        .blur: ("blur (Gaussian)", "flou (gaussien)"),
        .sharpen: ("sharpen", "netteté"),
        .digit7: ("digit 7", "chiffre 7"),
        .ankleBoot: ("ankle boot", "bottine"),
        .filtersTitle: ("Classic 3×3 filters on a handwritten digit and a Fashion-MNIST image (one conv2d: 2 images × 5 filters)",
                        "Filtres 3×3 classiques sur un chiffre manuscrit et une image de Fashion-MNIST (une seule conv2d : "
                            + "2 images × 5 filtres)"),
        .filtersCaption: (
            "Left: the inputs (grey levels 0…1). Right: the feature maps, 'same' zero padding, each in the diverging map "
                + "centred on zero and scaled to its own largest |value| (blue negative, red positive). Sobel x answers "
                + "vertical edges with opposite signs on the two sides of a stroke, Sobel y horizontal ones; the Laplacian "
                + "outlines every edge; blur averages; sharpen [0 −1 0; −1 5 −1; 0 −1 0] is the image plus its "
                + "4-neighbour Laplacian (the edge kernel above is the 8-neighbour one). The kernels are above. The dark "
                + "line down the boot's right side is the zero padding: the image touches its border there (chapter 4).",
            "À gauche : les entrées (niveaux de gris 0…1). À droite : les cartes de caractéristiques, remplissage par "
                + "zéros « same », chacune dans l'échelle divergente centrée sur zéro et étalée jusqu'à sa plus grande "
                + "|valeur| (bleu négatif, rouge positif). Sobel x répond aux bords verticaux par des signes opposés des "
                + "deux côtés d'un trait, Sobel y aux bords horizontaux ; le laplacien souligne tous les bords ; le flou "
                + "fait la moyenne ; la netteté [0 −1 0 ; −1 5 −1 ; 0 −1 0] est l'image plus son laplacien à 4 voisins "
                + "(le noyau des bords ci-dessus est celui à 8 voisins). Les noyaux sont au-dessus. La ligne sombre le "
                + "long du côté droit de la bottine est le remplissage par zéros : l'image y touche son bord (chapitre 4)."),
        .filtersSource: ("beyond the slides (MNIST-5k test digit, Fashion-MNIST test image)",
                         "au-delà des diapositives (un chiffre de test de MNIST-5k, une image de test de Fashion-MNIST)"),
        .greyLevel: ("grey level", "niveau de gris"),
        .response: ("response", "réponse"),

        .im2colTitle: ("im2col: each window becomes a column, the filter a row, the convolution one matrix product",
                       "im2col : chaque fenêtre devient une colonne, le filtre une ligne, la convolution un produit matriciel"),
        .im2colCaption: (
            "Row k of the matrix is multiplied by weight Wₖ (labels at the left), column q is the window of output q (Y0, "
                + "Y1, …). Vermilion cells: where the slides print another symbol — column Y2 of slides 156–158 and 162 "
                + "reads X11 X12 X13 in its last three rows and slides 163–164 read X27 X28 X29, but Y2's window starts at "
                + "X4 (row 1) and covers X4–X6, X8–X10, X12–X14, so its last three rows are X12 X13 X14 (X28 X29 X30 in "
                + "the second channel). With Xᵢ = i and Wₖ = k the products equal the direct convolution.",
            "La ligne k de la matrice est multipliée par le poids Wₖ (étiquettes à gauche), la colonne q est la fenêtre "
                + "de la sortie q (Y0, Y1, …). Cases vermillon : là où les diapositives impriment un autre symbole — la "
                + "colonne Y2 des diapositives 156–158 et 162 porte X11 X12 X13 dans ses trois dernières lignes et les "
                + "diapositives 163–164 X27 X28 X29, mais la fenêtre de Y2 commence en X4 (ligne 1) et couvre X4–X6, "
                + "X8–X10, X12–X14 : ses trois dernières lignes sont X12 X13 X14 (X28 X29 X30 dans le second canal). "
                + "Avec Xᵢ = i et Wₖ = k, les produits égalent la convolution directe."),
        .im2colSource: ("IFT 780, slides 147–164", "IFT 780, diapositives 147–164"),
        .onePanel: ("one image, one filter (slides 149–158)", "une image, un filtre (diapositives 149–158)"),
        .input4x4: ("input 4×4", "entrée 4×4"),
        .filter3x3: ("filter 3×3", "filtre 3×3"),
        .batchPanel: ("two images side by side: X16…X31 is the second (slides 159–160)",
                      "deux images côte à côte : X16…X31 est la seconde (diapositives 159–160)"),
        .filtersPanel: ("two filters: a 2×9 filter matrix (slides 161–162)",
                        "deux filtres : une matrice de filtres 2×9 (diapositives 161–162)"),
        .filtersProduct: ("(W0…W8; W9…W17) × matrix = 2 × 4, with Xᵢ = i, Wₖ = k:",
                          "(W0…W8 ; W9…W17) × matrice = 2 × 4, avec Xᵢ = i, Wₖ = k :"),
        .filter1: ("filter 1", "filtre 1"),
        .filter2: ("filter 2", "filtre 2"),
        .channelsPanel: ("two channels: 18 rows (slides 163–164)", "deux canaux : 18 lignes (diapositives 163–164)"),
        .resultLine: ("with Xᵢ = i, Wₖ = k:  Y = {values}", "avec Xᵢ = i, Wₖ = k :  Y = {values}"),

        .forwardRow: ("forward: Y = X ⋆ W", "propagation : Y = X ⋆ W"),
        .weightRow: ("∂L/∂W = X ⋆ ∂L/∂Y: the input correlated with the output's gradient",
                     "∂L/∂W = X ⋆ ∂L/∂Y : l'entrée corrélée avec le gradient de la sortie"),
        .inputRow: ("∂L/∂X = full convolution of ∂L/∂Y with W: ∂L/∂Y padded by k − 1 = 2 zeros, ⋆ the filter turned by 180°",
                    "∂L/∂X = convolution « full » de ∂L/∂Y avec W : ∂L/∂Y bordé de k − 1 = 2 zéros, ⋆ le filtre tourné de 180°"),
        .forwardSum: ("Y[0, 0] = {sum};  the next layer sends back ∂L/∂Y = {gradient}",
                      "Y[0, 0] = {sum} ;  la couche suivante renvoie ∂L/∂Y = {gradient}"),
        .weightSum: ("∂L/∂W[0, 0] = {sum}: W[0, 0] met X[i, j] in output (i, j)",
                     "∂L/∂W[0, 0] = {sum} : W[0, 0] a rencontré X[i, j] dans la sortie (i, j)"),
        .inputSum: ("∂L/∂X[0, 0] = {sum}: X[0, 0] fed only Y[0, 0], through W[0, 0]",
                    "∂L/∂X[0, 0] = {sum} : X[0, 0] n'a nourri que Y[0, 0], par W[0, 0]"),
        .paddedGradient: ("∂L/∂Y padded", "∂L/∂Y bordé"),
        .backwardTitle: ("The convolution's backward pass on numbers: ∂L/∂W = X ⋆ ∂L/∂Y, ∂L/∂X = ∂L/∂Y full-convolved with W",
                         "La rétropropagation de la convolution en chiffres : ∂L/∂W = X ⋆ ∂L/∂Y, ∂L/∂X = ∂L/∂Y convolué "
                            + "« full » avec W"),
        .backwardCaption: (
            "A 4×4 input X, a 3×3 filter W, stride 1, no padding: Y is 2×2. Given ∂L/∂Y, each weight's gradient sums "
                + "∂L/∂Y[i, j] times the input it multiplied in output (i, j) — a correlation of X with ∂L/∂Y, the size of "
                + "W. Each input's gradient sums ∂L/∂Y[i, j] times the weight that carried it to output (i, j) — ∂L/∂Y "
                + "padded with k − 1 zeros and correlated with W turned by 180°, the size of X. Outlined: the window of "
                + "the first value (ringed). The library's backward pass gives these numbers, and the chapter checks them "
                + "against the two formulas.",
            "Une entrée X 4×4, un filtre W 3×3, un pas de 1, sans remplissage : Y est 2×2. Étant donné ∂L/∂Y, le "
                + "gradient de chaque poids somme ∂L/∂Y[i, j] fois l'entrée qu'il a multipliée dans la sortie (i, j) — une "
                + "corrélation de X avec ∂L/∂Y, de la taille de W. Le gradient de chaque entrée somme ∂L/∂Y[i, j] fois le "
                + "poids qui l'a portée vers la sortie (i, j) — ∂L/∂Y bordé de k − 1 zéros et corrélé avec W tourné de "
                + "180°, de la taille de X. Encadrée : la fenêtre de la première valeur (cerclée). La rétropropagation de "
                + "la bibliothèque donne ces nombres, et le chapitre les vérifie avec les deux formules."),
        .backwardSource: ("IFT 780, slides 10–17 (backpropagation; the convolution's case beyond the slides)",
                          "IFT 780, diapositives 10–17 (rétropropagation ; le cas de la convolution va au-delà des diapositives)"),

        .direct: ("direct (the formula as loops)", "directe (la formule en boucles)"),
        .im2col: ("im2col + OpenBLAS", "im2col + OpenBLAS"),
        .vectorized: ("vectorized (SIMD, no matrix)", "vectorisée (SIMD, sans matrice)"),
        .speedCaption: (
            "Each point is an implementation's time for the forward and backward pass of one layer, divided by PyTorch's "
                + "({peer}, the line at 1; below it CNNLab is faster). The direct loops — the formula the tests check "
                + "everything against — are {slowest}; im2col turns the convolution into one matrix product, vectorized "
                + "computes the sum sixteen filters at a time. Fastest CNNLab against PyTorch, ms: {fastest}. Measured "
                + "side by side by make bench on a {machine} ({date}) and recorded with the chapter, so every generation "
                + "draws the same numbers.",
            "Chaque point est le temps d'une implémentation pour la propagation et la rétropropagation d'une couche, "
                + "divisé par celui de PyTorch ({peer}, la ligne à 1 ; en dessous, CNNLab est plus rapide). Les boucles "
                + "directes — la formule contre laquelle les tests vérifient tout — sont {slowest} ; im2col fait de la "
                + "convolution un seul produit matriciel, la version vectorisée calcule la somme seize filtres à la fois. "
                + "Le plus rapide de CNNLab contre PyTorch, en ms : {fastest}. Mesuré côte à côte par make bench sur un "
                + "{machine} ({date}) et enregistré avec le chapitre : chaque génération dessine les mêmes nombres."),
        .slowerBy: ("up to {ratio}× slower ({layer})", "jusqu'à {ratio}× plus lentes ({layer})"),
        .slower: ("slower", "plus lentes"),
        .fastestLayer: ("{layer} {best} ms against {pytorch}", "{layer} {best} ms contre {pytorch}"),
        .speedTitle: ("Direct loops, im2col and vectorized against PyTorch: forward + backward time per layer, one thread",
                      "Boucles directes, im2col et version vectorisée contre PyTorch : temps de propagation + "
                        + "rétropropagation par couche, un thread"),
        .speedSource: ("beyond the slides (IFT 780 slides 147–164 give im2col; the timings are CNNLab's)",
                       "au-delà des diapositives (IFT 780, diapositives 147–164, donne im2col ; les temps sont ceux de CNNLab)"),
        .speedAxis: ("time ÷ PyTorch's (log scale)", "temps ÷ celui de PyTorch (échelle log)"),

        .invalidFraction: ("{fraction} → invalid", "{fraction} → invalide"),
        .sizesTableTitle: ("The output-size rule on every layer the decks size: 31 cases, 5 invalid",
                           "La règle de taille de sortie sur chaque couche que dimensionnent les cours : 31 cas, 5 invalides"),
        .sizesTableCaption: (
            "O = (D − F + 2P)/S + 1, computed by OutputSize. When it is not whole (wine rows) the D-F-S combination is "
                + "invalid and CNNLab's convolution refuses it with that fraction in its message. 224 with AlexNet's 11×11 "
                + "filters at stride 4 gives 217/4 = 54.25 — the deck 002 figure's known inconsistency; 227 gives 55. The "
                + "pooling rows (8/3/2, 7/2/2) need a rounding policy instead (chapter 5).",
            "O = (D − F + 2P)/S + 1, calculé par OutputSize. Quand il n'est pas entier (lignes lie-de-vin), la "
                + "combinaison D-F-S est invalide et la convolution de CNNLab la refuse avec cette fraction dans son "
                + "message. 224 avec les filtres 11×11 d'AlexNet au pas de 4 donne 217/4 = 54,25 — l'incohérence connue de "
                + "la figure du cours 002 ; 227 donne 55. Les lignes de sous-échantillonnage (8/3/2, 7/2/2) demandent "
                + "plutôt une règle d'arrondi (chapitre 5)."),
        .sizesTableSource: ("IFT 780, slides 26–179; deck 002 ≈ slides 70–75; Ranvier, \"Le padding\"",
                            "IFT 780, diapositives 26–179 ; cours 002 ≈ diapositives 70–75 ; Ranvier, « Le padding »"),
        .whereColumn: ("where", "où"),
        .countingTitle: ("Neurons and parameters of the decks' convolution layers",
                         "Neurones et paramètres des couches de convolution des cours"),
        .countingCaption: (
            "Neurons: the values of the output maps, channels × height × width of the output per layer. Parameters: "
                + "m(n·kx·ky + 1) for m filters kx×ky over n channels (FIDLE) — independent of the image size, since every "
                + "position shares the filters. IFT 780 mostly counts the weights without the biases (\"450\", \"4,076\"); "
                + "both are given. The receptive field of three stacked 3×3 layers is measured by carrying one output's "
                + "gradient back.",
            "Neurones : les valeurs des cartes de sortie, canaux × hauteur × largeur de la sortie de chaque couche. "
                + "Paramètres : m(n·kx·ky + 1) pour m filtres kx×ky sur n canaux (FIDLE) — indépendant de la taille de "
                + "l'image, puisque toutes les positions partagent les filtres. IFT 780 compte le plus souvent les poids "
                + "sans les biais (« 450 », « 4,076 ») ; les deux sont donnés. Le champ réceptif de trois couches 3×3 "
                + "empilées est mesuré en rétropropageant le gradient d'une sortie."),
        .countingSource: ("IFT 780, slides 65–67, 85–115, 138, 184–186; deck 002 ≈ slide 70; FIDLE",
                          "IFT 780, diapositives 65–67, 85–115, 138, 184–186 ; cours 002 ≈ diapositive 70 ; FIDLE"),
        .layers: ("layer(s)", "couche(s)"),
        .outputMaps: ("output maps", "cartes de sortie"),
        .neurons: ("neurons", "neurones"),
        .weights: ("weights", "poids"),
        .withBiases: ("with biases", "avec biais"),
        .testID: ("test id", "id du test"),
        .versus: ("{a} vs {b}", "{a} contre {b}"),
        .signalLayer: ("1D: 100 inputs, 5 filters of 5, 'same'", "1D : 100 entrées, 5 filtres de 5, « same »"),
        .denseLayer: ("dense 784 → 10 = 10 filters 28×28", "dense 784 → 10 = 10 filtres 28×28"),
        .blockLayer: ("8×8×4 block, 4 filters 8×8 = FC 256 → 4", "bloc 8×8×4, 4 filtres 8×8 = FC 256 → 4"),
        .stackLayer: ("three 3×3 (C = 64) vs one 7×7: both see {field}", "trois 3×3 (C = 64) contre un 7×7 : tous deux voient {field}"),
        .errataTitle: ("Where the slides and the computation disagree", "Là où les diapositives et le calcul divergent"),
        .errataCaption: (
            "Slide errata: the tests assert the computed value and keep the slide's as a documented erratum. OCR damage: "
                + "the text lost signs, digits or cells; the recovered input reproduces every printed value.",
            "Errata des diapositives : les tests vérifient la valeur calculée et gardent celle de la diapositive comme "
                + "erratum documenté. Dégâts d'OCR : le texte a perdu des signes, des chiffres ou des cases ; l'entrée "
                + "reconstituée redonne toutes les valeurs imprimées."),
        .errataSource: ("IFT 780, slides 31, 132–133, 156–164; deck 002 ≈ slide 68",
                        "IFT 780, diapositives 31, 132–133, 156–164 ; cours 002 ≈ diapositive 68"),
        .slideSays: ("the slide says", "la diapositive dit"),
        .cnnlabComputes: ("CNNLab computes", "CNNLab calcule"),
    ])

    /// Keys whose text is the same in both languages: names and symbols.
    static let sameInBothLanguages: Set<Text> = [.sobelX, .sobelY, .im2col]

    /// The counting table's set-ups in French, by example id (the English ones are the examples' data).
    static let frenchSetups: [String: String] = [
        "ift780-2d-same-5filters": "100×100 en gris, 5 filtres 5×5, « same »",
        "ift780-valid-6filters-100x100": "100×100 en gris, 6 filtres 5×5, « valid »",
        "ift780-cifar-same-6filters": "32×32×3, 6 filtres 5×5×3, « same »",
        "ift780-cifar-stride3": "32×32×3, 6 filtres 5×5×3, pas de 3, « valid »",
        "ift780-10filters-5x5x3": "32×32×3, 10 filtres 5×5×3, « valid »",
        "ift780-3layer-same": "32×32×3 → 3 × 7×7 → 5 × 9×9 → 4 × 11×11, « same »",
        "ift780-3layer-valid": "le même réseau, « valid »",
        "002-conv-32-to-28": "32×32×3, 6 filtres 5×5",
    ]

    /// The French texts of the examples the errata page shows (the slides' own words stay as printed).
    static let examples = FrenchExamples([
        "ift780-1d-d5-f3": .init(computed: "termes 1 4 −9, 2 −6 12, −3 8 −15 ; sorties −4 8 −10",
                                 explanation: "1+4−9 (l'OCR a perdu le moins) et −4 dans la deuxième image",
                                 printed: "sommes partielles 1+4+9, 2−6+12, −3+8−15 ; sorties −4 / 4 8 / −4 8 −10"),
        "ift780-1d-f9-fully-connected": .init(
            computed: "8 − 15 + 28 − 40 + 54 − 7 + 16 + 27 − 4 = 67",
            explanation: "40·.2 + 50·(−.3) + 70·.4 + 80·(−.5) + 90·.6 + 10·(−.7) + 20·.8 + 30·.9 + 40·(−.1) = 67 ; aucune "
                + "erreur de signe ou de chiffre due à l'OCR ne donne 31 (prolonger l'alternance des signes, [… .8, −.9, "
                + ".1], donne 21 ; le noyau retourné 97)"),
        "multichannel-rgb-bias": .init(
            computed: "308, −498, 164 ; −25 ; et le bloc 4×4 en haut à gauche que détermine l'extrait",
            explanation: "les deux premières lignes du bleu (l'OCR n'a gardé que leurs trois dernières valeurs) ; lues "
                + "à la lettre, elles donneraient 165 et −24"),
        "ift780-im2col-4x4-3x3": .init(
            computed: "X12, X13, X14 ; avec Xi = i, Wk = k : Y = 258 294 402 438, les valeurs de la convolution directe",
            explanation: "la fenêtre de Y2 commence en X4 (ligne 1, colonne 0) et couvre X4–X6, X8–X10, X12–X14 : sa "
                + "dernière ligne est X12 X13 X14, comme le dit l'équation de Y2 de la diapositive elle-même "
                + "(diapositive 152) ; les diapositives 156, 157, 158 et 162 décalent les trois cases d'une position",
            printed: "colonne Y2, lignes 6–8 : X11, X12, X13"),
        "ift780-im2col-2channels": .init(
            computed: nil,
            explanation: "le même décalage d'une case dans la colonne Y2 qu'aux diapositives 156–158, cette fois dans "
                + "le second canal (lignes 15–17 : X28, X29, X30) ; la ligne des filtres montre aussi « (...) » à la "
                + "place de W4",
            printed: "dernières lignes X22 X23 X26 X27 / X24 X25 X27 X29 / X25 X26 X28 X30 / X26 X27 X29 X31"),
    ])
}
