import Chapters
import NeuralNet
import Plot

/// Chapter 4's text catalogue: every sentence and label of its report, in English and in French
/// (the decks' words: remplissage (padding), réflexion, étirement, filtre, pas, carte de
/// caractéristiques, combinaison D-F-S invalide). The figures pass the computed numbers as arguments.
enum Text: String, CatalogueKey {
    case title, subtitle
    case zero, reflect, replicate, circular, zeroOption, reflectOption, replicateOption, circularOption
    // Figure 1.
    case oneTitle, oneCaption, oneSource, paddedSignal, computedOutputs, slidePrints, notOnSlides
    // Figure 2.
    case twoTitle, twoCaption, twoSource, filterW, weight, paddedInput, featureMap
    // Figure 3.
    case blur, imageLabel, theImage, greyLevel, response, difference, modeName, modeDifference
    case bordersFact, modeMean, bordersTitle, bordersCaption, bordersSource
    // Figure 4.
    case sizesTitle, sizesCaption, sizesSource, stridePanel, inputSize, outputSize
    // Figure 5.
    case errataTitle, errataCaption, errataSource, errataRemark

    static let catalogue = Catalogue<Text>([
        .title: ("Padding variants", "Les variantes du remplissage (padding)"),
        .subtitle: ("valid, same, full; zero, reflection, stretching, circular — IFT 780 slides 60–67, Ranvier, Görner",
                    "valid, same, full ; zéro, réflexion, étirement, circulaire — IFT 780 diapositives 60–67, Ranvier, Görner"),
        .zero: ("zero", "zéro"),
        .reflect: ("reflect", "réflexion"),
        .replicate: ("replicate", "étirement"),
        .circular: ("circular", "circulaire"),
        .zeroOption: ("zero (option 1)", "zéro (option 1)"),
        .reflectOption: ("reflection (option 2)", "réflexion (option 2)"),
        .replicateOption: ("stretching (option 3)", "étirement (option 3)"),
        .circularOption: ("circular (no slide)", "circulaire (hors diapositives)"),

        .oneTitle: ("One border cell each side of {signal}, filter [{filter}]: four modes",
                    "Une case de bord de chaque côté de {signal}, filtre [{filter}] : quatre modes"),
        .oneCaption: (
            "Each row pads the signal by one cell on each side (border tinted in the mode's colour), then slides the "
                + "filter; the last window is outlined and its sum written below. Right: the slide's printed outputs, "
                + "cells that disagree with the computation tinted red (the OCR lost the minus of −10; reflection's last "
                + "output is 6, printed 2 — see the errata figure).",
            "Chaque ligne borde le signal d'une case de chaque côté (le bord teinté de la couleur du mode), puis fait "
                + "glisser le filtre ; la dernière fenêtre est encadrée et sa somme écrite dessous. À droite : les "
                + "sorties imprimées sur la diapositive, les cases en désaccord avec le calcul teintées en rouge (l'OCR "
                + "a perdu le moins de −10 ; la dernière sortie de la réflexion vaut 6, imprimée 2 — voir la figure des "
                + "errata)."),
        .oneSource: ("IFT 780, slides 61–62 (circular: beyond the slides)",
                     "IFT 780, diapositives 61–62 (circulaire : au-delà des diapositives)"),
        .paddedSignal: ("padded signal f(u)", "signal bordé f(u)"),
        .computedOutputs: ("(f ∗ W)(u), computed", "(f ∗ W)(u), calculé"),
        .slidePrints: ("the slide prints", "la diapositive imprime"),
        .notOnSlides: ("—  (not on the slides)", "—  (pas sur les diapositives)"),

        .twoTitle: ("Ranvier's 5×5 input padded by one cell in each mode, then the 3×3 filter",
                    "L'entrée 5×5 de Ranvier bordée d'une case dans chaque mode, puis le filtre 3×3"),
        .twoCaption: (
            "Top: the 7×7 padded inputs, each mode's border tinted in its colour, the filter's first window outlined. "
                + "Bottom: the 5×5 feature maps with the filter [{filter}] at stride 1; the zero-padded map is the "
                + "slide's, and in the other modes the ringed cells differ from it — only cells whose window reaches the "
                + "border can change. Right: the filter, coloured by value (0 white).",
            "En haut : les entrées 7×7 bordées, le bord de chaque mode teinté de sa couleur, la première fenêtre du "
                + "filtre encadrée. En bas : les cartes de caractéristiques 5×5 avec le filtre [{filter}] au pas de 1 ; "
                + "la carte du remplissage par zéros est celle de la diapositive, et dans les autres modes les cases "
                + "cerclées en diffèrent — seules les cases dont la fenêtre atteint le bord peuvent changer. À droite : "
                + "le filtre, coloré selon sa valeur (0 en blanc)."),
        .twoSource: ("Ranvier, \"Le padding\" (the other modes: beyond the slides)",
                     "Ranvier, « Le padding » (les autres modes : au-delà des diapositives)"),
        .filterW: ("filter W", "filtre W"),
        .weight: ("weight", "poids"),
        .paddedInput: ("padded input, 7×7", "entrée bordée, 7×7"),
        .featureMap: ("feature map, 5×5", "carte de caractéristiques, 5×5"),

        .blur: ("7×7 blur", "flou 7×7"),
        .imageLabel: ("the central {size}×{size} of Fashion-MNIST test image {index} ({name})",
                      "le centre {size}×{size} de l'image de test {index} de Fashion-MNIST ({name})"),
        .theImage: ("the image", "l'image"),
        .greyLevel: ("grey level", "niveau de gris"),
        .response: ("response", "réponse"),
        .difference: ("difference", "différence"),
        .modeName: ("{filter}, {mode}", "{filter}, {mode}"),
        .modeDifference: ("{mode} − zero, max |Δ| {max}", "{mode} − zéro, max |Δ| {max}"),
        .bordersFact: ("{filter}: differences within {band} of the border, mean |output| there {means}",
                       "{filter} : différences à moins de {band} du bord, |sortie| moyenne à cet endroit {means}"),
        .modeMean: ("{mode} {mean}", "{mode} {mean}"),
        .bordersTitle: ("Borders on a real image: {label}", "Les bords sur une vraie image : {label}"),
        .bordersCaption: (
            "A blur and an edge filter ('same' padding, stride 1) applied with each mode, and each mode minus zero "
                + "padding. The modes agree wherever the window stays inside the image and differ only near the border — "
                + "{facts}. Zero padding treats the outside as black: it darkens the blurred frame and draws edges where "
                + "the garment meets the frame.",
            "Un flou et un filtre de bords (remplissage « same », pas de 1) appliqués avec chaque mode, et chaque mode "
                + "moins le remplissage par zéros. Les modes s'accordent partout où la fenêtre reste dans l'image et ne "
                + "diffèrent que près du bord — {facts}. Le remplissage par zéros traite l'extérieur comme du noir : il "
                + "assombrit le cadre flouté et dessine des bords là où le vêtement touche le cadre."),
        .bordersSource: ("IFT 780, slides 61–62, on real data (beyond the slides)",
                         "IFT 780, diapositives 61–62, sur des données réelles (au-delà des diapositives)"),

        .sizesTitle: ("Output size against input size, {kernel}-wide filter: valid, same, full",
                      "Taille de sortie selon la taille d'entrée, filtre de largeur {kernel} : valid, same, full"),
        .sizesCaption: (
            "O = (D − F + P₁ + P₂)/S + 1 with F = {kernel}. 'valid' adds nothing (O = D − {less} at S = 1), 'full' adds "
                + "F − 1 = {less} on each side (O = D + {less}), 'same' gives ⌈D/S⌉ with TensorFlow's split. Markers are "
                + "valid D-F-S combinations only: at S = 2 and 3, 'valid' and 'full' skip the sizes the stride does not "
                + "tile (\"combinaison D-F-S invalide\"); 'same' never refuses a stride: it pads so that the windows "
                + "tile, and when the stride is larger than the filter the last cells that no window reaches are simply "
                + "not read (as TensorFlow does).",
            "O = (D − F + P₁ + P₂)/S + 1 avec F = {kernel}. « valid » n'ajoute rien (O = D − {less} pour S = 1), "
                + "« full » ajoute F − 1 = {less} de chaque côté (O = D + {less}), « same » donne ⌈D/S⌉ avec le partage "
                + "de TensorFlow. Les marqueurs ne montrent que les combinaisons D-F-S valides : pour S = 2 et 3, "
                + "« valid » et « full » sautent les tailles que le pas ne pave pas (« combinaison D-F-S invalide ») ; "
                + "« same » ne refuse jamais un pas : il borde pour que les fenêtres pavent, et quand le pas dépasse le "
                + "filtre, les dernières cases qu'aucune fenêtre n'atteint ne sont simplement pas lues (comme le fait "
                + "TensorFlow)."),
        .sizesSource: ("IFT 780, slides 59–60 and 81; Ranvier, \"Calculer la taille de l'output\"; FIDLE padding/strides",
                       "IFT 780, diapositives 59–60 et 81 ; Ranvier, « Calculer la taille de l'output » ; FIDLE padding/strides"),
        .stridePanel: ("stride S = {s}", "pas S = {s}"),
        .inputSize: ("input size D", "taille d'entrée D"),
        .outputSize: ("output size O", "taille de sortie O"),

        .errataTitle: ("Errata: the padding slides against the computation",
                       "Errata : les diapositives sur le remplissage face au calcul"),
        .errataCaption: (
            "The reflection example is a slide erratum (vermilion row): the tests assert 6. The grey rows are OCR damage "
                + "that the catalogue recovered; CNNLab reproduces every recovered value.",
            "L'exemple de la réflexion est un erratum de la diapositive (ligne vermillon) : les tests vérifient 6. Les "
                + "lignes grises sont des dégâts d'OCR que le catalogue a réparés ; CNNLab redonne chaque valeur réparée."),
        .errataSource: ("IFT 780, slides 61–62; Ranvier, \"Le padding\" (catalogue §5, §6, §15)",
                        "IFT 780, diapositives 61–62 ; Ranvier, « Le padding » (catalogue §5, §6, §15)"),
        .errataRemark: (
            "Slide 62 adds that one option is \"by far the most used\"; the OCR places the remark under reflection, but "
                + "the arrow's target is only in the picture — zero padding is the usual default of the libraries.",
            "La diapositive 62 ajoute qu'une des options est « de loin la plus utilisée » ; l'OCR place la remarque sous "
                + "la réflexion, mais la cible de la flèche n'est que dans l'image — le remplissage par zéros est le "
                + "défaut habituel des bibliothèques."),
    ])

