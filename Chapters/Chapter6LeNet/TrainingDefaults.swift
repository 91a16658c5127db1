import NeuralNet
import Plot

extension TrainingRun {
    /// The report's recipe for `recipe` on `dataset`, which `cnnlab train` uses for every option
    /// it is not given (`cnnlab train --help` lists them):
    /// - MNIST-5k: 40 epochs, mini-batches of 32, Adam from μ = 2·10⁻³ (3·10⁻³ for
    ///   the small LeNet-1) down a cosine schedule, every training digit moved by up to ±2 pixels
    ///   (IFT 780 slide 180: "Augmentation de données"); 4,000 digits are few, and the moves
    ///   stop the network from learning them by heart.
    /// - Fashion-MNIST: 15 epochs, mini-batches of 32, Adam from μ = 2·10⁻³ down a cosine
    ///   schedule, half the clothes mirrored left–right (a mirrored shirt is a shirt).
    public static func defaults(for recipe: NetworkRecipe, on dataset: DigitDataset, seed: UInt64 = 1) -> TrainingRun {
        let learningRate = recipe.name == NetworkRecipe.leNet1.name ? 3e-3 : 2e-3
        switch dataset {
        case .mnist5k:
            return TrainingRun(recipe: recipe, epochs: 40, batchSize: 32, learningRate: learningRate, seed: seed,
                               augmentation: Augmentation(maxShift: 2), schedule: .cosine, standardize: true)
        case .fashion:
            return TrainingRun(recipe: recipe, epochs: 15, batchSize: 32, learningRate: learningRate, seed: seed,
                               augmentation: Augmentation(horizontalFlips: true), schedule: .cosine, standardize: true)
        }
    }

    /// "Adam from μ = 0.002 down a cosine schedule, mini-batches of 32, 40 epochs, augmentation:
    /// shifts of ±2 px, inputs standardised …, seed 1": the recipe in English, as `cnnlab train`
    /// prints it.
    public var recipeDescription: String { recipeWords.english }

    /// The recipe in a caption's words, in either language (chapter 6's catalogue).
    public var recipeWords: Words {
        let mu = TextValue.number(learningRate)
        let rule: TextValue = switch optimizer {
        case .adam: .text("Adam")
        case .sgd: .text("SGD")
        case let .momentum(beta): .words(Text.momentum.words(["beta": .number(beta)]))
        }
        let step = schedule == .constant
            ? Text.recipeConstant.words(["rule": rule, "mu": mu])
            : Text.recipeSchedule.words(["rule": rule, "mu": mu, "schedule": .words(Text.cosine.words())])
        let shifts = Text.shifts.words(["shift": .integer(augmentation.maxShift)]), flips = Text.flips.words()
        let moves: Words = switch (augmentation.maxShift > 0, augmentation.horizontalFlips) {
        case (true, true): Text.augmentation.words(["moves": .words(Text.both.words(["shifts": .words(shifts), "flips": .words(flips)]))])
        case (true, false): Text.augmentation.words(["moves": .words(shifts)])
        case (false, true): Text.augmentation.words(["moves": .words(flips)])
        case (false, false): Text.noAugmentation.words()
        }
        return Text.recipe.words([
            "step": .words(step), "batch": .integer(batchSize), "epochs": .integer(epochs), "moves": .words(moves),
            "inputs": .words(standardize ? Text.standardised.words() : .same("")), "seed": .text(String(seed)),
        ])
    }
}
