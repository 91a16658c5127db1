import Plot

/// Figure 2: loss and accuracy per epoch of LeNet-5 and LeNet-1 on MNIST-5k, training set
/// (solid) against test set (dashed), both measured in test mode after each epoch.
enum CurvesFigure {
    static func figure(_ runs: LeNetExperiments) -> Figure {
        let (five, one) = (runs.leNet5.history, runs.leNet1.history)
        let last5 = five[five.count - 1], last1 = one[one.count - 1]
        let colors = [Role.series(0).color, Role.series(1).color]
        let runsDrawn = zip([("LeNet-5", five), ("LeNet-1", one)], colors)
        return Figure(
            id: "training-curves", title: Text.curvesTitle.words(),
            caption: Text.curvesCaption.words([
                "train": .count(runs.train.count), "test": .count(runs.test.count), "recipe": .words(runs.leNet5Run.recipeWords),
                "mu1": .number(runs.leNet1Run.learningRate), "epochs": .integer(runs.epochs),
                "test5": Text.percent(last5.testAccuracy), "train5": Text.percent(last5.trainAccuracy),
                "test1": Text.percent(last1.testAccuracy), "train1": Text.percent(last1.trainAccuracy),
            ]),
            source: Text.curvesSource.words(),
            width: 1000, height: 420
        ) { canvas, area, language in
            let loss = runsDrawn.flatMap { TrainingCurves.series($0.0, $0.1, color: $1, accuracy: false, language: language) }
            let accuracy = runsDrawn.flatMap { TrainingCurves.series($0.0, $0.1, color: $1, accuracy: true, from: 1, language: language) }
            let panels = area.columns(2, spacing: 30)
            try Panel.titled(Text.lossPanel(language), on: canvas, in: panels[0]) { rect in
                try LineChart(series: loss, xLabel: Text.epochAxis(language), yLabel: Text.lossAxis(language), logY: true,
                              legend: .topRight).draw(on: canvas, in: rect)
            }
            try Panel.titled(Text.accuracyPanel(language), on: canvas, in: panels[1]) { rect in
                try LineChart(series: accuracy, xLabel: Text.epochAxis(language), yLabel: Text.digitsRightAxis(language),
                              legend: .bottomRight).draw(on: canvas, in: rect)
            }
        }
    }
}
