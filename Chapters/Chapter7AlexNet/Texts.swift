import Chapters
import NeuralNet
import Plot

/// Chapter 7's text catalogue: every sentence and label of its report, in English and in French
/// (IFT 780's words: couche, carte d'activation, pleinement connectée, champ récepteur,
/// paramètres, neurones, mémoire, Mo). The figures pass the computed numbers as arguments.
enum Text: String, CatalogueKey {
    case title, subtitle
    // Layer descriptions (NeuralNet's `LayerSpec.label` is English: the report translates it here).
    case rgbImage, inputLayer, total, convLabel, groupsLabel, maxLabel, meanLabel, normLabel, batchNormLabel, flattenLabel
    case denseLabel, params
    // Figure 1: diagram.
    case diagramTitle, diagramCaption, diagramSource
    // Figure 2: volumes.
    case volumesTitle, volumesCaption, volumesSource
    // Figure 3: AlexNet's table.
    case layer, configuration, output, neurons, weights, plusBiases, twoGPUs, tableNote, tableTitle, tableCaption, tableSource
    // Figure 4: VGG16.
    case parameters, megabyte, neuronMB, parameterMB, quantity, slides192, computed, neuronMemory, parameterMemory, forwardPass
    case withBackpropagation, vggTitle, vggCaption, vggSource
    // Figure 5: parameters against neurons.
    case budgetShare, budgetTitle, budgetCaption, budgetSource, shareAxis
    // Figure 6: receptive field.
    case strideOne, strideTwo, layersStacked, fieldAxis, stackedSeries, oneLayerSeries, layersStackedL, weightsAxis
    case fieldTitle, fieldCaption, fieldSource, fieldPanel, weightsPanel
    // Figure 7: receptive field as grids.
    case gridLayer3, gridLayer2, gridLayer1, gridInput, gridTitle, gridCaption, gridSource, pathsBar
    // Figure 8: errata.
    case errataTitle, errataCaption, errataSource, ranvierNote, inputNote

