import Chapters
import NeuralNet
import Plot

/// Chapter 1's text catalogue: every sentence and label of its report, in English and in French
/// (the decks' words: pas, descente de gradient, tests d'arrêt, optimums locaux, époque, lot).
/// The figures pass the run's numbers as arguments, so both languages print the same values.
enum Text: String, CatalogueKey {
    case title, subtitle
    // Figure 1: step sizes on the bowl.
    case bowlTooSmall, bowlGood, bowlLimit, bowlDiverges
    case bowlOutcome, bowlDivergedOutcome, bowlCaption, bowlTitle, bowlSource, bowlContourPanel, bowlValuePanel
    // Shared labels.
    case levelOfJ, startEnd, iterationK, method, iterations, evaluations, stoppedBy, endPoint
    case stopTest, stopCap, stopDiverged
    case gradient, objective, relativeObjective, iterate, relativeIterate, iterationCap
    // Figure 2: Rosenbrock.
    case fixedStep, backtracking, momentumRun
    case rosenbrockCaption, rosenbrockJump, rosenbrockEnd, rosenbrockTitle, rosenbrockSource, rosenbrockPanel
    case distanceToMinimum
    // Figure 3: local minima.
    case wavyLanding, minimaCaption, minimaTitle, minimaSource, wavyPanel, himmelblauPanel
    // Figure 4: stopping tests.
    case stoppingCaption, stoppingTitle, stoppingSource, stoppingCurve, test, quantity, stopsAt
    // Figure 5: SGD, mini-batch, batch.
    case sgd, miniBatch, batch, fixedSchedule, decreasingSchedule
    case miniBatchCaption, miniBatchTitle, miniBatchSource, epochsPanel, examplesPanel, epoch, examplesSeen
    case updates, step, endParameters
    // Figure 6: worked examples.
    case examplesTitle, examplesCaption, examplesSource