    static let sameInBothLanguages: Set<Text> = [.modeName, .modeMean]

    /// Fashion-MNIST's ten classes in French, in the data set's order.
    static let fashionClasses = ["T-shirt/haut", "Pantalon", "Pull", "Robe", "Manteau", "Sandale", "Chemise", "Basket",
                                 "Sac", "Bottine"]

    /// The French texts of the examples the errata page shows (the slides' own numbers stay as printed).
    static let examples = FrenchExamples([
        "ift780-pad-zero": .init(computed: nil,
                                 explanation: "les signes moins de l'entrée (10 20 −30 40 −50, comme à la diapositive 31) et −10"),
        "ift780-pad-reflect": .init(computed: nil,
                                    explanation: "la dernière sortie vaut 0.1·40 + 0.2·(−50) + 0.3·40 = 6, imprimée 2 sur "
                                        + "les deux diapositives (0.2 au lieu de 0.3 sur le dernier terme donnerait 2) ; "
                                        + "−10 a perdu son signe à l'OCR"),
        "ift780-pad-replicate": .init(computed: nil, explanation: "les signes moins de l'entrée et −10"),
        "ranvier-zero-pad-2d": .init(computed: "les mêmes 25 valeurs ; 5 = (5 − 3 + 2)/1 + 1",
                                     explanation: "le filtre n'est que dans l'image ; la grille 5×5 est la carte de caractéristiques",
                                     printed: "une carte 5×5 (l'OCR l'étiquette « Filter »)"),
    ])
}

extension PaddingMode {
    /// The mode's short name: "reflect" / "réflexion".
    var name: Text {
        switch self {
        case .zero: .zero
        case .reflect: .reflect
        case .replicate: .replicate
        case .circular: .circular
        }
    }
}
