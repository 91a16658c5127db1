import Plot

/// Figure 9: the same LeNet-5 on the whole of Fashion-MNIST (60,000 training and 10,000 test
/// images) with its own recipe: accuracy per epoch against the digits', and the test accuracy
/// of each class.
enum FashionFigure {
    static func figure(_ runs: LeNetExperiments) throws -> Figure {
        let test = runs.fashionTest
        let predictions = try runs.fashion.network.predictions(test.images)
        let perClass = ErrorFigures.perClassAccuracy(labels: test.labels, predictions: predictions, classes: test.classNames.count)
        let worst = perClass.indices.min { perClass[$0] < perClass[$1] } ?? 0
        let best = perClass.indices.max { perClass[$0] < perClass[$1] } ?? 0
        var readAs = [Int](repeating: 0, count: test.classNames.count)
        for index in test.labels.indices where test.labels[index] == worst && predictions[index] != worst { readAs[predictions[index]] += 1 }
        let confusion = readAs.indices.max { readAs[$0] < readAs[$1] } ?? 0
        let last = runs.fashion.history[runs.fashion.history.count - 1], digits = runs.leNet5.history[runs.leNet5.history.count - 1]
        /// A class's name in the language being written (the data set names them in English).
        func name(_ label: Int) -> TextValue {
            .words(Words { $0 == .french ? Text.fashionClasses[label] : test.classNames[label] })
        }
        return Figure(
            id: "fashion-mnist", title: Text.fashionTitle.words(),
            caption: Text.fashionCaption.words([
                "parameters": .count(runs.fashion.network.parameterCount), "train": .count(runs.fashionTrain.count),
                "recorded": .count(min(TrainingRun.recordedTrainingImages, runs.fashionTrain.count)),
                "test": .count(test.count), "recipe": .words(runs.fashionRun.recipeWords),
                "accuracy": Text.percent(last.testAccuracy), "digits": Text.percent(digits.testAccuracy),
                "best": name(best), "bestShare": .fixed(perClass[best], decimals: 0),
                "worst": name(worst), "worstShare": .fixed(perClass[worst], decimals: 0),
                "confusion": name(confusion), "readAs": .integer(readAs[confusion]), "perClass": .count(test.count / 10), "digitsTrain": .count(runs.train.count),
            ]),
            source: Text.fashionSource.words(), width: 1100, height: 460
        ) { canvas, area, language in
            let series = zip([(Text.digitsSeries(language), runs.leNet5.history), (Text.clothesSeries(language), runs.fashion.history)],
                             [Role.series(0).color, Role.series(1).color]).flatMap {
                TrainingCurves.series($0.0, $0.1, color: $1, accuracy: true, from: 1, language: language)
            }
            let classNames = language == .french ? Text.fashionClasses : test.classNames
            let panels = area.columns(weights: [1.5, 1], spacing: 30)
            try Panel.titled(Text.accuracyTrainTest(language), on: canvas, in: panels[0]) { rect in
                try LineChart(series: series, xLabel: Text.epochAxis(language), yLabel: Text.imagesRightAxis(language), legend: .bottomRight)
                    .draw(on: canvas, in: rect)
            }
            try Panel.titled(Text.perClassPanel(language), on: canvas, in: panels[1]) { rect in
                try BarChart(categories: classNames, series: [.init("LeNet-5", values: perClass)],
                             valueLabel: Text.testImagesRightAxis(language), upper: 100).draw(on: canvas, in: rect)
            }
        }
    }
}
