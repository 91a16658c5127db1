import Datasets
import NeuralNet
import Plot
import Tensors

/// The training runs the report draws, each run once and shared by the figures: LeNet-5 and
/// LeNet-1 on MNIST-5k, and Görner's config 2 without dropout, with dropout and with batch
/// normalisation on a tenth of it (where regularisation has something to fix), and LeNet-5 on as
/// many Fashion-MNIST images (400 of each class to train, 100 to test). Fixed seeds: the same
/// command gives the same figures. `quick` (CI) trains on a tenth of the data for 2 epochs.
struct LeNetExperiments {
    let train: LabeledImages
    let test: LabeledImages
    let leNet5: TrainingRun.Outcome
    let leNet1: TrainingRun.Outcome
    /// Görner config 2 variants on the small training set: (name, history).
    let regularisation: [(name: String, history: [TrainingRun.Epoch])]
    /// LeNet-5 on the Fashion-MNIST subset, and that subset's test set.
    let fashion: TrainingRun.Outcome
    let fashionTrain: LabeledImages
    let fashionTest: LabeledImages
    /// Training images per digit of the regularisation runs.
    let regularisationPerDigit: Int
    /// The epochs of every run.
    let epochs: Int

    static func run(quick: Bool) throws -> LeNetExperiments {
        let (fullTrain, test) = try MNIST5k.load()
        let train = quick ? try fullTrain.balancedSubset(perClass: 40) : fullTrain
        let epochs = quick ? 2 : 8
        let leNet5 = try TrainingRun(recipe: .leNet5, epochs: epochs).run(train: train, test: test)
        let leNet1 = try TrainingRun(recipe: .leNet1, epochs: epochs, learningRate: 3e-3).run(train: train, test: test)
        let perDigit = quick ? 20 : 50
        let small = try fullTrain.balancedSubset(perClass: perDigit)
        let gorner = NetworkRecipe.gorner2
        let variants = [
            ("no dropout", gorner.variant(name: "gorner2-plain", dropout: [:])),
            ("dropout p = 0.25 after W4", gorner),
            ("batch norm after each convolution", gorner.variant(name: "gorner2-bn", dropout: [:], batchNormAfterConvolutions: true)),
        ]
        let regularisation = try variants.map { name, recipe in
            (name, try TrainingRun(recipe: recipe, epochs: quick ? 2 : 10, batchSize: 25).run(train: small, test: test).history)
        }
        let clothes = try FashionMNIST.load()
        let (fashionTrain, fashionTest) = (try clothes.train.balancedSubset(perClass: quick ? 40 : 400),
                                           try clothes.test.balancedSubset(perClass: quick ? 20 : 100))
        let fashion = try TrainingRun(recipe: .leNet5, epochs: epochs).run(train: fashionTrain, test: fashionTest)
        return LeNetExperiments(train: train, test: test, leNet5: leNet5, leNet1: leNet1, regularisation: regularisation,
                                fashion: fashion, fashionTrain: fashionTrain, fashionTest: fashionTest, regularisationPerDigit: perDigit, epochs: epochs)
    }
}

extension Tensor where Scalar == Float {
    /// Plane (n, c) of an (N, C, H, W) tensor as a matrix, for drawing.
    func matrix(image n: Int, channel c: Int) throws -> Matrix {
        let (channels, height, width) = (shape[1], shape[2], shape[3])
        let start = (n * channels + c) * height * width
        return try Matrix(rows: height, columns: width, values: scalars[start..<(start + height * width)].map(Double.init))
    }
}

/// "97.3%" — accuracies in captions, one decimal.
func percent(_ fraction: Double) -> String { NumberFormat.string(100 * fraction, decimals: 1) + "%" }
