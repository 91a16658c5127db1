import Plot

/// Figure 8: dropout and batch normalisation on Görner's config 2, trained on a small part of
/// MNIST-5k where the network can learn its training set by heart.
enum RegularisationFigure {
    static func figure(_ runs: LeNetExperiments) -> Figure {
        let colors = [Role.series(4), Role.series(0), Role.series(1)].map(\.color)
        let variants = zip(runs.regularisation, colors)
        let accuracy = variants.flatMap { TrainingCurves.series($0.name, $0.history, color: $1, accuracy: true, from: 1) }
        let loss = variants.flatMap { TrainingCurves.series($0.name, $0.history, color: $1, accuracy: false) }
        let finals = runs.regularisation.map { name, history in
            let last = history[history.count - 1]
            return "\(name): \(percent(last.testAccuracy)), loss \(NumberFormat.string(last.testLoss, decimals: 2))"
        }
        let lowestLoss = runs.regularisation.min { $0.history[$0.history.count - 1].testLoss < $1.history[$1.history.count - 1].testLoss }
        func firstPerfect(_ history: [TrainingRun.Epoch]) -> Int { history.firstIndex { $0.trainAccuracy == 1 } ?? Int.max }
        let fastest = runs.regularisation.min { firstPerfect($0.history) < firstPerfect($1.history) }
        let perfect = fastest.map { firstPerfect($0.history) < Int.max } == true
            ? "\(fastest?.name ?? "") is the first to classify every training digit right (epoch \(fastest.map { firstPerfect($0.history) } ?? 0)). "
            : "none classifies every training digit right. "
        let baseline = runs.regularisation.first.map { $0.history[$0.history.count - 1].testAccuracy } ?? 0
        let changes = runs.regularisation.dropFirst().map { name, history in
            let change = 100 * (history[history.count - 1].testAccuracy - baseline)
            return "\(change >= 0 ? "+" : "−")\(NumberFormat.string(abs(change), decimals: 1)) (\(name))"
        }.joined(separator: " and ")
        let train = runs.regularisationPerDigit * 10
        let epochs = Double(runs.regularisation.first?.history.count ?? 1) - 1
        return Figure(
            id: "dropout-batchnorm", title: "Dropout and batch normalisation on Görner's config 2, trained on \(train) digits",
            caption: "Görner's second network (244,076 parameters) trained on only \(train) digits (\(runs.regularisationPerDigit) of each) "
                + "and tested on the \(NumberFormat.grouped(runs.test.count)) test digits; mini-batches of 25, Adam μ = 10⁻³, the same initial weights for "
                + "all three. With so few examples the network learns its training set by heart (solid curves near 100%) "
                + "far above what it gets right on new digits, and its training loss falls while its test loss stalls or rises. With dropout (pkeep = 0.75, the slides' value) or batch "
                + "normalisation it learns differently: \(lowestLoss?.name ?? "") ends with the lowest test loss; " + perfect + "After \(Int(epochs)) epochs, test accuracy and loss — "
                + finals.joined(separator: "; ") + ". Against no dropout, the final test accuracy moves by " + changes
                + " points; Görner's slides report a gain of 2/10 of a point from dropout on the full MNIST.",
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
