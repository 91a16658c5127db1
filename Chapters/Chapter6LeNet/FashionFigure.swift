import Plot

/// Figure 9: the same LeNet-5 on the whole of Fashion-MNIST (60,000 training and 10,000 test
/// images) with its own recipe: accuracy per epoch against the digits', and the test accuracy
/// of each class.
enum FashionFigure {
    static func figure(_ runs: LeNetExperiments) throws -> Figure {
        let series = zip([("digits (MNIST-5k)", runs.leNet5.history), ("clothes (Fashion-MNIST)", runs.fashion.history)],
                         [Role.series(0).color, Role.series(1).color]).flatMap { TrainingCurves.series($0.0, $0.1, color: $1, accuracy: true, from: 1) }
        let test = runs.fashionTest
        let predictions = try runs.fashion.network.predictions(test.images)
        let perClass = ErrorFigures.perClassAccuracy(labels: test.labels, predictions: predictions, classes: test.classNames.count)
        let worst = perClass.indices.min { perClass[$0] < perClass[$1] } ?? 0
        let best = perClass.indices.max { perClass[$0] < perClass[$1] } ?? 0
        var readAs = [Int](repeating: 0, count: test.classNames.count)
        for index in test.labels.indices where test.labels[index] == worst && predictions[index] != worst { readAs[predictions[index]] += 1 }
        let confusion = readAs.indices.max { readAs[$0] < readAs[$1] } ?? 0
        let last = runs.fashion.history[runs.fashion.history.count - 1], digits = runs.leNet5.history[runs.leNet5.history.count - 1]
        return Figure(
            id: "fashion-mnist", title: "The same LeNet-5 on Fashion-MNIST: clothes are harder than digits",
            caption: "The same LeNet-5 (\(NumberFormat.grouped(runs.fashion.network.parameterCount)) parameters) trained on "
                + "\(NumberFormat.grouped(runs.fashionTrain.count)) Fashion-MNIST images and tested on \(NumberFormat.grouped(test.count)), "
                + "with cnnlab train's default recipe for clothes: \(runs.fashionRun.recipeDescription) (a mirrored shirt is still a "
                + "shirt; a mirrored digit is not always a digit). It reaches "
                + "\(percent(last.testAccuracy)) on the test clothes, against \(percent(digits.testAccuracy)) on the test digits with \(NumberFormat.grouped(runs.train.count)) "
                + "training images. "
                + "Right: the test accuracy per class — \(test.classNames[best]) \(NumberFormat.string(perClass[best], decimals: 0))%, "
                + "\(test.classNames[worst]) \(NumberFormat.string(perClass[worst], decimals: 0))% (most often read as \(test.classNames[confusion]), "
                + "\(readAs[confusion]) of its \(test.count / 10)).",
            source: "beyond the slides; data: Fashion-MNIST (Xiao, Rasul & Vollgraf, 2017), Debian's dataset-fashion-mnist",
            width: 1100, height: 460
        ) { canvas, area in
            let panels = area.columns(weights: [1.5, 1], spacing: 30)
            try Panel.titled("accuracy: training set (solid), test set (dashed)", on: canvas, in: panels[0]) { rect in
                try LineChart(series: series, xLabel: "epoch", yLabel: "images classified right (%)", legend: .bottomRight)
                    .draw(on: canvas, in: rect)
            }
            try Panel.titled("test accuracy per class", on: canvas, in: panels[1]) { rect in
                try BarChart(categories: test.classNames, series: [.init("LeNet-5", values: perClass)],
                             valueLabel: "test images classified right (%)", upper: 100).draw(on: canvas, in: rect)
            }
        }
    }
}
