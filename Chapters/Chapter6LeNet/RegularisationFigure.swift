import Plot

/// Figure 8: dropout and batch normalisation on Görner's config 2, trained on a small part of
/// MNIST-5k where the network can learn its training set by heart, each variant from three
/// seeds: the mean drawn as a line, the lowest…highest of the seeds as a band. The caption calls
/// a difference an effect only when the seeds' ranges do not overlap.
enum RegularisationFigure {
    /// The final test accuracies (%) of a variant's seeds: mean, lowest, highest.
    struct Finals {
        let mean: Double, lowest: Double, highest: Double
        init(_ histories: [[TrainingRun.Epoch]]) {
            let values = histories.compactMap { $0.last.map { 100 * $0.testAccuracy } }
            mean = values.reduce(0, +) / Double(max(values.count, 1))
            (lowest, highest) = (values.min() ?? 0, values.max() ?? 0)
        }
        var range: String { "\(NumberFormat.string(lowest, decimals: 1))–\(NumberFormat.string(highest, decimals: 1))%" }
        /// Whether the two ranges of seeds are apart.
        func isApart(from other: Finals) -> Bool { lowest > other.highest || highest < other.lowest }
    }

    static func figure(_ runs: LeNetExperiments) -> Figure {
        let colors = [Role.series(4), Role.series(0), Role.series(1)].map(\.color)
        let variants = zip(runs.regularisation, colors)
        let accuracy = variants.flatMap { TrainingCurves.series($0.name, $0.histories, color: $1, accuracy: true, from: 1) }
        let loss = variants.flatMap { TrainingCurves.series($0.name, $0.histories, color: $1, accuracy: false) }
        let finals = runs.regularisation.map { (name: $0.name, finals: Finals($0.histories)) }
        let baseline = finals[0].finals
        let verdicts = finals.dropFirst().map { name, result in
            let change = result.mean - baseline.mean
            let signed = "\(change >= 0 ? "+" : "−")\(NumberFormat.string(abs(change), decimals: 1))"
            return result.isApart(from: baseline)
                ? "\(name) \(signed) points on average, an effect: its seeds' range (\(result.range)) does not meet the baseline's"
                : "\(name) \(signed) points on average, within the spread: its seeds' range (\(result.range)) overlaps the baseline's, so three seeds show no effect"
        }
        let train = runs.regularisationPerDigit * 10
        let epochs = Double(runs.regularisationRun.epochs)
        let seeds = runs.regularisationSeeds.map(String.init).joined(separator: ", ")
        return Figure(
            id: "dropout-batchnorm", title: "Dropout and batch normalisation on Görner's config 2, trained on \(train) digits, three seeds",
            caption: "Görner's second network (244,076 parameters) trained on only \(train) digits (\(runs.regularisationPerDigit) of each) "
                + "and tested on the \(NumberFormat.grouped(runs.test.count)) test digits; mini-batches of \(runs.regularisationRun.batchSize), "
                + "Adam μ = \(NumberFormat.significant(runs.regularisationRun.learningRate)), no augmentation, \(Int(epochs)) epochs; "
                + "each variant trained from seeds \(seeds) (weights, shuffles, dropout masks): the line is their mean, the band "
                + "their lowest…highest. With so few examples the network learns its training set by heart (solid curves near 100%) "
                + "far above what it gets right on new digits. Final test accuracy, mean (range over the seeds): "
                + finals.map { "\($0.name) \(NumberFormat.string($0.finals.mean, decimals: 1))% (\($0.finals.range))" }.joined(separator: "; ")
                + ". Against no dropout: " + verdicts.joined(separator: "; ")
                + ". On 1,000 test digits one standard error is about 1 point; Görner's slides report a gain of 2/10 of a point "
                + "from dropout on the full MNIST, far below what this experiment can see.",
            source: "Pasco slides 46–48 (dropout, pkeep = 0.75) and \"Normalisation par lots\"; the runs are beyond the slides",
            width: 1000, height: 460
        ) { canvas, area in
            let panels = area.columns(weights: [1.2, 1], spacing: 30)
            try Panel.titled("accuracy: training set (solid), test set (dashed)", on: canvas, in: panels[0]) { rect in
                try LineChart(series: accuracy, xLabel: "epoch", yLabel: "digits classified right (%)", xRange: 0...epochs,
                              legend: .bottomRight).draw(on: canvas, in: rect)
            }
            try Panel.titled("loss: training set (solid), test set (dashed)", on: canvas, in: panels[1]) { rect in
                try LineChart(series: loss, xLabel: "epoch", yLabel: "mean cross-entropy (nats)", logY: true,
                              xRange: 0...epochs, legend: .bottomLeft).draw(on: canvas, in: rect)
            }
        }
    }
}
