import Chapters
import Plot

/// Chapter 8's text catalogue: every sentence and label of its report, in English and in French
/// (IFT 780's words: réseau récurrent, état caché, dépliage dans le temps, rétropropagation dans
/// le temps, perte, échantillon, encodeur–décodeur). The figures pass the run's numbers as
/// arguments; the sampled text stays as generated (it is Shakespeare).
enum Text: String, CatalogueKey {
    case title, subtitle, unit
    // Figure 1: "masse" unrolled.
    case masseTitle, masseCaption, masseSource, constructedPanel, trainedPanel, oneHot, whhCarries
    // Figure 2: the four configurations.
    case oneToN, nToOne, nToN, mToN, captioning, sentiment, charRNN, translation, encoder, decoderGreedy
    case image, captionA, captionCat, captionOn, captionMat, reviewIt, reviewWas, reviewSo, reviewGood
    case configurationsTitle, configurationsCaption, configurationsSource
    // Figure 3: 'assez' → 'enough'.
    case translationTitle, translationCaption, translationSource, encoderPanel, decoderPanel, frenchOneHot, decoderInput
    case decoderState, nextLetter, startsDecoder
    // Figure 4: hidden units.
    case hiddenTitle, hiddenCaption, hiddenSource, stepAxis
    // Figure 5: loss.
    case everyWindow, smoothedCNNLab, smoothedNumPy, uniform, lossTitle, lossCaption, lossSource, iterationAxis, lossAxis
    // Figure 6: weights.
    case weightsTitle, weightsCaption, weightsSource, wxhPanel, whhPanel, weight
    // Figures 7–8: samples and temperature.
    case untrained, afterWindows, samplesTitle, samplesCaption, samplesSource
    case sharper, flatter, ownDistribution, temperatureTitle, temperatureCaption, temperatureSource
    // Figure 9: next-character distribution.
    case probabilityTitle, probabilityCaption, probabilitySource, mostProbable, rank, read, actualNext
    // Figure 10: errata.
    case errataTitle, errataCaption, errataSource, listingSlide, listingWrong, listingCNNLab, listingBackprop, listingStops
    case wrong1, fix1, wrong2, fix2, wrong3, fix3, wrong4, wrong5, wrong6, fix6, wrong7, fix7, wrong8, fix8, wrong9, fix9

