import Plot

/// Figure 2: loss and accuracy per epoch of LeNet-5 and LeNet-1 on MNIST-5k, training set
/// (solid) against test set (dashed), both measured in test mode after each epoch.
enum CurvesFigure {
    static func figure(_ runs: LeNetExperiments) -> Figure {
        let (five, one) = (runs.leNet5.history, runs.leNet1.history)
        let last5 = five[five.count - 1], last1 = one[one.count - 1]
        let colors = [Role.series(0).color, Role.series(1).color]
        let runsDrawn = zip([("LeNet-5", five), ("LeNet-1", one)], colors)
        let loss = runsDrawn.flatMap { TrainingCurves.series($0.0, $0.1, color: $1, accuracy: false) }
        let accuracy = runsDrawn.flatMap { TrainingCurves.series($0.0, $0.1, color: $1, accuracy: true, from: 1) }
        return Figure(
            id: "training-curves", title: "Training LeNet-5 and LeNet-1 on MNIST-5k: loss and accuracy per epoch",
            caption: "\(NumberFormat.grouped(runs.train.count)) training digits, \(NumberFormat.grouped(runs.test.count)) test digits (split per digit). "
                + "The recipe, cnnlab train's default: LeNet-5 — \(runs.leNet5Run.recipeDescription); LeNet-1 — the same from "
                + "μ = \(NumberFormat.significant(runs.leNet1Run.learningRate)). The moves (IFT 780 slide 180, \"Augmentation de données\") "
                + "show the network a new version of each digit every epoch, so it cannot learn them by heart; the step shrinks so "
                + "that the last epochs settle. Solid: the training set (as it is, unmoved); dashed: the test "
                + "set, both evaluated after each epoch. After \(runs.epochs) epochs LeNet-5 (44,426 parameters) reaches "
                + "\(percent(last5.testAccuracy)) on the test digits (\(percent(last5.trainAccuracy)) on the training ones) and "
                + "LeNet-1 (3,246 parameters) \(percent(last1.testAccuracy)) (\(percent(last1.trainAccuracy))). Epoch 0 is the "
                + "untrained network: loss ≈ ln 10 = 2.30, accuracy ≈ 10% (left out of the right panel). The gap between the "
                + "solid and dashed curves is what the network learnt by heart.",
            source: "IFT 780, slides 166–169 (the networks); the training runs are beyond the slides",
            width: 1000, height: 420
        ) { canvas, area in
            let panels = area.columns(2, spacing: 30)
            try Panel.titled("cross-entropy loss", on: canvas, in: panels[0]) { rect in
                try LineChart(series: loss, xLabel: "epoch", yLabel: "mean cross-entropy (nats)", logY: true,
                              legend: .topRight).draw(on: canvas, in: rect)
            }
            try Panel.titled("accuracy", on: canvas, in: panels[1]) { rect in
                try LineChart(series: accuracy, xLabel: "epoch", yLabel: "digits classified right (%)",
                              legend: .bottomRight).draw(on: canvas, in: rect)
            }
        }
    }
}
