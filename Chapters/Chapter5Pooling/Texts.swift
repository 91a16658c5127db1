import Chapters
import NeuralNet
import Plot

/// Chapter 5's text catalogue: every sentence and label of its report, in English and in French
/// (the decks' words: sous-échantillonnage (pooling) max et moyen, fenêtre, pas, carte de
/// caractéristiques, ReLU, vote). The figures pass the computed numbers as arguments.
enum Text: String, CatalogueKey {
    case title, subtitle
    // Figure 1: tables.
    case tableLabel, ceil, noteYellow, noteFloor, noteCeil, noteOverlap, tablesTitle, tablesCaption, tablesSource
    case max, mean
    // Figure 2: backward.
    case backwardTitle, backwardCaption, backwardSource, poolingPanel, givenGradient
    // Figure 3: X/O.
    case xImage, shiftedX, deformedX, oImage, xoTitle, xoCaption, xoSource, imagePanel, topLeftSum
    case filteredRow, reluRow, pooledRow, signedBar, positiveBar, diagonalBack, cross, diagonalForward
    case image, filtered, pooled4x4, stacked, votes
    // Figure 4: a digit.
    case verticalEdge, horizontalEdge, diagonalUp, diagonalDown, maxPooled13, meanPooled13, filterReLU
    case digitTitle, digitCaption, digitSource, digitPanel, greyLevel, filtersPanel, weight, response
    // Figure 5: tolerance.
    case toleranceTitle, toleranceCaption, toleranceSource, digitsPanel, mapsPanel, input, maxPooled, meanPooled
    case shiftAxis, changeAxis
    // Figure 6: errata.
    case errataTitle, errataCaption, errataSource, voteNote, policyNote