    static let catalogue = Catalogue<Text>([
        .title: ("Character-level RNN", "Un RNN au niveau des caractères"),
        .subtitle: ("a vanilla RNN, backpropagation through time, the encoder–decoder, min-char-rnn on the Sonnets — IFT 780 slides 207–249",
                    "un réseau récurrent simple, la rétropropagation dans le temps, l'encodeur–décodeur, min-char-rnn sur les "
                        + "Sonnets — IFT 780 diapositives 207–249"),
        .unit: ("unit {n}", "unité {n}"),

        .masseTitle: ("\"masse\" unrolled in time: one-hot inputs, hidden states, next-letter probabilities",
                      "« masse » déplié dans le temps : entrées one-hot, états cachés, probabilités de la lettre suivante"),
        .masseCaption: (
            "Each column is one time step: the input letter's one-hot x_t, the hidden state h_t (3 units, blue negative, red "
                + "positive) and the distribution p_t over a, e, m, s for the next letter (ringed: the target). Top: the "
                + "constructed weights of the tests (Wxh = 0.1, Whh = 0.5·I, Why = 0.2): every unit reaches 0.1842 and the "
                + "output stays uniform. Bottom: after 300 windows of min-char-rnn on the word, the network puts most of its "
                + "mass on a, s, s, e — the two s's are told apart by the hidden state.",
            "Chaque colonne est un pas de temps : le vecteur one-hot x_t de la lettre d'entrée, l'état caché h_t (3 unités, "
                + "bleu négatif, rouge positif) et la distribution p_t sur a, e, m, s de la lettre suivante (cerclée : la "
                + "cible). En haut : les poids construits des tests (Wxh = 0,1, Whh = 0,5·I, Why = 0,2) : chaque unité "
                + "atteint 0,1842 et la sortie reste uniforme. En bas : après 300 fenêtres de min-char-rnn sur le mot, le "
                + "réseau met l'essentiel de sa masse sur a, s, s, e — l'état caché distingue les deux s."),
        .masseSource: ("IFT 780, slides 208–209 and 219–227", "IFT 780, diapositives 208–209 et 219–227"),
        .constructedPanel: ("constructed weights: Wxh = 0.1, Whh = 0.5·I, Why = 0.2, no biases (slides 208–209)",
                            "poids construits : Wxh = 0,1, Whh = 0,5·I, Why = 0,2, sans biais (diapositives 208–209)"),
        .trainedPanel: ("after training on \"masse\": 3 hidden units, 300 windows, Adagrad (slides 219–227)",
                        "après entraînement sur « masse » : 3 unités cachées, 300 fenêtres, Adagrad (diapositives 219–227)"),
        .oneHot: ("x_t, one-hot", "x_t, vecteur one-hot"),
        .whhCarries: ("Whh carries h_{t−1} → h_t from column to column", "Whh porte h_{t−1} → h_t d'une colonne à l'autre"),

        .oneToN: ("one input → N outputs", "une entrée → N sorties"),
        .nToOne: ("N inputs → one output", "N entrées → une sortie"),
        .nToN: ("N inputs → N outputs", "N entrées → N sorties"),
        .mToN: ("M inputs → N outputs", "M entrées → N sorties"),
        .captioning: ("an image → a caption", "une image → sa légende"),
        .sentiment: ("a review → its sentiment", "une critique → son sentiment"),
        .charRNN: ("char-RNN: m, a, s, s → a, s, s, e", "char-RNN : m, a, s, s → a, s, s, e"),
        .translation: ("translation: 'assez' → 'enough' (encoder, then decoder)",
                       "traduction : 'assez' → 'enough' (encodeur, puis décodeur)"),
        .encoder: ("encoder", "encodeur"),
        .decoderGreedy: ("decoder (greedy: each output is the next input)",
                         "décodeur (glouton : chaque sortie est l'entrée suivante)"),
        .image: ("image", "image"),
        .captionA: ("a", "un"),
        .captionCat: ("cat", "chat"),
        .captionOn: ("on", "sur"),
        .captionMat: ("a mat", "un tapis"),
        .reviewIt: ("it", "c'était"),
        .reviewWas: ("was", "vraiment"),
        .reviewSo: ("so", "très"),
        .reviewGood: ("good", "bon"),
        .configurationsTitle: ("Four ways to unroll a recurrent network (slides 240–249)",
                               "Quatre façons de déplier un réseau récurrent (diapositives 240–249)"),
        .configurationsCaption: (
            "Each column is a time step: an input x_t (bottom, pink) enters the hidden state h_t (middle, green), which may "
                + "emit an output y_t (top, blue) and passes on to the next step (horizontal arrows, Whh). The same weights "
                + "serve every step (the encoder and the decoder, darker green, each have their own). One input can start N "
                + "outputs (captioning), N inputs can end in one output (classifying a sequence), every input can have its "
                + "output (min-char-rnn, the chapter's network), and M inputs can be read before N outputs are written — the "
                + "encoder–decoder of the translation, whose decoder feeds each letter it writes back in as its next input.",
            "Chaque colonne est un pas de temps : une entrée x_t (en bas, en rose) entre dans l'état caché h_t (au milieu, "
                + "en vert), qui peut émettre une sortie y_t (en haut, en bleu) et passe au pas suivant (flèches "
                + "horizontales, Whh). Les mêmes poids servent à chaque pas (l'encodeur et le décodeur, en vert plus foncé, "
                + "ont chacun les leurs). Une entrée peut lancer N sorties (légender une image), N entrées peuvent finir en "
                + "une sortie (classer une séquence), chaque entrée peut avoir sa sortie (min-char-rnn, le réseau du "
                + "chapitre), et M entrées peuvent être lues avant d'écrire N sorties — l'encodeur–décodeur de la "
                + "traduction, dont le décodeur reprend chaque lettre qu'il écrit comme entrée suivante."),
        .configurationsSource: ("IFT 780, slides 240–249 (after Karpathy's CS231n; Sutskever, Vinyals and Le 2014)",
                                "IFT 780, diapositives 240–249 (d'après le CS231n de Karpathy ; Sutskever, Vinyals et Le 2014)"),

        .translationTitle: ("The encoder–decoder translating 'assez' → '{output}', unrolled in time",
                            "L'encodeur–décodeur qui traduit 'assez' → '{output}', déplié dans le temps"),
        .translationCaption: (
            "Top, the encoder: each column is one letter of 'assez' as a one-hot x_t over the French alphabet and the hidden "
                + "state h_t = tanh(Wxh_e·x_t + Whh_e·h_{t−1} + bh_e) it leads to ({units} units, blue negative, red "
                + "positive). Its last state h₅ is the decoder's first state. Bottom, the decoder: its input y_{t−1} (<BoS>, "
                + "then the letter it wrote last), its state s_t and p_t = softmax(Why_d·s_t + by_d) over the English "
                + "alphabet; the ringed, most probable letter is written and fed back (greedy decoding) until <EoS>. Trained "
                + "on this one pair with teacher forcing and Adagrad (seed {seed}) for {iterations} iterations, to a loss of "
                + "{loss} nats (7·ln 8 = 14.6 for uniform guesses).",
            "En haut, l'encodeur : chaque colonne est une lettre de 'assez', vecteur one-hot x_t sur l'alphabet français, et "
                + "l'état caché h_t = tanh(Wxh_e·x_t + Whh_e·h_{t−1} + bh_e) qu'elle produit ({units} unités, bleu négatif, "
                + "rouge positif). Son dernier état h₅ est le premier état du décodeur. En bas, le décodeur : son entrée "
                + "y_{t−1} (<BoS>, puis la dernière lettre qu'il a écrite), son état s_t et p_t = softmax(Why_d·s_t + by_d) "
                + "sur l'alphabet anglais ; la lettre la plus probable, cerclée, est écrite et réinjectée (décodage glouton) "
                + "jusqu'à <EoS>. Entraîné sur cette seule paire avec le forçage par l'enseignant (teacher forcing) et "
                + "Adagrad (graine {seed}) pendant {iterations} itérations, jusqu'à une perte de {loss} nats (7·ln 8 = 14,6 "
                + "pour des choix uniformes)."),
        .translationSource: ("IFT 780, slides 243–248 (after Sutskever, Vinyals and Le 2014); the network is CNNLab's",
                             "IFT 780, diapositives 243–248 (d'après Sutskever, Vinyals et Le 2014) ; le réseau est celui de CNNLab"),
        .encoderPanel: ("encoder: reads a, s, s, e, z", "encodeur : lit a, s, s, e, z"),
        .decoderPanel: ("decoder: writes from <BoS> until <EoS>", "décodeur : écrit de <BoS> jusqu'à <EoS>"),
        .frenchOneHot: ("x_t, one-hot (French alphabet)", "x_t, one-hot (alphabet français)"),
        .decoderInput: ("y_{t−1}, its input (English alphabet)", "y_{t−1}, son entrée (alphabet anglais)"),
        .decoderState: ("s_t (s₀ starts from h₅)", "s_t (s₀ part de h₅)"),
        .nextLetter: ("p_t, the next letter (ringed: written)", "p_t, la lettre suivante (cerclée : écrite)"),
        .startsDecoder: ("h₅ starts the decoder", "h₅ lance le décodeur"),

        .hiddenTitle: ("Four hidden units of the trained network along \"From fairest creatures we desire increase,\"",
                       "Quatre unités cachées du réseau entraîné le long de « From fairest creatures we desire increase, »"),
        .hiddenCaption: (
            "h_t of the {shown} units (of {units}) whose value moves most along the verse, one strip per unit from −1 to 1 "
                + "and one point per character read (from h = 0 before the first letter). After {iterations} windows the "
                + "units spend most of their time near ±1: {share}% of all the values along the line lie beyond ±0.95, where "
                + "tanh′ = 1 − h² is small and the gradient through a unit fades. These four switch with what is read — at "
                + "spaces and word starts, around the comma — the memory the recurrence carries from letter to letter.",
            "h_t des {shown} unités (sur {units}) dont la valeur bouge le plus le long du vers, une bande par unité de −1 à 1 "
                + "et un point par caractère lu (depuis h = 0 avant la première lettre). Après {iterations} fenêtres, les "
                + "unités passent l'essentiel de leur temps près de ±1 : {share} % des valeurs le long du vers sont au-delà "
                + "de ±0,95, là où tanh′ = 1 − h² est petit et où le gradient s'éteint en traversant l'unité. Ces quatre-là "
                + "basculent selon ce qui est lu — aux espaces et aux débuts de mots, autour de la virgule — la mémoire que "
                + "la récurrence porte de lettre en lettre."),
        .hiddenSource: ("IFT 780, slides 219–227 (h_t = tanh(Wxh·x_t + Whh·h_{t−1} + bh)); beyond the slides: the Sonnets",
                        "IFT 780, diapositives 219–227 (h_t = tanh(Wxh·x_t + Whh·h_{t−1} + bh)) ; au-delà des diapositives : "
                            + "les Sonnets"),
        .stepAxis: ("step t (the character read is printed above)", "pas t (le caractère lu est imprimé au-dessus)"),

        .everyWindow: ("L, the loss of each window (one in {stride})", "L, la perte de chaque fenêtre (une sur {stride})"),
        .smoothedCNNLab: ("S, CNNLab (engine, Float)", "S, CNNLab (moteur, Float)"),
        .smoothedNumPy: ("S, NumPy min-char-rnn (float64, recorded)", "S, min-char-rnn NumPy (float64, enregistré)"),
        .uniform: ("25·ln {v} = {start}: uniform guessing", "25·ln {v} = {start} : choix uniforme"),
        .lossTitle: ("Loss of min-char-rnn on the Sonnets, window by window: CNNLab and the NumPy loop",
                     "La perte de min-char-rnn sur les Sonnets, fenêtre par fenêtre : CNNLab et la boucle NumPy"),
        .lossCaption: (
            "The loss of a window is L = Σ −ln p_t[target] over its 25 characters, in nats per window (divide by 25 for "
                + "nats per character); grey: L of every {stride}th window, which swings with the text the window reads. The "
                + "curves are min-char-rnn's running average S ← 0.999·S + 0.001·L, from 25·ln V = {start} for the Sonnets' "
                + "V = {v} characters. After {iterations} windows (about {passes} passes over the text) CNNLab's S = {last} "
                + "nats ({lastPerCharacter} per character); Karpathy's NumPy loop with the same settings and seed 1 (its own "
                + "random weights) is at {numpy} ({numpyPerCharacter}). S lags L by about 1,000 windows.",
            "La perte d'une fenêtre est L = Σ −ln p_t[cible] sur ses 25 caractères, en nats par fenêtre (diviser par 25 "
                + "pour des nats par caractère) ; en gris : L d'une fenêtre sur {stride}, qui varie avec le texte que la "
                + "fenêtre lit. Les courbes sont la moyenne glissante de min-char-rnn, S ← 0,999·S + 0,001·L, depuis "
                + "25·ln V = {start} pour les V = {v} caractères des Sonnets. Après {iterations} fenêtres (environ {passes} "
                + "passages sur le texte), le S de CNNLab vaut {last} nats ({lastPerCharacter} par caractère) ; la boucle "
                + "NumPy de Karpathy, avec les mêmes réglages et la graine 1 (ses propres poids aléatoires), est à {numpy} "
                + "({numpyPerCharacter}). S suit L avec un retard d'environ 1\u{202F}000 fenêtres."),
        .lossSource: ("IFT 780, slides 235–237 (min-char-rnn, H = 100, T = 25, μ = 0.1, seed 1); NumPy curve recorded {date} by the peer benchmark",
                      "IFT 780, diapositives 235–237 (min-char-rnn, H = 100, T = 25, μ = 0,1, graine 1) ; courbe NumPy "
                        + "enregistrée le {date} par le banc d'essai des pairs"),
        .iterationAxis: ("iteration (windows of 25 characters)", "itération (fenêtres de 25 caractères)"),
        .lossAxis: ("loss (nats per window)", "perte (nats par fenêtre)"),

        .weightsTitle: ("The trained weights: Wxh (input → hidden) and Whh (hidden → hidden)",
                        "Les poids entraînés : Wxh (entrée → caché) et Whh (caché → caché)"),
        .weightsCaption: (
            "One square per weight, white at 0, red positive, blue negative; each colour bar spans ± the 99th percentile of "
                + "|w| ({wxh} for Wxh, {whh} for Whh), the largest 1% saturate. Wxh has a column per character of the Sonnets "
                + "(V = {v}, in code-point order: line break, space and punctuation, then capitals, then small letters): "
                + "column x is what reading that character adds to every unit. Whh (H × H = {h} × {h}) mixes the previous "
                + "state into the new one; its weights are spread over both signs with no dominant diagonal (mean |w| = "
                + "{meanAbs}, mean diagonal {diagonal}): the memory is shared across units, not held unit by unit.",
            "Un carré par poids, blanc à 0, rouge positif, bleu négatif ; chaque barre de couleurs couvre ± le 99e centile "
                + "de |w| ({wxh} pour Wxh, {whh} pour Whh), le 1 % le plus grand sature. Wxh a une colonne par caractère des "
                + "Sonnets (V = {v}, dans l'ordre des points de code : saut de ligne, espace et ponctuation, puis majuscules, "
                + "puis minuscules) : la colonne x est ce que la lecture de ce caractère ajoute à chaque unité. Whh "
                + "(H × H = {h} × {h}) mêle l'état précédent au nouveau ; ses poids s'étalent sur les deux signes, sans "
                + "diagonale dominante (|w| moyen = {meanAbs}, diagonale moyenne {diagonal}) : la mémoire est partagée entre "
                + "les unités, pas tenue unité par unité."),
        .weightsSource: ("IFT 780, slides 208–209 (Wxh, Whh); beyond the slides: min-char-rnn on the Sonnets, seed 1",
                         "IFT 780, diapositives 208–209 (Wxh, Whh) ; au-delà des diapositives : min-char-rnn sur les Sonnets, graine 1"),
        .wxhPanel: ("Wxh ({h} × {v}): hidden unit × input character", "Wxh ({h} × {v}) : unité cachée × caractère d'entrée"),
        .whhPanel: ("Whh ({h} × {h}): new unit i × previous unit j", "Whh ({h} × {h}) : nouvelle unité i × unité précédente j"),
        .weight: ("weight", "poids"),

        .untrained: ("iteration 0 (untrained)", "itération 0 (non entraîné)"),
        .afterWindows: ("after {count} windows", "après {count} fenêtres"),
        .samplesTitle: ("What the network writes as it learns: samples at several iterations",
                        "Ce que le réseau écrit en apprenant : des échantillons à plusieurs itérations"),
        .samplesCaption: (
            "Each sample is {length} characters drawn one at a time from p_t and fed back in (slides 228–233, with a draw "
                + "instead of the most probable letter), with the same seed each time, so only the training differs. "
                + "Untrained, the characters are uniform over the 62 symbols; then come spaces and frequent letters, then "
                + "short lines that start with a capital, then real words (thee, thy, and, my) and punctuation at line ends.",
            "Chaque échantillon compte {length} caractères tirés un à un selon p_t et réinjectés (diapositives 228–233, avec "
                + "un tirage au lieu de la lettre la plus probable), avec la même graine chaque fois : seul l'entraînement "
                + "change. Non entraîné, les caractères sont uniformes sur les 62 symboles ; viennent ensuite les espaces et "
                + "les lettres fréquentes, puis de courtes lignes qui commencent par une majuscule, puis de vrais mots (thee, "
                + "thy, and, my) et la ponctuation en fin de ligne."),
        .samplesSource: ("IFT 780, slides 237–238 (Karpathy's samples); beyond the slides: the Sonnets, CNNLab's run",
                         "IFT 780, diapositives 237–238 (les échantillons de Karpathy) ; au-delà des diapositives : les "
                            + "Sonnets, l'entraînement de CNNLab"),
        .sharper: ("sharper: the likely characters likelier", "plus piquée : les caractères probables plus probables encore"),
        .flatter: ("flatter: rare characters more often", "plus plate : les caractères rares plus souvent"),
        .ownDistribution: ("the model's own distribution", "la distribution du modèle elle-même"),
        .temperatureTitle: ("Sampling temperature: the same network and seed at τ = 0.5, 1 and 1.5",
                            "La température d'échantillonnage : le même réseau et la même graine à τ = 0,5, 1 et 1,5"),
        .temperatureCaption: (
            "Each sample is {length} characters after {iterations} windows, drawn from p_τ = softmax(y_t/τ) = "
                + "p_t^(1/τ)/Σ p_t^(1/τ) with the same seed. At τ = 0.5 the text keeps to frequent words (the, thou, all) in "
                + "long lines; at τ = 1 it is what the network learnt; at τ = 1.5 rare characters, capitals and broken words "
                + "come in.",
            "Chaque échantillon compte {length} caractères après {iterations} fenêtres, tirés selon p_τ = softmax(y_t/τ) = "
                + "p_t^(1/τ)/Σ p_t^(1/τ) avec la même graine. À τ = 0,5, le texte s'en tient aux mots fréquents (the, thou, "
                + "all) en longues lignes ; à τ = 1, c'est ce que le réseau a appris ; à τ = 1,5 arrivent les caractères "
                + "rares, les majuscules et les mots cassés."),
        .temperatureSource: ("IFT 780, slides 228–233 (sampling, one character at a time); beyond the slides: the temperature",
                             "IFT 780, diapositives 228–233 (échantillonner un caractère à la fois) ; au-delà des "
                                + "diapositives : la température"),

        .probabilityTitle: ("The next-character distribution p_t along \"From fairest creatures we desire increase,\"",
                            "La distribution p_t du caractère suivant le long de « From fairest creatures we desire increase, »"),
        .probabilityCaption: (
            "Column t: the character read (top), the network's five most probable next characters coloured by their "
                + "probability, and the probability of the character that actually follows (bottom, in %; outlined in orange "
                + "when it is among the five). The most probable character is the right one at {hits} of the {steps} steps; "
                + "the loss is {window} nats per window of 25 characters at this rate ({character} per character; ln 62 = "
                + "4.13 for a uniform guess). Word ends and spaces are easy, first letters of words hard.",
            "Colonne t : le caractère lu (en haut), les cinq caractères suivants les plus probables selon le réseau, colorés "
                + "selon leur probabilité, et la probabilité du caractère qui suit vraiment (en bas, en % ; encadré en "
                + "orange quand il est parmi les cinq). Le caractère le plus probable est le bon à {hits} des {steps} pas ; "
                + "la perte est de {window} nats par fenêtre de 25 caractères à ce rythme ({character} par caractère ; "
                + "ln 62 = 4,13 pour un choix uniforme). Les fins de mots et les espaces sont faciles, les premières lettres "
                + "des mots difficiles."),
        .probabilitySource: ("IFT 780, slides 228–230 (softmax, most probable character); beyond the slides: the Sonnets",
                             "IFT 780, diapositives 228–230 (softmax, caractère le plus probable) ; au-delà des "
                                + "diapositives : les Sonnets"),
        .mostProbable: ("most probable", "le plus probable"),
        .rank: ("rank {n}", "rang {n}"),
        .read: ("read", "lu"),
        .actualNext: ("p(actual next), %", "p(vrai suivant), %"),

        .errataTitle: ("Errata: the recurrent-network slides and the min-char-rnn listing against the computation",
                       "Errata : les diapositives du réseau récurrent et le listing de min-char-rnn face au calcul"),
        .errataCaption: (
            "The three worked examples match the slides (the forward pass uses constructed weights, since the slides give "
                + "none). The yellow (ambiguous) row is the listing of slide 235 as OCR'd: it does not run, and the table "
                + "below says why, line by line. The hyper-parameters it prints (hidden_size 100, seq_length 25, "
                + "learning_rate 1e-1, weights 0.01·randn, zero biases) are the gist's and are used as printed.",
            "Les trois exemples travaillés sont conformes aux diapositives (la propagation avant utilise des poids "
                + "construits, les diapositives n'en donnant pas). La ligne jaune (ambiguë) est le listing de la "
                + "diapositive 235 tel que l'OCR l'a lu : il ne s'exécute pas, et le tableau ci-dessous dit pourquoi, ligne "
                + "par ligne. Les hyperparamètres qu'il imprime (hidden_size 100, seq_length 25, learning_rate 1e-1, poids "
                + "0.01·randn, biais nuls) sont ceux du gist et sont utilisés tels quels."),
        .errataSource: ("IFT 780, slides 207–248 (catalogue §13, §15); Karpathy, gist d4dee566867f8291f086",
                        "IFT 780, diapositives 207–248 (catalogue §13, §15) ; Karpathy, gist d4dee566867f8291f086"),
        .listingSlide: ("slide 235, as OCR'd", "diapositive 235, telle que lue par l'OCR"),
        .listingWrong: ("what is wrong", "ce qui ne va pas"),
        .listingCNNLab: ("CNNLab (after Karpathy's gist)", "CNNLab (d'après le gist de Karpathy)"),
        .listingBackprop: ("def backprop(…): the forward loop again", "def backprop(…) : de nouveau la boucle de propagation avant"),
        .listingStops: ("(the listing stops there)", "(le listing s'arrête là)"),
        .wrong1: ("every character of the text, repeats included (V = len(data))",
                  "chaque caractère du texte, répétitions comprises (V = len(data))"),
        .fix1: ("the distinct characters, sorted: list(set(data)) in the gist, sorted here so the order is fixed",
                "les caractères distincts, triés : list(set(data)) dans le gist, triés ici pour fixer l'ordre"),
        .wrong2: ("keys and values swapped: characters → indices again", "clés et valeurs inversées : encore caractères → indices"),
        .fix2: ("index → character (CharacterVocabulary.symbols)", "indice → caractère (CharacterVocabulary.symbols)"),
        .wrong3: ("three placeholders, two values: a TypeError", "trois emplacements, deux valeurs : une TypeError"),
        .fix3: ("the command prints the sizes and the alphabet's size", "la commande imprime les tailles et la taille de l'alphabet"),
        .wrong4: ("Why (V×H, the output weights) added inside the hidden step",
                  "Why (V×H, les poids de sortie) ajouté dans le pas caché"),
        .wrong5: ("exponential of the hidden state: no output layer, no normalisation",
                  "exponentielle de l'état caché : pas de couche de sortie, pas de normalisation"),
        .wrong6: ("loss is never initialised (a NameError)", "loss n'est jamais initialisée (une NameError)"),
        .fix6: ("L = Σ_t −ln p_t[target_t] from 0", "L = Σ_t −ln p_t[cible_t] depuis 0"),
        .wrong7: ("no gradient is computed; x[0] of an empty list", "aucun gradient n'est calculé ; x[0] d'une liste vide"),
        .fix7: ("BPTT: dy = p − onehot, draw = (1 − h²)·dh, dhnext = Whhᵀ·draw (gradient-checked)",
                "rétropropagation dans le temps : dy = p − onehot, draw = (1 − h²)·dh, dhnext = Whhᵀ·draw (gradient vérifié)"),
        .wrong8: ("no update, no clipping, no sampling", "ni mise à jour, ni écrêtage, ni échantillonnage"),
        .fix8: ("clip to [−5, 5], Adagrad (ε = 10⁻⁸ in the root), S ← 0.999·S + 0.001·L, sampling",
                "écrêtage à [−5, 5], Adagrad (ε = 10⁻⁸ sous la racine), S ← 0.999·S + 0.001·L, échantillonnage"),
        .wrong9: ("a byte alphabet", "un alphabet d'octets"),
        .fix9: ("V entries: 4 for masse, 62 for the Sonnets, 65 for Karpathy's text",
                "V entrées : 4 pour masse, 62 pour les Sonnets, 65 pour le texte de Karpathy"),
    ])

