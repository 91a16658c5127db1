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
        var range: TextValue { .words(Text.range.words(["lowest": .fixed(lowest, decimals: 1), "highest": .fixed(highest, decimals: 1)])) }
        /// Whether the two ranges of seeds are apart.
        func isApart(from other: Finals) -> Bool { lowest > other.highest || highest < other.lowest }
    }

    static func figure(_ runs: LeNetExperiments) -> Figure {
        let colors = [Role.series(4), Role.series(0), Role.series(1)].map(\.color)
        let variants = zip(runs.regularisation, colors)
        let finals = runs.regularisation.map { (name: $0.name, finals: Finals($0.histories)) }
        let baseline = finals[0].finals
        let verdicts = finals.dropFirst().map { name, result in
            let change = result.mean - baseline.mean
            let signed = Words { language in
                (change >= 0 ? "+" : "−") + TextValue.fixed(abs(change), decimals: 1).text(in: language)
            }
            return (result.isApart(from: baseline) ? Text.effect : .withinSpread)
                .words(["name": .words(name), "change": .words(signed), "range": result.range])
        }
        let finalWords = finals.map {
            Text.finalAccuracy.words(["name": .words($0.name), "mean": .fixed($0.finals.mean, decimals: 1), "range": $0.finals.range])
        }
        let train = runs.regularisationPerDigit * 10
        let epochs = Double(runs.regularisationRun.epochs)
        let seeds = Words.list(runs.regularisationSeeds.map { .same(String($0)) })
        return Figure(
            id: "dropout-batchnorm", title: Text.regularisationTitle.words(["train": .count(train)]),
            caption: Text.regularisationCaption.words([
                "train": .count(train), "perDigit": .integer(runs.regularisationPerDigit), "test": .count(runs.test.count),
                "batch": .integer(runs.regularisationRun.batchSize), "mu": .number(runs.regularisationRun.learningRate),
                "epochs": .integer(Int(epochs)), "seeds": .words(seeds), "finals": .words(Words.list(finalWords, english: "; ")),
                "verdicts": .words(Words.list(verdicts, english: "; ")),
            ]),
            source: Text.regularisationSource.words(), width: 1000, height: 460
        ) { canvas, area, language in
            let accuracy = variants.flatMap {
                TrainingCurves.series($0.name(language), $0.histories, color: $1, accuracy: true, from: 1, language: language)
            }
            let loss = variants.flatMap {
                TrainingCurves.series($0.name(language), $0.histories, color: $1, accuracy: false, language: language)
            }
            let panels = area.columns(weights: [1.2, 1], spacing: 30)
            try Panel.titled(Text.accuracyTrainTest(language), on: canvas, in: panels[0]) { rect in
                try LineChart(series: accuracy, xLabel: Text.epochAxis(language), yLabel: Text.digitsRightAxis(language), xRange: 0...epochs,
                              legend: .bottomRight).draw(on: canvas, in: rect)
            }
            try Panel.titled(Text.lossTrainTest(language), on: canvas, in: panels[1]) { rect in
                // A decade above the untrained loss (ln 10 ≈ 2.3) holds the legend clear of the curves.
                try LineChart(series: loss, xLabel: Text.epochAxis(language), yLabel: Text.lossAxis(language), logY: true,
                              xRange: 0...epochs, yRange: 0.001...100, legend: .topRight).draw(on: canvas, in: rect)
            }
        }
    }
}
