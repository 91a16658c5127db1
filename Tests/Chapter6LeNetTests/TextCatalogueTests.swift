@testable import Chapter6LeNet
import NeuralNet
import Plot
import Testing

@Suite("Chapter 6 text catalogue")
struct TextCatalogueTests {
    @Test("Every key has an English and a French text with the same placeholders")
    func bothLanguages() {
        #expect(Text.catalogue.problems(sameInBothLanguages: Text.sameInBothLanguages) == [])
    }

    @Test("The training recipe in words: the English caption's phrase, and the French one with a decimal comma")
    func recipe() {
        let mnist = TrainingRun.defaults(for: .leNet5, on: .mnist5k).recipeWords
        #expect(mnist.english == "Adam from μ = 0.002 down a cosine schedule, mini-batches of 32, 40 epochs, augmentation: "
            + "shifts of ±2 px, inputs standardised with the training set's mean and standard deviation, seed 1")
        #expect(mnist.french == "Adam à partir d'un taux d'apprentissage μ = 0,002 qui décroît en cosinus, mini-batchs de 32, "
            + "40 époques, augmentation de données : décalages de ±2 px, entrées centrées-réduites avec la moyenne et "
            + "l'écart-type de l'ensemble d'apprentissage, graine 1")
        var plain = TrainingRun(recipe: .leNet1, epochs: 3, batchSize: 10, learningRate: 0.05, seed: 7,
                                optimizer: .momentum(0.9), augmentation: Augmentation(maxShift: 1, horizontalFlips: true))
        #expect(plain.recipeWords.english == "momentum (β = 0.9) with μ = 0.05, mini-batches of 10, 3 epochs, "
            + "augmentation: shifts of ±1 px and horizontal flips, seed 7")
        plain.augmentation = .none
        #expect(plain.recipeWords.french == "momentum (β = 0,9) avec un taux d'apprentissage μ = 0,05, mini-batchs de 10, "
            + "3 époques, sans augmentation de données, graine 7")
    }

    @Test("The French notes table has the English one's rows, cells and parameter counts")
    func notes() {
        #expect(NotesFigure.frenchRows.map(\.count) == NotesFigure.rows.map(\.count))
        let french = NotesFigure.frenchRows.joined().joined(separator: " ")
        for count in ["122\u{202F}270", "121\u{202F}982", "44\u{202F}426", "422\u{202F}410", "2\u{202F}416"] {
            #expect(french.contains(count), "\(count) missing from the French notes")
        }
    }

    @Test("The figures that need no training are named in French, the diagram's boxes too")
    func untrainedFigures() throws {
        for figure in [try DiagramFigure.figure(), NotesFigure.figure()] {
            #expect(Language.allCases.flatMap { figure.textProblems(in: $0) } == [])
        }
        let network: Sequential<Float> = try NetworkRecipe.leNet5.build(seed: 1)
        let boxes = try DiagramFigure.diagram(network, language: .french).layers
        #expect(boxes[0].detail == "chiffre en gris")
        #expect(boxes[2].detail == "moyenne 2×2, S=2")
        #expect(boxes.last?.detail == "dense · 850 param. + softmax")
    }
}