    static let catalogue = Catalogue<Text>([
        .title: ("Gradient descent", "Descente de gradient"),
        .subtitle: ("Step size, stopping tests, Rosenbrock, local minima, SGD and mini-batches — "
                        + "Apprentissage profond ≈ slides 27–41, IFT 780 slides 6–17",
                    "Pas, tests d'arrêt, Rosenbrock, optimums locaux, SGD et mini-batchs — "
                        + "Apprentissage profond ≈ diapositives 27–41, IFT 780 diapositives 6–17"),

        .bowlTooSmall: ("μ = {mu}, too small", "μ = {mu}, trop petit"),
        .bowlGood: ("μ = {mu}, good", "μ = {mu}, bon"),
        .bowlLimit: ("μ = {mu} = 2/L", "μ = {mu} = 2/L"),
        .bowlDiverges: ("μ = {mu}, diverges", "μ = {mu}, diverge"),
        .bowlOutcome: ("μ = {mu} ends at J = {j}", "μ = {mu} finit à J = {j}"),
        .bowlDivergedOutcome: ("μ = {mu} {reason}", "μ = {mu} {reason}"),
        .bowlCaption: (
            "Fixed-step gradient descent on x² + 10y² from {start}, {iterations} iterations. The curvatures are 2 and 20, "
                + "so ∇J is L-Lipschitz with L = 20 and the iterates follow xₖ = (1 − 2μ)ᵏ x₀, yₖ = (1 − 20μ)ᵏ y₀: below "
                + "μ = 2/L = 0.1 both factors shrink, at 0.1 the y factor is −1 and y flips between ±{y0} forever, above it "
                + "|1 − 20μ| > 1 and the descent diverges (reported, not crashed: it stops when J passes 10⁶ × J(θ₀); its "
                + "trajectory is drawn up to its first iterate outside the frame). {outcomes}.",
            "Descente de gradient à pas fixe sur x² + 10y² depuis {start}, {iterations} itérations. Les courbures valent 2 "
                + "et 20 : ∇J est L-lipschitzien avec L = 20 et les itérés suivent xₖ = (1 − 2μ)ᵏ x₀, yₖ = (1 − 20μ)ᵏ y₀. "
                + "Sous μ = 2/L = 0,1 les deux facteurs rétrécissent ; à 0,1 le facteur de y vaut −1 et y oscille entre "
                + "±{y0} sans fin ; au-delà |1 − 20μ| > 1 et la descente diverge (c'est un résultat signalé, pas un plantage : "
                + "elle s'arrête quand J dépasse 10⁶ × J(θ₀) ; sa trajectoire est tracée jusqu'à son premier itéré hors du "
                + "cadre). {outcomes}."),
        .bowlTitle: ("Step size on an ill-conditioned bowl: too small, good, at the limit, divergent",
                     "Le pas sur une cuvette mal conditionnée : trop petit, bon, à la limite, divergent"),
        .bowlSource: ("Apprentissage profond ≈ slides 33–34 (choice of μ, \"L-Lipschitz\")",
                      "Apprentissage profond ≈ diapositives 33–34 (choix de μ, « L-Lipschitz »)"),
        .bowlContourPanel: ("Trajectories on the contours of J(x, y) = x² + 10y²",
                            "Trajectoires sur les lignes de niveau de J(x, y) = x² + 10y²"),
        .bowlValuePanel: ("J(θ(k)) against k (log scale)", "J(θ(k)) en fonction de k (échelle log)"),

        .levelOfJ: ("level of J(x, y)", "niveau de J(x, y)"),
        .startEnd: ("start, end", "départ, arrivée"),
        .iterationK: ("iteration k", "itération k"),
        .method: ("method", "méthode"),
        .iterations: ("iterations", "itérations"),
        .evaluations: ("evaluations", "évaluations"),
        .stoppedBy: ("stopped by", "arrêtée par"),
        .endPoint: ("end point", "point final"),
        .stopTest: ("{test} test", "test « {test} »"),
        .stopCap: ("iteration cap", "plafond d'itérations"),
        .stopDiverged: ("diverged at iteration {k}", "diverge à l'itération {k}"),
        .gradient: ("gradient", "gradient"),
        .objective: ("objective", "objectif"),
        .relativeObjective: ("relative objective", "objectif relatif"),
        .iterate: ("iterate", "itéré"),
        .relativeIterate: ("relative iterate", "itéré relatif"),
        .iterationCap: ("iteration cap", "plafond d'itérations"),

        .fixedStep: ("fixed μ = 10⁻³", "pas fixe μ = 10⁻³"),
        .backtracking: ("backtracking (Armijo)", "recherche linéaire (Armijo)"),
        .momentumRun: ("momentum β = {beta}, μ = 10⁻³", "moment β = {beta} ; μ = 10⁻³"),
        .rosenbrockCaption: (
            "The deck's \"cas pathologique\" (\"iter.max = 10K, μ = 10⁻³\"): from (−1.2, 1) the iterates fall into the "
                + "curved valley y = x² within a few steps, then crawl along it: after the deck's 10,000 iterations at "
                + "μ = 10⁻³ the fixed step is at {end} with J = {j}, still short of the minimum (1, 1). A backtracking line "
                + "search (slide 33's \"pas variable par recherche linéaire\"; Armijo: try t = 1, 1/2, 1/4, … until "
                + "J(θ − t∇J) ≤ J(θ) − 0.3·t·‖∇J‖²) and momentum (β = {beta}, same μ) both reach ‖∇J‖ < {tolerance}. ",
            "Le « cas pathologique » du cours (« iter.max = 10K, μ = 10⁻³ ») : depuis (−1,2 ; 1) les itérés tombent en "
                + "quelques pas dans la vallée courbe y = x², puis s'y traînent : après les 10 000 itérations du cours à "
                + "μ = 10⁻³, le pas fixe est en {end} avec J = {j}, encore loin du minimum (1 ; 1). Un « pas variable par "
                + "recherche linéaire » (diapositive 33 ; Armijo : essayer t = 1, 1/2, 1/4, … jusqu'à "
                + "J(θ − t∇J) ≤ J(θ) − 0,3·t·‖∇J‖²) et le moment (β = {beta}, même μ) atteignent tous deux "
                + "‖∇J‖ < {tolerance}. "),
        .rosenbrockJump: (
            "The line search's long jump (iteration {k}, t = {t}) is a legitimate step: Armijo asks only for enough "
                + "decrease, and J falls from {before} to {after} across the valley. ",
            "Le long saut de la recherche linéaire (itération {k}, t = {t}) est un pas légitime : Armijo ne demande "
                + "qu'une baisse suffisante, et J passe de {before} à {after} en traversant la vallée. "),
        .rosenbrockEnd: ("Trajectories show every iterate (every 50th for the fixed step); evaluations count J's "
                            + "line-search trials.",
                         "Les trajectoires montrent chaque itéré (un sur 50 pour le pas fixe) ; les évaluations "
                            + "comptent les essais de J de la recherche linéaire."),
        .rosenbrockTitle: ("The pathological case: Rosenbrock with μ = 10⁻³ and 10K iterations, against backtracking and momentum",
                           "Le cas pathologique : Rosenbrock avec μ = 10⁻³ et 10K itérations, face à la recherche linéaire et au moment"),
        .rosenbrockSource: ("Apprentissage profond ≈ slides 33–35; momentum: beyond the slides",
                            "Apprentissage profond ≈ diapositives 33–35 ; le moment : au-delà des diapositives"),
        .rosenbrockPanel: ("Iterates on the contours of (1 − x)² + 100(y − x²)²",
                           "Itérés sur les lignes de niveau de (1 − x)² + 100(y − x²)²"),
        .distanceToMinimum: ("distance to (1, 1)", "distance à (1, 1)"),

        .wavyLanding: ("x = {x} (f = {f})", "x = {x} (f = {f})"),
        .minimaCaption: (
            "Gradient descent stops at the first minimum downhill of its start: on f(x) = x²/10 + sin 2x (μ = {mu}) the "
                + "{starts} starts (hollow) end (filled) in {count} different minima, {landed}; only the ones started near "
                + "x = −0.75 find the global minimum. Himmelblau's function has four minima, all at 0: the {hstarts} starts "
                + "(μ = {hmu}) split among them by basin. Every run stops when ‖∇J‖ < 10⁻⁶; the colour is the minimum reached "
                + "(crosses mark the minima).",
            "La descente de gradient s'arrête au premier minimum en aval de son départ : sur f(x) = x²/10 + sin 2x "
                + "(μ = {mu}) les {starts} départs (cercles vides) finissent (cercles pleins) dans {count} minimums "
                + "différents, {landed} ; seuls ceux partis près de x = −0,75 trouvent le minimum global. La fonction "
                + "de Himmelblau a quatre minimums, tous à 0 : les {hstarts} départs (μ = {hmu}) se les partagent selon "
                + "leur bassin. Chaque descente s'arrête quand ‖∇J‖ < 10⁻⁶ ; la couleur est celle du minimum atteint "
                + "(les croix marquent les minimums)."),
        .minimaTitle: ("Local minima: where the descent lands depends on where it starts",
                       "Optimums locaux : où la descente arrive dépend d'où elle part"),
        .minimaSource: ("Apprentissage profond ≈ slides 36–38 (\"optimums locaux\"); the functions are ours",
                        "Apprentissage profond ≈ diapositives 36–38 (« optimums locaux ») ; les fonctions sont les nôtres"),
        .wavyPanel: ("f(x) = x²/10 + sin 2x: one descent per start", "f(x) = x²/10 + sin 2x : une descente par départ"),
        .himmelblauPanel: ("Himmelblau (x² + y − 11)² + (x + y² − 7)²", "Himmelblau : (x² + y − 11)² + (x + y² − 7)²"),

        .stoppingCaption: (
            "The same run — Rosenbrock from (−1.2, 1), μ = 10⁻³ — stopped by each test of the slide in turn (denominators "
                + "max{1, ·}). With a fixed step ‖θ(k) − θ(k−1)‖ = μ‖∇J(θ(k−1))‖, so the iterate test at ε acts like the "
                + "gradient test at ε/μ (rows 1 and 5: k = {k1} and {k5}); once |J| < 1 the relative objective test is the "
                + "absolute one (rows 3 and 4: k = {k3} and {k4}). A loose objective test (row 2) stops after {early} "
                + "iterations on the first flat stretch, {distance} from the minimum: small changes do not mean a minimum. "
                + "No test tells the distance to the minimum.",
            "La même descente — Rosenbrock depuis (−1,2 ; 1), μ = 10⁻³ — arrêtée tour à tour par chaque test de la "
                + "diapositive (dénominateurs max{1, ·}). À pas fixe ‖θ(k) − θ(k−1)‖ = μ‖∇J(θ(k−1))‖ : le test sur "
                + "l'itéré à ε agit comme le test sur le gradient à ε/μ (lignes 1 et 5 : k = {k1} et {k5}) ; dès que "
                + "|J| < 1 le test relatif sur l'objectif est le test absolu (lignes 3 et 4 : k = {k3} et {k4}). Un test "
                + "lâche sur l'objectif (ligne 2) s'arrête après {early} itérations sur le premier replat, à {distance} "
                + "du minimum : de petites variations ne font pas un minimum. Aucun test ne donne la distance au minimum."),
        .stoppingTitle: ("Stopping tests: the same descent, stopped by each rule of the slide",
                         "Tests d'arrêt : la même descente, arrêtée par chaque règle de la diapositive"),
        .stoppingSource: ("Apprentissage profond ≈ slide 32 (\"tests d'arrêt\"), on the run of slides 34–35",
                          "Apprentissage profond ≈ diapositive 32 (« tests d'arrêt »), sur la descente des diapositives 34–35"),
        .stoppingCurve: ("J(θ(k)), μ = 10⁻³", "J(θ(k)), μ = 10⁻³"),
        .test: ("test", "test"),
        .quantity: ("quantity < ε", "quantité < ε"),
        .stopsAt: ("stops at k", "arrêt à k"),

        .sgd: ("SGD (B = 1)", "SGD (B = 1)"),
        .miniBatch: ("mini-batch (B = 10)", "mini-batch (B = 10)"),
        .batch: ("batch (B = N = 200)", "batch complet (B = N = 200)"),
        .fixedSchedule: ("μ = {mu}", "μ = {mu}"),
        .decreasingSchedule: ("μ₀/e, μ₀ = {mu}", "μ₀/e, μ₀ = {mu}"),
        .miniBatchCaption: (
            "Linear regression y = 2x₁ − 3x₂ + 0.5 + 0.5ε on {count} seeded examples, loss J(θ) = 1/(2N) Σ (ŷ − y)², "
                + "trained from θ = 0 for {epochs} epochs with the deck's general algorithm (shuffle each epoch, split into "
                + "mini-batches — IFT 780 uses 2 to 32 —, θ ← θ − (μ_e/#B) Σ (ŷ − y)(x, 1)). Curves show J(θ) − J(θ*) "
                + "after every update, θ* the least-squares solution {optimum} from the normal equations. SGD and "
                + "mini-batches use the decreasing step μ_e = μ₀/e (IFT 780's η = cst/k, counted in epochs): each of their "
                + "updates follows the gradient of one or ten examples, so their curves are noisy, and the noise shrinks "
                + "as μ_e does. The full batch takes one exact gradient step per epoch, so it needs no decay and converges "
                + "linearly — but per example seen it is the slowest at first. All three end within 10⁻³ of θ* (the "
                + "tests' tolerance).",
            "Régression linéaire y = 2x₁ − 3x₂ + 0,5 + 0,5ε sur {count} exemples tirés avec une graine, perte "
                + "J(θ) = 1/(2N) Σ (ŷ − y)², entraînée depuis θ = 0 pendant {epochs} époques avec l'algorithme général du "
                + "cours (mélanger à chaque époque, découper en mini-batchs — IFT 780 en prend de 2 à 32 —, "
                + "θ ← θ − (μ_e/#B) Σ (ŷ − y)(x, 1)). Les courbes montrent J(θ) − J(θ*) après chaque mise à jour, θ* "
                + "étant la solution des moindres carrés {optimum} donnée par les équations normales. SGD et mini-batchs "
                + "prennent le pas décroissant μ_e = μ₀/e (le η = cst/k d'IFT 780, compté en époques) : chacune de leurs "
                + "mises à jour suit le gradient d'un ou de dix exemples, d'où des courbes bruitées, et le bruit diminue "
                + "avec μ_e. Le batch complet fait un pas de gradient exact par époque : il n'a pas besoin de décroissance "
                + "et converge linéairement — mais, par exemple vu, il est d'abord le plus lent. Les trois finissent à "
                + "moins de 10⁻³ de θ* (la tolérance des tests)."),
        .miniBatchTitle: ("SGD, mini-batch and batch gradient descent on a least-squares problem",
                          "Descente de gradient stochastique, par mini-batch et par batch sur un problème de moindres carrés"),
        .miniBatchSource: ("Apprentissage profond ≈ slides 39–41, 48–51; IFT 780 slides 6–9, 17",
                           "Apprentissage profond ≈ diapositives 39–41, 48–51 ; IFT 780 diapositives 6–9, 17"),
        .epochsPanel: ("J(θ) − J(θ*) against epochs", "J(θ) − J(θ*) en fonction des époques"),
        .examplesPanel: ("J(θ) − J(θ*) against examples seen (first 600)",
                         "J(θ) − J(θ*) en fonction des exemples vus (600 premiers)"),
        .epoch: ("epoch", "époque"),
        .examplesSeen: ("examples seen", "exemples vus"),
        .updates: ("updates", "mises à jour"),
        .step: ("step", "pas"),
        .endParameters: ("θ = (w₁, w₂, b) at the end", "θ = (w₁, w₂, b) à la fin"),

        .examplesTitle: ("What the slides say, and what CNNLab computes", "Ce que disent les diapositives, et ce que calcule CNNLab"),
        .examplesCaption: (
            "One row per numeric claim of the gradient-descent slides: the slide, what it says, the value CNNLab computes "
                + "(the chapter's tests assert it; the last column names the test). ",
            "Une ligne par affirmation chiffrée des diapositives sur la descente de gradient : la diapositive, ce "
                + "qu'elle dit, la valeur que calcule CNNLab (les tests du chapitre la vérifient ; la dernière colonne "
                + "nomme le test). "),
        .examplesSource: ("the catalogue of the decks' worked examples, §1 (each recomputed with numpy)",
                          "le catalogue des exemples chiffrés des cours, §1 (chacun recalculé avec numpy)"),
    ])

