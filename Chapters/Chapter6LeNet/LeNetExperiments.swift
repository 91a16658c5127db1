import Datasets
import Foundation
import NeuralNet
import Plot
import Synchronization
import Tensors

/// The training runs the report draws, each run once and shared by the figures: LeNet-5 and
/// LeNet-1 on MNIST-5k and LeNet-5 on the whole of Fashion-MNIST with the recipes of
/// ``TrainingRun/defaults(for:on:)`` (what `cnnlab train` does by default), and Görner's config 2
/// without dropout, with dropout and with batch normalisation on a tenth of MNIST-5k (where
/// regularisation has something to fix), each from three seeds so that the figure can tell an
/// effect from the spread between seeds. The runs are independent and go side by side, one per
/// core. Fixed seeds: the same command gives the same figures.
/// `quick` (CI) trains on a few hundred images for 2 epochs. Each run says on stderr when it
/// ends (the full chapter takes minutes).
struct LeNetExperiments {
    let train: LabeledImages
    let test: LabeledImages
    let leNet5Run: TrainingRun
    let leNet5: TrainingRun.Outcome
    let leNet1Run: TrainingRun
    let leNet1: TrainingRun.Outcome
    /// Görner config 2 variants on the small training set: (name, one history per seed).
    let regularisation: [(name: Words, histories: [[TrainingRun.Epoch]])]
    /// The seeds of the regularisation runs.
    let regularisationSeeds: [UInt64]
    /// The settings of the regularisation runs (the seed aside).
    let regularisationRun: TrainingRun
    /// LeNet-5 on Fashion-MNIST, its recipe, and the sets it trained and was tested on.
    let fashionRun: TrainingRun
    let fashion: TrainingRun.Outcome
    let fashionTrain: LabeledImages
    let fashionTest: LabeledImages
    /// Training images per digit of the regularisation runs.
    let regularisationPerDigit: Int
    /// The epochs of the MNIST-5k runs.
    var epochs: Int { leNet5Run.epochs }

    static func run(quick: Bool) throws -> LeNetExperiments {
        let (fullTrain, test) = try MNIST5k.load()
        let train = quick ? try fullTrain.balancedSubset(perClass: 40) : fullTrain
        func shortened(_ run: TrainingRun) -> TrainingRun {
            var run = run
            if quick { run.epochs = 2 }
            return run
        }
        let leNet5Run = shortened(.defaults(for: .leNet5, on: .mnist5k))
        let leNet1Run = shortened(.defaults(for: .leNet1, on: .mnist5k))
        let perDigit = quick ? 20 : 50
        let small = try fullTrain.balancedSubset(perClass: perDigit)
        let gorner = NetworkRecipe.gorner2
        let variants = [
            (Text.noDropout.words(), gorner.variant(name: "gorner2-plain", dropout: [:])),
            (Text.dropout.words(["p": .number(0.25)]), gorner),
            (Text.batchNorm.words(), gorner.variant(name: "gorner2-bn", dropout: [:], batchNormAfterConvolutions: true)),
        ]
        let seeds: [UInt64] = [1, 2, 3]
        let regularisationRun = TrainingRun(recipe: gorner, epochs: quick ? 2 : 10, batchSize: 25)
        let clothes = try FashionMNIST.load()
        let (fashionTrain, fashionTest) = quick
            ? (try clothes.train.balancedSubset(perClass: 40), try clothes.test.balancedSubset(perClass: 20))
            : (clothes.train, clothes.test)
        let fashionRun = shortened(.defaults(for: .leNet5, on: .fashion))

        // Every run, the longest first: Fashion-MNIST, the two MNIST-5k runs, then Görner's
        // variants seed by seed.
        let named = [Job(label: "LeNet-5 on Fashion-MNIST", run: fashionRun, train: fashionTrain, test: fashionTest, everyEpoch: true),
                     Job(label: "LeNet-5 on MNIST-5k", run: leNet5Run, train: train, test: test),
                     Job(label: "LeNet-1 on MNIST-5k", run: leNet1Run, train: train, test: test)]
        let variantJobs = variants.flatMap { name, recipe in
            seeds.map { seed in
                var run = regularisationRun
                (run.recipe, run.seed) = (recipe, seed)
                return Job(label: "Görner config 2, \(name.english), seed \(seed)", run: run, train: small, test: test)
            }
        }
        let jobs = named + variantJobs
        let outcomes = try inParallel(jobs.count) { try jobs[$0].outcome() }
        let (fashion, leNet5, leNet1) = (outcomes[0], outcomes[1], outcomes[2])
        let regularisation = variants.indices.map { v in
            let first = named.count + v * seeds.count
            return (variants[v].0, outcomes[first..<(first + seeds.count)].map(\.history))
        }
        return LeNetExperiments(train: train, test: test, leNet5Run: leNet5Run, leNet5: leNet5, leNet1Run: leNet1Run, leNet1: leNet1,
                                regularisation: regularisation, regularisationSeeds: seeds, regularisationRun: regularisationRun,
                                fashionRun: fashionRun, fashion: fashion, fashionTrain: fashionTrain, fashionTest: fashionTest,
                                regularisationPerDigit: perDigit)
    }

    /// One training run of the chapter and what it is told.
    private struct Job: Sendable {
        let label: String
        let run: TrainingRun
        let train: LabeledImages
        let test: LabeledImages
        var everyEpoch = false

        /// The run on one thread, saying on stderr how long it took and where it ended (every
        /// epoch too when `everyEpoch`): the chapter's progress.
        func outcome() throws -> TrainingRun.Outcome {
            var run = run
            run.threads = 1
            let clock = ContinuousClock.now
            let outcome = try run.run(train: train, test: test, onEpoch: { epoch in
                guard everyEpoch, epoch.epoch > 0 else { return }
                LeNetExperiments.progress("chapter 6: \(label), epoch \(epoch.epoch)/\(run.epochs): test accuracy \(percent(epoch.testAccuracy))")
            })
            let seconds = clock.duration(to: .now).components.seconds
            LeNetExperiments.progress("chapter 6: \(label), \(run.epochs) epochs: test accuracy \(percent(outcome.history.last?.testAccuracy ?? 0)) (\(seconds) s)")
            return outcome
        }
    }

    /// `body(0)` … `body(count − 1)` run side by side, one per core, taken in order as cores free
    /// up, and their results in order (the first error is rethrown). For independent training
    /// runs on one thread each: a run's history does not depend on its threads or on what runs
    /// beside it, so the figures do not either.
    private static func inParallel<T: Sendable>(_ count: Int, _ body: @Sendable (Int) throws -> T) throws -> [T] {
        let results = Mutex<[Int: Result<T, any Error>]>([:])
        DispatchQueue.concurrentPerform(iterations: count) { i in
            let result = Result { try body(i) }
            results.withLock { $0[i] = result }
        }
        return try results.withLock { done in try (0..<count).map { try done[$0]!.get() } }
    }

    private static func progress(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
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