    static let catalogue = Catalogue<Text>([
        .title: ("Pooling and ReLU", "Le sous-échantillonnage (pooling) et ReLU"),
        .subtitle: ("max and mean pooling, ReLU, Rohrer's X/O network — IFT 780 slides 141–144, Pasco slides 13–30",
                    "sous-échantillonnage max et moyen, ReLU, le réseau X/O de Rohrer — IFT 780 diapositives 141–144, "
                        + "Pasco diapositives 13–30"),

        .tableLabel: ("{kind} {size}×{size}, stride {stride}", "{kind} {size}×{size}, pas {stride}"),
        .ceil: (", ceil", ", arrondi supérieur"),
        .max: ("max", "max"),
        .mean: ("mean", "moyen"),
        .noteYellow: ("{size}. Yellow: the slide prints {printed} (see errata).",
                      "{size}. En jaune : la diapositive imprime {printed} (voir les errata)."),
        .noteFloor: ("{size} → {count} (floor). Grey cells: never read.",
                     "{size} → {count} (arrondi inf.). Cases grises : jamais lues."),
        .noteCeil: ("{size} → {count} (ceil). Outlined: the first window and the last, partial one (dashed).",
                    "{size} → {count} (arrondi sup.) ; en tirets : la dernière fenêtre, partielle."),
        .noteOverlap: ("{size}: overlapping windows; the first is outlined.",
                       "{size} : fenêtres qui se chevauchent ; la première est encadrée."),
        .tablesTitle: ("Max and mean pooling on the slides' tables",
                       "Sous-échantillonnage max et moyen sur les tableaux des diapositives"),
        .tablesCaption: (
            "Left: the input with the pooling windows outlined (grey) and, for max pooling, the winning cells ringed — the "
                + "first maximum in row-major order when several tie. Right: the result; the cell outlined is the first "
                + "window's. The 3×3 stride-2 windows do not tile 8 cells, (8 − 3)/2 + 1 = 3.5: floor keeps 3 whole "
                + "windows, ceil adds a partial fourth. Mean pooling: four printed cells differ from the table's means "
                + "(yellow: the slide is ambiguous there). Each panel names its slide; the small grey id names its test.",
            "À gauche : l'entrée avec les fenêtres de sous-échantillonnage encadrées (en gris) et, pour le max, les "
                + "cases gagnantes cerclées — le premier maximum dans l'ordre des lignes en cas d'égalité. À droite : le "
                + "résultat ; la case encadrée est celle de la première fenêtre. Les fenêtres 3×3 au pas de 2 ne pavent "
                + "pas 8 cases, (8 − 3)/2 + 1 = 3,5 : l'arrondi inférieur garde 3 fenêtres entières, l'arrondi supérieur "
                + "ajoute une quatrième, partielle. Sous-échantillonnage moyen : quatre cases imprimées diffèrent des "
                + "moyennes du tableau (en jaune : la diapositive y est ambiguë). Chaque panneau nomme sa diapositive ; "
                + "le petit identifiant gris nomme son test."),
        .tablesSource: ("IFT 780, slides 141–144; Apprentissage profond, ≈ slides 71–72 (catalogue §8)",
                        "IFT 780, diapositives 141–144 ; Apprentissage profond, ≈ diapositives 71–72 (catalogue §8)"),

        .backwardTitle: ("Pooling's backward pass: max sends each gradient to its window's winner, mean spreads it as 1/k²",
                         "La rétropropagation du sous-échantillonnage : le max envoie chaque gradient au gagnant de sa "
                            + "fenêtre, la moyenne le répartit en 1/k²"),
        .backwardCaption: (
            "2×2 pooling, stride 2, on the top-left 4×4 block of slide 141's table (windows outlined in grey). Given "
                + "∂L/∂y from the next layer, max pooling hands each value to the one cell that won its window (ringed; "
                + "the others get 0: they did not change y), and mean pooling gives each of the window's k² = 4 cells a "
                + "quarter of it (∂y/∂x = 1/4). Pooling has no weights: this is the whole backward pass.",
            "Sous-échantillonnage 2×2, pas de 2, sur le bloc 4×4 en haut à gauche du tableau de la diapositive 141 "
                + "(fenêtres encadrées en gris). Étant donné ∂L/∂y venu de la couche suivante, le max transmet chaque "
                + "valeur à la seule case qui a gagné sa fenêtre (cerclée ; les autres reçoivent 0 : elles n'ont pas "
                + "changé y), et la moyenne donne à chacune des k² = 4 cases de la fenêtre un quart de la valeur "
                + "(∂y/∂x = 1/4). Le sous-échantillonnage n'a pas de poids : c'est toute la rétropropagation."),
        .backwardSource: ("IFT 780, slides 141–142 (the forward pass); the backward pass beyond the slides (cs231n, DLFS)",
                          "IFT 780, diapositives 141–142 (la propagation) ; la rétropropagation au-delà des diapositives "
                            + "(cs231n, DLFS)"),
        .poolingPanel: ("{kind} pooling", "sous-échantillonnage {kind}"),
        .givenGradient: ("∂L/∂y (given)", "∂L/∂y (donné)"),

        .xImage: ("X", "X"),
        .shiftedX: ("X moved 1 px right", "X décalé d'1 px"),
        .deformedX: ("deformed X", "X déformé"),
        .oImage: ("O", "O"),
        .xoTitle: ("Rohrer's X/O network: filter, ReLU, pool, stack, vote",
                   "Le réseau X/O de Rohrer : filtrer, ReLU, sous-échantillonner, empiler, voter"),
        .xoCaption: (
            "Top: the X (±1) and the three features; each filtered value is the window's sum of products divided by 9 — "
                + "the top-left one with feature \\ is (1 + 3 + 3)/9 = {sum}/9, which the slides print truncated, "
                + "{truncated} (as every number here). ReLU sets the negatives to 0; 2×2 max pooling with stride 2 keeps "
                + "the partial windows of the last row and column (dashed), 7 → 4; the ringed cells win. Bottom: four "
                + "images through the network. The vote for a class is the cosine between the image's 48 stacked pooled "
                + "values and the class prototype's (the weights are the prototypes' pooled maps, normalised): moving the "
                + "X by a pixel or bending two arm ends lowers its X vote but it still wins.",
            "En haut : le X (±1) et les trois caractéristiques ; chaque valeur filtrée est la somme des produits de la "
                + "fenêtre divisée par 9 — celle du coin en haut à gauche avec la caractéristique \\ vaut "
                + "(1 + 3 + 3)/9 = {sum}/9, que les diapositives impriment tronquée, {truncated} (comme tous les nombres "
                + "ici). ReLU met les négatifs à 0 ; le sous-échantillonnage max 2×2 au pas de 2 garde les fenêtres "
                + "partielles de la dernière ligne et de la dernière colonne (tirets), 7 → 4 ; les cases cerclées gagnent. "
                + "En bas : quatre images à travers le réseau. Le vote pour une classe est le cosinus entre les 48 valeurs "
                + "sous-échantillonnées empilées de l'image et celles du prototype de la classe (les poids sont les cartes "
                + "sous-échantillonnées des prototypes, normalisées) : décaler le X d'un pixel ou plier deux bouts de bras "
                + "baisse son vote X, mais il gagne encore."),
        .xoSource: ("Pasco, slides 13–30, after Brandon Rohrer's \"How CNNs work\" (catalogue §9); the vote's weights are CNNLab's",
                    "Pasco, diapositives 13–30, d'après « How CNNs work » de Brandon Rohrer (catalogue §9) ; les poids du "
                        + "vote sont ceux de CNNLab"),
        .imagePanel: ("the image (window of the first filtered value outlined) and the three features",
                      "l'image (fenêtre de la première valeur filtrée encadrée) et les trois caractéristiques"),
        .topLeftSum: ("Top-left window × feature \\, row by row: {terms} = {sum}; divided by the 9 cells: {sum}/9 = 0.777…, printed 0.77.",
                      "Fenêtre du coin × caractéristique \\, ligne par ligne : {terms} = {sum} ; divisé par les 9 cases : "
                        + "{sum}/9 = 0,777…, imprimé 0,77."),
        .filteredRow: ("filtered = (image ∗ feature)/9, valid, stride 1 → 7×7",
                       "filtré = (image ∗ caractéristique)/9, valid, pas de 1 → 7×7"),
        .reluRow: ("ReLU: max(0, ·); then 2×2 max pooling windows, stride 2 (dashed: partial edge windows)",
                   "ReLU : max(0, ·) ; puis les fenêtres du max 2×2, pas de 2 (tirets : fenêtres partielles du bord)"),
        .pooledRow: ("max-pooled: (7 − 2)/2 + 1 = 3.5 → 4 with partial windows kept",
                     "après le max : (7 − 2)/2 + 1 = 3,5 → 4 en gardant les fenêtres partielles"),
        .signedBar: ("image, features, filtered", "image, caractéristiques, filtré"),
        .positiveBar: ("ReLU, pooled", "ReLU, sous-échantillonné"),
        .diagonalBack: ("\\ diagonal", "\\ diagonale"),
        .cross: ("x cross", "x croix"),
        .diagonalForward: ("/ diagonal", "/ diagonale"),
        .image: ("image", "image"),
        .filtered: ("filtered (÷9)", "filtré (÷9)"),
        .pooled4x4: ("pooled 4×4", "réduit 4×4"),
        .stacked: ("stacked (48)", "empilé (48)"),
        .votes: ("votes", "votes"),

        .verticalEdge: ("vertical edge (→)", "bord vertical (→)"),
        .horizontalEdge: ("horizontal edge (↓)", "bord horizontal (↓)"),
        .diagonalUp: ("diagonal edge (↗)", "bord diagonal (↗)"),
        .diagonalDown: ("diagonal edge (↘)", "bord diagonal (↘)"),
        .maxPooled13: ("max-pooled 13×13", "max 13×13"),
        .meanPooled13: ("mean-pooled 13×13", "moyenne 13×13"),
        .filterReLU: ("{filter}, ReLU", "{filter}, ReLU"),
        .digitTitle: ("Pooling a real digit's feature maps: 2×2 max and mean",
                      "Sous-échantillonner les cartes de caractéristiques d'un vrai chiffre : max et moyenne 2×2"),
        .digitCaption: (
            "A test digit {label} of MNIST-5k (left) filtered by four 3×3 edge filters and rectified (top row, 26×26), then "
                + "pooled 2×2 with stride 2: max pooling (middle) keeps each block's strongest response, so the strokes "
                + "stay sharp at half the resolution; mean pooling (bottom) averages them with the empty cells around and "
                + "blurs them. One colour scale for all twelve maps.",
            "Un chiffre de test {label} de MNIST-5k (à gauche) filtré par quatre filtres de bords 3×3 et rectifié (ligne "
                + "du haut, 26×26), puis sous-échantillonné 2×2 au pas de 2 : le max (au milieu) garde la réponse la plus "
                + "forte de chaque bloc, et les traits restent nets à demi-résolution ; la moyenne (en bas) les mélange "
                + "aux cases vides voisines et les floute. Une seule échelle de couleurs pour les douze cartes."),
        .digitSource: ("IFT 780, slides 141–142 (max and mean pooling); Pasco slides 22–23; beyond the slides: the digit",
                       "IFT 780, diapositives 141–142 (max et moyenne) ; Pasco diapositives 22–23 ; au-delà des "
                        + "diapositives : le chiffre"),
        .digitPanel: ("test digit {label}, 28×28", "chiffre de test {label}, 28×28"),
        .greyLevel: ("grey level", "niveau de gris"),
        .filtersPanel: ("the filters: brighter toward the arrow", "les filtres : plus clairs vers la flèche"),
        .weight: ("weight", "poids"),
        .response: ("response (≥ 0 after ReLU)", "réponse (≥ 0 après ReLU)"),

        .toleranceTitle: ("What pooling tolerates: change of the map against the shift of the digit",
                          "Ce que tolère le sous-échantillonnage : variation de la carte selon le décalage du chiffre"),
        .toleranceCaption: (
            "Relative change ‖m(shifted) − m(x)‖/‖m(x)‖ averaged over {count} test digits ({each} of each), moved d pixels "
                + "to the right (circularly). A one-pixel move changes the digit by {input} but its 2×2 max-pooled map by "
                + "{max} (× {maxRatio}) and its mean-pooled map by {mean}; on the rectified feature maps the ratios are "
                + "× {mapMax} (max) and × {mapMean} (mean). The tolerance is for moves smaller than the window: from d = 2 "
                + "the pooled map itself moves by a cell. The tests check the one-pixel relation on seeded random images.",
            "Variation relative ‖m(décalé) − m(x)‖/‖m(x)‖ moyennée sur {count} chiffres de test ({each} de chaque), "
                + "décalés de d pixels vers la droite (circulairement). Un décalage d'un pixel change le chiffre de "
                + "{input}, mais sa carte réduite par le max 2×2 de {max} (× {maxRatio}) et sa carte réduite par la "
                + "moyenne de {mean} ; sur les cartes de caractéristiques rectifiées, les rapports sont × {mapMax} (max) "
                + "et × {mapMean} (moyenne). La tolérance vaut pour des décalages plus petits que la fenêtre : dès d = 2, "
                + "la carte réduite elle-même se décale d'une case. Les tests vérifient la relation à un pixel sur des "
                + "images aléatoires tirées avec une graine."),
        .toleranceSource: ("IFT 780, slides 141–144 and Pasco slide 23 (why pool); the measurement is beyond the slides",
                           "IFT 780, diapositives 141–144 et Pasco diapositive 23 (pourquoi sous-échantillonner) ; la "
                            + "mesure va au-delà des diapositives"),
        .digitsPanel: ("the digits (pixels)", "les chiffres (pixels)"),
        .mapsPanel: ("their four rectified feature maps", "leurs quatre cartes de caractéristiques rectifiées"),
        .input: ("input", "entrée"),
        .maxPooled: ("2×2 max-pooled", "max 2×2"),
        .meanPooled: ("2×2 mean-pooled", "moyenne 2×2"),
        .shiftAxis: ("shift d (pixels)", "décalage d (pixels)"),
        .changeAxis: ("relative change of the map", "variation relative de la carte"),

        .errataTitle: ("Errata: the pooling and X/O slides against the computation",
                       "Errata : les diapositives sur le sous-échantillonnage et le X/O face au calcul"),
        .errataCaption: (
            "Yellow rows are ambiguous on the slide: the mean-pooling table has four cells that cannot come from its input "
                + "(the tests assert the computed means), and slide 144's 3×3 stride-2 pooling of an 8×8 table breaks the "
                + "deck's own size rule (both roundings are computed). OCR damage was recovered as noted; every other "
                + "value matches the slides.",
            "Les lignes jaunes sont ambiguës sur la diapositive : le tableau de la moyenne a quatre cases qui ne peuvent "
                + "pas venir de son entrée (les tests vérifient les moyennes calculées), et le max 3×3 au pas de 2 d'un "
                + "tableau 8×8 de la diapositive 144 enfreint la règle de taille du cours lui-même (les deux arrondis sont "
                + "calculés). Les dégâts d'OCR ont été réparés comme indiqué ; toutes les autres valeurs correspondent "
                + "aux diapositives."),
        .errataSource: ("IFT 780, slides 141–144; Apprentissage profond ≈ 71–72; FIDLE; Pasco, slides 13–41 (catalogue §8, §9, §15)",
                        "IFT 780, diapositives 141–144 ; Apprentissage profond ≈ 71–72 ; FIDLE ; Pasco, diapositives "
                            + "13–41 (catalogue §8, §9, §15)"),
        .voteNote: (
            "The vote of the X/O network (Pasco slides 28–30) uses learned weights the deck does not give; CNNLab's are the "
                + "prototypes' normalised pooled maps (a cosine), so its votes are CNNLab's, not the slides'.",
            "Le vote du réseau X/O (Pasco, diapositives 28–30) utilise des poids appris que le cours ne donne pas ; ceux "
                + "de CNNLab sont les cartes sous-échantillonnées normalisées des prototypes (un cosinus) : ses votes "
                + "sont ceux de CNNLab, pas ceux des diapositives."),
        .policyNote: (
            "Pooling policy: windows that do not tile are dropped by default (floor, Keras/PyTorch); the X/O pipeline keeps "
                + "them (ceil, 7 → 4), as Rohrer's figures do.",
            "Règle de sous-échantillonnage : les fenêtres qui ne pavent pas sont abandonnées par défaut (arrondi "
                + "inférieur, Keras/PyTorch) ; la chaîne X/O les garde (arrondi supérieur, 7 → 4), comme les figures de "
                + "Rohrer."),
    ])