    static let catalogue = Catalogue<Text>([
        .title: ("AlexNet and VGG16 shapes", "Les formes d'AlexNet et de VGG16"),
        .subtitle: ("shapes, parameters, neurons, memory and receptive fields — IFT 780 slides 166–193, Apprentissage profond ≈ slides 74–77",
                    "formes, paramètres, neurones, mémoire et champs récepteurs — IFT 780 diapositives 166–193, "
                        + "Apprentissage profond ≈ diapositives 74–77"),

        .rgbImage: ("RGB image", "image RVB"),
        .inputLayer: ("input", "entrée"),
        .total: ("total", "total"),
        .convLabel: ("{filters} × {kernel}×{kernel}, S={stride}, P={padding}", "{filters} × {kernel}×{kernel}, S={stride}, P={padding}"),
        .groupsLabel: (", {groups} groups", ", {groups} groupes"),
        .maxLabel: ("max {size}×{size}, S={stride}", "max {size}×{size}, S={stride}"),
        .meanLabel: ("mean {size}×{size}, S={stride}", "moyen {size}×{size}, S={stride}"),
        .normLabel: ("normalisation", "normalisation"),
        .batchNormLabel: ("batch norm", "normalisation par lot"),
        .flattenLabel: ("flatten", "aplatissement"),
        .denseLabel: ("dense {n}", "pleinement connectée {n}"),
        .params: (" · {count} params", " · {count} param."),

        .diagramTitle: ("AlexNet layer by layer: 227×227×3 → 1000 scores, {total} parameters",
                        "AlexNet couche par couche : 227×227×3 → 1000 scores, {total} paramètres"),
        .diagramCaption: (
            "Each box gives the layer's output H×W×C and its parameters, computed by the chapter's shape calculator "
                + "(O = (D − F + 2P)/S + 1, m(n·k·k + 1), n(m + 1)). CONV1, outlined, is the slides' worked layer: "
                + "(227 − 11)/4 + 1 = 55 and 11·11·3·96 = 34,848 weights. The pools and NORM layers have no parameters.",
            "Chaque boîte donne la sortie H×W×C de la couche et ses paramètres, calculés par le calculateur de formes du "
                + "chapitre (O = (D − F + 2P)/S + 1, m(n·k·k + 1), n(m + 1)). CONV1, encadrée, est la couche que les "
                + "diapositives détaillent : (227 − 11)/4 + 1 = 55 et 11·11·3·96 = 34 848 poids. Les couches de "
                + "sous-échantillonnage et NORM n'ont pas de paramètres."),
        .diagramSource: ("IFT 780, slides 172–179; Apprentissage profond ≈ slides 75–76",
                         "IFT 780, diapositives 172–179 ; Apprentissage profond ≈ diapositives 75–76"),

        .volumesTitle: ("AlexNet's volumes to scale: the image shrinks from 227 to 6 pixels while its depth grows to 384, then 4,096",
                        "Les volumes d'AlexNet à l'échelle : l'image passe de 227 à 6 pixels pendant que sa profondeur monte à "
                            + "384, puis 4 096"),
        .volumesCaption: (
            "Each box is a layer's output for one image: its front face is H×W at {pixel} pt per pixel, its depth C at "
                + "{channel} pt per channel, drawn at 45° — the same two scales for every layer. The input ({input}) is a "
                + "wide, thin slab; the convolutions (blue) and pools (green) trade width for depth; the dense layers "
                + "(purple) are 1×1 columns {depth} deep. The NORM layers keep their pool's volume and are left out.",
            "Chaque boîte est la sortie d'une couche pour une image : sa face avant est H×W à {pixel} pt par pixel, sa "
                + "profondeur C à {channel} pt par canal, tracée à 45° — les deux mêmes échelles pour toutes les couches. "
                + "L'entrée ({input}) est une dalle large et mince ; les convolutions (en bleu) et les sous-échantillonnages "
                + "(en vert) échangent la largeur contre la profondeur ; les couches pleinement connectées (en violet) sont "
                + "des colonnes 1×1 de profondeur {depth}. Les couches NORM gardent le volume de leur sous-échantillonnage "
                + "et ne sont pas dessinées."),
        .volumesSource: ("IFT 780, slides 172–179 (the shapes; drawn to scale beyond the slides)",
                         "IFT 780, diapositives 172–179 (les formes ; le dessin à l'échelle au-delà des diapositives)"),

        .layer: ("layer", "couche"),
        .configuration: ("configuration", "configuration"),
        .output: ("output", "sortie"),
        .neurons: ("neurons", "neurones"),
        .weights: ("weights", "poids"),
        .plusBiases: ("+ biases", "+ biais"),
        .twoGPUs: ("two GPUs", "deux GPU"),
        .tableNote: (
            "Slide 180 says \"~68 millions de paramètres\": neither reading of the table gives it — {full} when every "
                + "filter sees all input channels (as slide 179 tables it), {twoGPU} with the paper's two-GPU groups (CONV2, "
                + "CONV4, CONV5 see half the channels). \"~60M\" is the usual figure: the 68 is an OCR 0 → 8 slip or a rough number.",
            "La diapositive 180 dit « ~68 millions de paramètres » : aucune lecture du tableau ne le donne — {full} quand "
                + "chaque filtre voit tous les canaux d'entrée (comme le tableau de la diapositive 179), {twoGPU} avec les "
                + "groupes à deux GPU de l'article (CONV2, CONV4, CONV5 voient la moitié des canaux). « ~60M » est le "
                + "nombre habituel : le 68 est un glissement d'OCR 0 → 8 ou un arrondi grossier."),
        .tableTitle: ("Slide 179's AlexNet table, computed: {full} M parameters ({twoGPU} M on two GPUs), not 68 M",
                      "Le tableau d'AlexNet de la diapositive 179, calculé : {full} M paramètres ({twoGPU} M sur deux GPU), "
                        + "pas 68 M"),
        .tableCaption: (
            "Weights and weights + biases per layer, as slide 179 lists them; every value equals the slide's. FC6 alone "
                + "holds {share}% of the parameters; the five convolutions hold {convolutions}. The last column counts the "
                + "two-GPU variant; the orange row is the total.",
            "Poids et poids + biais par couche, comme la diapositive 179 les énumère ; chaque valeur est celle de la "
                + "diapositive. FC6 seule porte {share} % des paramètres ; les cinq convolutions en portent {convolutions}. "
                + "La dernière colonne compte la variante à deux GPU ; la ligne orange est le total."),
        .tableSource: ("IFT 780, slides 172–180", "IFT 780, diapositives 172–180"),

        .parameters: ("parameters", "paramètres"),
        .megabyte: ("MB", "Mo"),
        .neuronMB: ("neuron MB", "Mo neurones"),
        .parameterMB: ("parameter MB", "Mo paramètres"),
        .quantity: ("quantity", "quantité"),
        .slides192: ("slides 192–193", "diapositives 192–193"),
        .computed: ("computed", "calculé"),
        .neuronMemory: ("neuron memory (4 B)", "mémoire des neurones (4 o)"),
        .parameterMemory: ("parameter memory (4 B)", "mémoire des paramètres (4 o)"),
        .forwardPass: ("forward pass, 1 image", "propagation avant, 1 image"),
        .withBackpropagation: ("with backpropagation", "avec la rétropropagation"),
        .vggTitle: ("VGG16: {neurons} M neurons and {parameters} M parameters — the slides' numbers, unrounded",
                    "VGG16 : {neurons} M neurones et {parameters} M paramètres — les nombres des diapositives, sans arrondi"),
        .vggCaption: (
            "Neurons are the values each layer outputs for one image (the input included, as the slide counts); memory at "
                + "4 bytes per value (1 MB = 10⁶ B). The slides round before multiplying: 138 M × 4 = 552 Mo, exactly 553.4 MB; "
                + "60 + 552 = 612 Mo, exactly 614.4 MB. Every difference is rounding.",
            "Les neurones sont les valeurs que chaque couche produit pour une image (l'entrée comprise, comme le compte la "
                + "diapositive) ; la mémoire à 4 octets par valeur (1 Mo = 10⁶ o). Les diapositives arrondissent avant de "
                + "multiplier : 138 M × 4 = 552 Mo, exactement 553,4 Mo ; 60 + 552 = 612 Mo, exactement 614,4 Mo. Chaque "
                + "écart est un arrondi."),
        .vggSource: ("IFT 780, slides 182–193; Apprentissage profond ≈ slide 77",
                     "IFT 780, diapositives 182–193 ; Apprentissage profond ≈ diapositive 77"),

        .budgetShare: ("{name}: dense layers {dense}% of the parameters, first half of the layers {early}% of the neurons",
                       "{name} : couches pleinement connectées {dense} % des paramètres, première moitié des couches {early} % "
                        + "des neurones"),
        .budgetTitle: ("Parameters live in the dense layers, activations in the first convolutions",
                       "Les paramètres sont dans les couches pleinement connectées, les activations dans les premières convolutions"),
        .budgetCaption: (
            "Per layer, for one image: its share of the network's parameters (trainable, biases included) and of its neurons "
                + "(output values), on a linear axis; pools and NORM have no parameters (no bar). {shares}. Memory for "
                + "activations grows with the batch, memory for parameters does not.",
            "Par couche, pour une image : sa part des paramètres du réseau (entraînables, biais compris) et de ses neurones "
                + "(valeurs de sortie), sur un axe linéaire ; les sous-échantillonnages et NORM n'ont pas de paramètres (pas "
                + "de barre). {shares}. La mémoire des activations croît avec la taille du lot, celle des paramètres non."),
        .budgetSource: ("IFT 780, slides 179 and 192–193 (computed per layer)",
                        "IFT 780, diapositives 179 et 192–193 (calculé par couche)"),
        .shareAxis: ("share of the network's total (%)", "part du total du réseau (%)"),

        .strideOne: ("3×3, stride 1", "3×3, pas de 1"),
        .strideTwo: ("3×3, stride 2", "3×3, pas de 2"),
        .layersStacked: ("layers stacked", "couches empilées"),
        .fieldAxis: ("receptive field (pixels per side)", "champ récepteur (pixels de côté)"),
        .stackedSeries: ("L stacked 3×3 layers", "L couches 3×3 empilées"),
        .oneLayerSeries: ("one (1 + 2L)×(1 + 2L) layer", "une couche (1 + 2L)×(1 + 2L)"),
        .layersStackedL: ("layers stacked (L)", "couches empilées (L)"),
        .weightsAxis: ("weights for C → C channels (× C²)", "poids pour C → C canaux (× C²)"),
        .fieldTitle: ("Three 3×3 layers see 7×7 for 27C² weights; one 7×7 layer needs 49C²",
                      "Trois couches 3×3 voient 7×7 pour 27C² poids ; une couche 7×7 en demande 49C²"),
        .fieldCaption: (
            "Left: r = 1 + Σ (k − 1)·Π strides before — {one} for three 3×3 layers (VGG's argument), faster when the layers "
                + "stride ({two}). Right: the weights for the same field, per C → C channels: 9L against (1 + 2L)²; at L = 3, "
                + "27 against 49, with two more nonlinearities in between.",
            "À gauche : r = 1 + Σ (k − 1)·Π pas précédents — {one} pour trois couches 3×3 (l'argument de VGG), plus vite "
                + "quand les couches ont un pas ({two}). À droite : les poids pour le même champ, par C → C canaux : 9L contre "
                + "(1 + 2L)² ; à L = 3, 27 contre 49, avec deux non-linéarités de plus entre les deux."),
        .fieldSource: ("IFT 780, slides 184–186 (VGG16's 3×3 filters)", "IFT 780, diapositives 184–186 (les filtres 3×3 de VGG16)"),
        .fieldPanel: ("receptive field", "champ récepteur"),
        .weightsPanel: ("weights for that field", "poids pour ce champ"),

        .gridLayer3: ("layer 3: one output", "couche 3 : une sortie"),
        .gridLayer2: ("layer 2: the 3×3 it reads", "couche 2 : les 3×3 qu'elle lit"),
        .gridLayer1: ("layer 1: 5×5", "couche 1 : 5×5"),
        .gridInput: ("input: 7×7 pixels", "entrée : 7×7 pixels"),
        .gridTitle: ("Three 3×3 layers, stride 1: one output of layer 3 depends on a 7×7 block of input pixels",
                     "Trois couches 3×3, pas de 1 : une sortie de la couche 3 dépend d'un bloc 7×7 de pixels d'entrée"),
        .gridCaption: (
            "Left to right, the forward pass: the 7×7 input pixels, the 5×5 outputs of layer 1 and the 3×3 of layer 2 that "
                + "one output of layer 3 depends on — r = 1 + L·(k − 1). The numbers count the paths through the stack from "
                + "each cell to the output: the centre pixel reaches it by {centre} paths, a corner by 1 ({total} = 9³ in "
                + "all), so the centre of a receptive field weighs more than its edge. Colour: the count.",
            "De gauche à droite, la propagation avant : les 7×7 pixels d'entrée, les 5×5 sorties de la couche 1 et les 3×3 "
                + "de la couche 2 dont dépend une sortie de la couche 3 — r = 1 + L·(k − 1). Les nombres comptent les "
                + "chemins à travers l'empilement de chaque case jusqu'à la sortie : le pixel central l'atteint par "
                + "{centre} chemins, un coin par 1 ({total} = 9³ en tout), si bien que le centre d'un champ récepteur pèse "
                + "plus que son bord. Couleur : le compte."),
        .gridSource: ("IFT 780, slides 184–186 (VGG16's 3×3 filters; the path counts beyond the slides)",
                      "IFT 780, diapositives 184–186 (les filtres 3×3 de VGG16 ; le compte des chemins au-delà des diapositives)"),
        .pathsBar: ("paths to the output", "chemins vers la sortie"),

        .errataTitle: ("Errata and ambiguities: the architecture slides against the computation",
                       "Errata et ambiguïtés : les diapositives d'architecture face au calcul"),
        .errataCaption: (
            "Yellow rows are ambiguous on the slide: AlexNet's \"~68 M\" parameters (62.4 M computed, 61.0 M on two GPUs), "
                + "LeNet-7's 90,857 (90,957 computed from the NORB connection table) and Pasco's pipeline sketch (only its "
                + "flattening and classifier size are checkable). Every other printed value matches; \"derived\" rows are "
                + "computed from a layer list the slide gives without numbers; grey rows are OCR damage the catalogue recovered.",
            "Les lignes jaunes sont ambiguës sur la diapositive : les « ~68 millions » de paramètres d'AlexNet (62,4 M "
                + "calculés, 61,0 M sur deux GPU), les 90 857 de LeNet-7 (90 957 calculés avec la table de connexions de "
                + "NORB) et le schéma de chaîne de Pasco (seuls son aplatissement et la taille de son classifieur se "
                + "vérifient). Toute autre valeur imprimée est conforme ; les lignes « déduit » sont calculées à partir d'une "
                + "liste de couches que la diapositive donne sans nombres ; les lignes grises sont des dégâts d'OCR que le "
                + "catalogue a réparés."),
        .errataSource: ("IFT 780, slides 166–193; Apprentissage profond ≈ slides 74–77; Pasco, slides 37–48; Ranvier (catalogue §10, §12, §15)",
                        "IFT 780, diapositives 166–193 ; Apprentissage profond ≈ diapositives 74–77 ; Pasco, diapositives "
                            + "37–48 ; Ranvier (catalogue §10, §12, §15)"),
        .ranvierNote: (
            "Ranvier's model: batch norm's γ and β are counted as trainable (128), its running mean and variance (128) apart, "
                + "as Keras separates trainable from total parameters (422,282 trainable, 422,410 in all).",
            "Modèle de Ranvier : γ et β de la normalisation par lot comptés entraînables (128), moyenne et variance "
                + "glissantes (128) à part, comme Keras (422 282 entraînables, 422 410 en tout)."),
        .inputNote: (
            "AlexNet's 224 input (Apprentissage profond ≈ slide 75) is refused by the output-size rule, as the deck's own "
                + "\"combinaison D-F-S invalide\" demands; the chapter uses IFT 780's 227.",
            "L'entrée 224 d'AlexNet (Apprentissage profond ≈ diapositive 75) est refusée par la règle de la taille de "
                + "sortie, comme le demande le « combinaison D-F-S invalide » du cours lui-même ; le chapitre prend le 227 "
                + "d'IFT 780."),
    ])

