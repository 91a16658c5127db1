import NeuralNet
import Plot
import Tensors

/// Figures 6 and 7: where LeNet-5 goes wrong on the test digits — the confusion matrix beside
/// each digit's accuracy, and the misclassified digits themselves.
struct ErrorFigures {
    let runs: LeNetExperiments
    /// The class LeNet-5 predicts for each test digit.
    let predictions: [Int]
    /// The class LeNet-1 predicts for each test digit.
    let leNet1Predictions: [Int]

    init(_ runs: LeNetExperiments) throws {
        self.runs = runs
        predictions = try runs.leNet5.network.predictions(runs.test.images)
        leNet1Predictions = try runs.leNet1.network.predictions(runs.test.images)
    }

    /// The percentage of each class's examples that `predictions` gets right.
    static func perClassAccuracy(labels: [Int], predictions: [Int], classes: Int) -> [Double] {
        (0..<classes).map { label in
            let members = labels.indices.filter { labels[$0] == label }
            return 100 * Double(members.filter { predictions[$0] == label }.count) / Double(max(members.count, 1))
        }
    }

    /// counts[true][predicted].
    var confusion: [[Int]] {
        var counts = [[Int]](repeating: [Int](repeating: 0, count: 10), count: 10)
        for (label, predicted) in zip(runs.test.labels, predictions) { counts[label][predicted] += 1 }
        return counts
    }

    /// The test digits classified wrong, in test-set order.
    var mistakes: [Int] { runs.test.labels.indices.filter { runs.test.labels[$0] != predictions[$0] } }

    func confusionFigure() throws -> Figure {
        let counts = confusion
        let matrix = try Matrix(rows: counts.map { $0.map(Double.init) })
        let right = (0..<10).map { counts[$0][$0] }.reduce(0, +)
        var worst = (count: 0, label: 0, predicted: 0)
        for label in 0..<10 {
            for predicted in 0..<10 where predicted != label && counts[label][predicted] > worst.count {
                worst = (counts[label][predicted], label, predicted)
            }
        }
        let diagonal = Set((0..<10).map { Cell($0, $0) })
        let labels = (0...9).map(String.init)
        return Figure(
            id: "confusion-matrix", title: Text.confusionTitle.words(["count": .count(runs.test.count)]),
            caption: Text.confusionCaption.words([
                "epochs": .integer(runs.epochs), "right": .count(right), "share": Text.percent(Double(right) / Double(runs.test.count)),
                "label": .integer(worst.label), "predicted": .integer(worst.predicted), "times": .integer(worst.count),
            ]),
            source: Text.confusionSource.words(), width: 1200, height: 600
        ) { canvas, area, language in
            let (left, right) = (area.columns(weights: [1.15, 1], spacing: 40)[0], area.columns(weights: [1.15, 1], spacing: 40)[1])
            let axisRoom = FontSize.label * 1.8
            var grid = NumberGrid(matrix, decimals: 0, marked: diagonal, heat: .sequential(0...100), rowLabels: labels,
                                  columnLabels: labels)
            grid.maxCellSize = 44
            grid.squareCells = true
            let layout = try grid.draw(on: canvas, in: left.inset(top: axisRoom, left: axisRoom), colorBarLabel: Text.testDigits(language))
            canvas.text(Text.predictedDigit(language), at: Point(layout.frame.midX, layout.frame.minY - FontSize.number * 1.6 - 8),
                        size: FontSize.label, style: .bold, align: .center, baseline: .bottom)
            canvas.text(Text.trueDigit(language), at: Point(layout.frame.minX - 26, layout.frame.midY), size: FontSize.label, style: .bold,
                        align: .center, baseline: .bottom, rotation: -Double.pi / 2)
            let labelsOf = runs.test.labels
            try BarChart(categories: labels, series: [
                .init("LeNet-5", values: ErrorFigures.perClassAccuracy(labels: labelsOf, predictions: predictions, classes: 10)),
                .init("LeNet-1", values: ErrorFigures.perClassAccuracy(labels: labelsOf, predictions: leNet1Predictions, classes: 10)),
            ], valueLabel: Text.testDigitsRightAxis(language), upper: 100).withLegend(.bottomRight)
                .draw(on: canvas, in: right.inset(top: 10, bottom: 30))
        }
    }

    func mistakesFigure() throws -> Figure {
        let shown = Array(mistakes.prefix(32))
        let images = try shown.map { try runs.test.images.matrix(image: $0, channel: 0) }
        let caption = mistakes.isEmpty
            ? Text.noMistakeCaption.words(["count": .count(runs.test.count)])
            : Text.mistakesCaption.words(["shown": .integer(shown.count), "count": .count(mistakes.count)])
        return Figure(
            id: "misclassified", title: Text.mistakesTitle.words(), caption: caption, source: Text.mistakesSource.words(),
            width: 1000, height: 620
        ) { canvas, area, language in
            let items = zip(shown, images).map { index, image in
                ImageGallery.Item(Text.readAs(language, ["label": .integer(runs.test.labels[index]),
                                                         "predicted": .integer(predictions[index])]), image)
            }
            // A network that makes no mistake leaves the gallery empty: the figure says so.
            guard !items.isEmpty else {
                return canvas.text(Text.noMistake(language), at: area.center, size: FontSize.title, align: .center, baseline: .middle)
            }
            try ImageGallery(items, columns: 8, colorBarLabel: Text.greyLevel(language)).draw(on: canvas, in: area)
        }
    }
}