    static let sameInBothLanguages: Set<Text> = [.max, .xImage, .oImage, .filterReLU, .image, .votes]

    /// The French texts of the chapter's worked examples (the slides' own numbers stay as printed).
    static let examples = FrenchExamples([
        "ift780-maxpool-2x2-s2": .init(computed: "les mêmes"),
        "ift780-meanpool-2x2-s2": .init(
            computed: nil,
            explanation: "12 cases correspondent ; 4 ne peuvent pas venir du tableau que montre la même diapositive : "
                + "(0,2) (9 + 3 − 3 − 3)/4 = 1.5 imprimé 3, (0,3) (1 + 2 + 6 + 3)/4 = 3 imprimé 4, (2,1) "
                + "(1 + 2 + 3 + 6)/4 = 3 imprimé 8 (une confusion 3/8 de l'OCR ?), (3,3) (−1 − 1 + 4 − 2)/4 = 0 imprimé "
                + "1 ; le max du même tableau correspond partout : les valeurs calculées sont vérifiées"),
        "ift780-maxpool-2x2-s1": .init(computed: nil, printed: "seulement dans l'image"),
        "ift780-maxpool-3x3-s2": .init(
            computed: nil,
            explanation: "(8 − 3)/2 + 1 = 3.5 est invalide selon la règle du cours lui-même (diapositives 59, 80) ; seule "
                + "l'image montre quelles fenêtres la diapositive garde : CNNLab calcule les deux, floor garde les "
                + "fenêtres entières (Keras, PyTorch ; le défaut), ceil ajoute des fenêtres partielles à droite et en "
                + "bas (Caffe)",
            printed: "seulement dans l'image"),
        "002-maxpool-4x4": .init(
            computed: nil,
            explanation: "le tableau classique de cs231n 1 1 2 4 / 5 6 7 8 / 3 2 1 0 / 1 2 3 4, auquel tous les fragments "
                + "correspondent",
            printed: "brouillé par l'OCR (« 1112 | 4 », « 3|21 0 3|4 »)"),
        "fidle-pool-default-stride": .init(computed: "6×6 → 3×3 avec pas = fenêtre = 2",
                                           printed: "une image deux fois plus petite"),
        "xo-image-and-features": .init(computed: "le X standard de Rohrer (13 pixels à +1) et les caractéristiques \\, x, /",
                                       printed: "images"),
        "xo-top-left-0.77": .init(computed: "1 + 3 + 3 = 7 → 7/9 = 0.777…, imprimé 0.77",
                                  explanation: "le dernier terme de la troisième ligne est 1·1, sinon cette ligne fait 1",
                                  printed: "sommes des lignes 1, 3, 3 → 7/9 = 0,77"),
        "xo-conv-feature1": .init(computed: "la carte 7×7 des neuvièmes", printed: "des fragments de la carte 7×7"),
        "xo-conv-feature2": .init(computed: "la carte 7×7 des neuvièmes", printed: "image"),
        "xo-conv-feature3": .init(computed: "la carte de la caractéristique 1 en miroir gauche–droite", printed: "image"),
        "xo-relu": .init(computed: "les mêmes", printed: "négatifs mis à 0 ; ligne 0 : 0.77 0 0.11 0.33 0.55 0 0.33"),
        "xo-maxpool-2x2-s2": .init(computed: "cartes 4×4 : fenêtres 2×2, pas de 2, fenêtres partielles du bord gardées (7 → 4)",
                                   printed: "image (« maximum »)"),
        "pasco-gorner-rgb-kernels": .init(computed: "48 poids par noyau, 96 pour deux (+2 biais)"),
    ])
}