    /// Keys written the same in both languages: a formula, a layer's letters, a word French shares.
    static let sameInBothLanguages: Set<Text> = [.total, .convLabel, .maxLabel, .normLabel, .configuration]

    /// A layer's description (NeuralNet's `LayerSpec.label`) in `language`; nil is the input.
    static func label(_ spec: LayerSpec?, _ language: Language) -> String {
        guard let spec else { return rgbImage(language) }
        switch spec {
        case let .conv(filters, kernel, stride, padding, groups):
            return convLabel(language, ["filters": .integer(filters), "kernel": .integer(kernel), "stride": .integer(stride),
                                        "padding": .text("\(padding)")])
                + (groups > 1 ? groupsLabel(language, ["groups": .integer(groups)]) : "")
        case let .maxPool(size, stride): return maxLabel(language, ["size": .integer(size), "stride": .integer(stride)])
        case let .meanPool(size, stride): return meanLabel(language, ["size": .integer(size), "stride": .integer(stride)])
        case .norm: return normLabel(language)
        case .batchNorm: return batchNormLabel(language)
        case .flatten: return flattenLabel(language)
        case let .dense(n): return denseLabel(language, ["n": .integer(n)])
        }
    }

    /// A layer's name: the input row is named in `language`, the others keep the slides' names.
    static func name(_ row: LayerRow, _ language: Language) -> String {
        row.spec == nil ? inputLayer(language) : row.name
    }