    /// Keys whose text is the same in both languages: formulas and names.
    static let sameInBothLanguages: Set<Text> = [.bowlLimit, .bowlDivergedOutcome, .wavyLanding, .gradient, .stoppingCurve, .test, .sgd,
                                                 .miniBatch, .fixedSchedule, .decreasingSchedule]

    /// The French texts of the chapter's worked examples (the slides' own words stay as printed).
    static let examples = FrenchExamples([
        "gd-update-rule-quadratic": .init(computed: "θ = 1, 0.5, 0.25, 0.125, 0.0625", printed: "la règle seule"),
        "gd-taylor-first-order-decrease": .init(computed: "réelle −0.039888, prédite −0.04"),
        "gd-step-size-vs-lipschitz": .init(
            computed: "μ = 0.25 : 0.5ᵏ ; μ = 0.5 : 0 en un pas ; μ = 1 : ±1 sans fin ; μ = 1.1 : (−1.2)ᵏ diverge",
            printed: "pas fixe si J est L-Lipschitz, μ sous une borne (OCR : « % »)"),
        "gd-rosenbrock-10k": .init(computed: "(0.992356, 0.984739), f = 5.853×10⁻⁵ : encore loin de (1, 1)",
                                   explanation: "le point de départ n'est que sur la figure ; on prend (−1.2, 1)"),
        "iterations-per-pass": .init(computed: "100 mises à jour par passe"),
    ])
}

extension StopReason {
    /// How the reason reads in a table or a caption, in either language: "diverged at iteration 41".
    var words: Words {
        switch self {
        case let .test(criterion): Text.stopTest.words(["test": .words(criterion.name)])
        case .maxIterations: Text.stopCap.words()
        case let .diverged(iteration): Text.stopDiverged.words(["k": .integer(iteration)])
        }
    }
}

extension StoppingTest.Criterion {
    /// The test's name as the tables write it: "relative objective" / "objectif relatif".
    var name: Words {
        switch self {
        case .gradient: Text.gradient.words()
        case .objective: Text.objective.words()
        case .relativeObjective: Text.relativeObjective.words()
        case .iterate: Text.iterate.words()
        case .relativeIterate: Text.relativeIterate.words()
        }
    }
}