    /// Keys written the same in both languages: a word French shares.
    static let sameInBothLanguages: Set<Text> = [.image]

    /// The French texts of the chapter's worked examples (the slides' own numbers stay as printed).
    static let examples = FrenchExamples([
        "ift780-rnn-masse-onehot": .init(computed: nil),
        "ift780-rnn-forward-shapes": .init(
            computed: "Wxh = 0.1, Whh = 0.5·I, Why = 0.2 : h₄ = [0.1842, 0.1842, 0.1842], p = [¼, ¼, ¼, ¼]"),
        "ift780-seq2seq-assez-enough": .init(computed: "assez = [1,3,3,2,4], enough = [1,4,5,6,2,3] ; sortie du décodeur [1,4,5,6,2,3,7]"),
        "ift780-min-char-rnn": .init(
            computed: "S₀ = 25·ln V : 34.657 (V = 4), 104.36 (V = 65), 103.18 (Sonnets)",
            explanation: "le listing tel que lu par l'OCR ne s'exécute pas (voir la liste ci-dessous) ; CNNLab suit le gist de "
                + "Karpathy : sortie softmax, entropie croisée, rétropropagation dans le temps, écrêtage à [−5, 5], Adagrad "
                + "avec ε = 10⁻⁸, perte lissée 0,999/0,001",
            printed: "hidden 100, seq 25, lr 1e-1 ; le listing"),
    ])
}