    /// The French texts of the chapter's worked examples (the slides' own numbers stay as printed).
    static let examples = FrenchExamples([
        "lenet5-32x32-shapes": .init(computed: "mêmes formes ; 61 706 paramètres (C3 complète, sortie dense)"),
        "lenet5-28x28-jodoin": .init(computed: "24×24×6 → 12×12×6 → 8×8×16 → 256 → 120 → 84 → 10 ; 44 426 paramètres",
                                     printed: "liste des couches seulement"),
        "lenet1-28x28-jodoin": .init(computed: "24×24×4 → 12×12×4 → 8×8×12 → 4×4×12 = 192 → 10 ; 3 246 paramètres",
                                     printed: "liste des couches seulement"),
        "alexnet-shapes-and-conv1": .init(computed: "formes et comptes de la diapositive 179 (CONV1 34 944 avec biais)",
                                          printed: "55×55×96 ; 11·11·96·3 = 34,848 ; 27×27×96, 0 paramètre ; diap. 179"),
        "alexnet-param-total": .init(
            computed: "62 378 344 ; 60 965 224 avec les groupes à deux GPU",
            explanation: "aucune lecture ne donne 68M ; « ~60M » est le nombre habituel, le 68 de la diapositive est donc un "
                + "glissement d'OCR 0 → 8 ou un arrondi grossier ; les tests vérifient les comptes calculés"),
        "alexnet-224-vs-227": .init(computed: "(224 − 11)/4 + 1 = 217/4 : refusé ; 227 donne 55",
                                    printed: "entrée 224×224, pas de 4, cartes 55×55"),
        "alexnet-imagenet-counts": .init(computed: "1 200 000 / 50 000 / 150 000 images (M = 10³), 1 000 classes"),
        "vgg16-counts-and-memory": .init(computed: "15 237 608 et 60.95 Mo ; 138 357 544 et 553.4 Mo ; 614.4 Mo"),
        "gorner-config1": .init(
            computed: "122 270 (W2 5×5, code) ; 121 982 (W2 4×4, figure)",
            explanation: "formes lues dans « 19 x14x8 », « TxTxlZ » ; la figure (W2 4×4) et le code (W2 5×5) de la "
                + "diapositive ne s'accordent pas"),
        "gorner-config2": .init(computed: "244 076 paramètres",
                                explanation: "formes lues dans « 19219 xI2 », « W3(Y4, 4 12, 24] », « 7x7x24 »"),
        "ranvier-keras-model": .init(computed: "… → 7×7×64 → 3 136 → 128 → 10 ; 422 282 entraînables (+ 128 stat.)",
                                     printed: "code Keras seulement"),
        "receptive-field-3x3-stack": .init(computed: "1 + 3·(3 − 1) = 7 ; 27C contre 49C (27C² et 49C² pour C → C)",
                                           printed: "« champ récepteur … 7x7 », 27xNb_Canaux vs 49xNb_Canaux"),
        "pasco-lenet7-norb": .init(
            computed: "96 → 92 → 23 → 18 → 6 → 1 ; champ 5, 8, 28, 36, 96 ; 90 957 paramètres",
            explanation: "couches lues sur la figure ; avec un poids et un biais par carte sous-échantillonnée et la "
                + "table de NORB (16, 96, 2 400 noyaux), 90 957 : 100 de plus que la diapositive",
            printed: "« 90,857 trainable parameters », « receptive field of 96x96 pixels »"),
        "pasco-pipeline-sketch": .init(
            computed: "12 entrées ; 12 → 4 : 52 paramètres ; décision robot ; Σ scores = 2.01",
            explanation: "un schéma : seuls l'aplatissement et la taille du classifieur se vérifient ; les scores somment à "
                + "2,01, ce ne sont donc pas des probabilités softmax",
            printed: "2×2×3 aplati → RNA ; 0.52 chat, 0.25 chien, 0.91 robot, 0.33 arbre"),
    ])
}
