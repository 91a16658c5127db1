import Datasets
import NeuralNet
import Plot
import Tensors

/// Pooling on real digits (MNIST-5k's test set): four 3×3 filters, ReLU, then 2×2 max and mean
/// pooling (figure 3), and the change of each map when the digit moves (figure 4).
struct DigitPooling {
    /// The filters: Prewitt's edge detectors — vertical, horizontal and the two diagonals (each
    /// responds where the image gets brighter in the arrow's direction).
    static let filters: [(name: Text, weights: [[Double]])] = [
        (.verticalEdge, [[-1, 0, 1], [-1, 0, 1], [-1, 0, 1]]),
        (.horizontalEdge, [[-1, -1, -1], [0, 0, 0], [1, 1, 1]]),
        (.diagonalUp, [[0, 1, 1], [-1, 0, 1], [-1, -1, 0]]),
        (.diagonalDown, [[-1, -1, 0], [-1, 0, 1], [0, 1, 1]]),
    ]

    /// The test digits used, (N, 28, 28), grey levels in [0, 1]; the first is the one drawn.
    let digits: Tensor<Double>
    /// The label of each digit.
    let labels: [Int]

    /// `perDigit` test images of each digit 0…9 (the first ones of each), the 7s first.
    static func load(perDigit: Int) throws -> DigitPooling {
        let test = try MNIST5k.load().test
        let order = [7] + (0...9).filter { $0 != 7 }
        let indices = order.flatMap { digit in test.labels.indices.filter { test.labels[$0] == digit }.prefix(perDigit) }
        let chosen = try test.subset(indices)
        return DigitPooling(digits: try chosen.images.converted(to: Double.self).reshaped([indices.count, 28, 28]),
                            labels: chosen.labels)
    }

    /// The filters as a kernel (4, 1, 3, 3).
    static var kernel: Tensor<Double> {
        get throws { try Tensor(shape: [filters.count, 1, 3, 3], scalars: filters.flatMap { $0.weights.flatMap { $0 } }) }
    }

    /// ReLU(digit ∗ filter) for digit `index`: (4, 26, 26).
    func featureMaps(_ index: Int) throws -> Tensor<Double> {
        let digit = try digits.item(index).reshaped([1, 1, 28, 28])
        return Activation.relu.forward(try conv2d(digit, kernel: Self.kernel, implementation: .direct).reshaped([4, 26, 26]))
    }

    /// Figure 3: the first digit, its four feature maps, and each map max- and mean-pooled.
    func figure() throws -> Figure {
        let maps = try featureMaps(0)
        let maxPooled = try Pooling2D(.max, size: 2)(maps), meanPooled = try Pooling2D(.mean, size: 2)(maps)
        // One column per filter; rows: the rectified map, then its two poolings.
        let stages: [(Text?, Tensor<Double>)] = [(nil, maps), (.maxPooled13, maxPooled), (.meanPooled13, meanPooled)]
        let planes = try stages.map { stage, tensor in try Self.filters.indices.map { (stage, $0, try tensor.matrix(plane: $0)) } }
            .flatMap { $0 }
        let items = { (language: Language) in
            planes.map { stage, plane, matrix in
                ImageGallery.Item(stage.map { $0(language) }
                                      ?? Text.filterReLU(language, ["filter": .words(Self.filters[plane].name.words())]), matrix)
            }
        }
        let digit = try digits.matrix(plane: 0)
        let filterMatrices = try Self.filters.map { try Matrix(rows: $0.weights) }
        return Figure(
            id: "digit-pooling", title: Text.digitTitle.words(), caption: Text.digitCaption.words(["label": .integer(labels[0])]),
            source: Text.digitSource.words(), width: 1000, height: 560
        ) { canvas, area, language in
            let halves = area.columns(weights: [1, 3.2], spacing: 24)
            let (left, right) = (halves[0], halves[1])
            let (digitArea, filterArea) = left.sliceTop(left.height * 0.5, spacing: 16)
            try Panel.titled(Text.digitPanel(language, ["label": .integer(labels[0])]), on: canvas, in: digitArea) { rect in
                try Heatmap(digit, scale: .sequential(0...1), colorBarLabel: Text.greyLevel(language)).draw(on: canvas, in: rect)
            }
            try Panel.titled(Text.filtersPanel(language), on: canvas, in: filterArea) { rect in
                let arrows = ["→", "↓", "↗", "↘"]
                try ImageGallery(zip(arrows, filterMatrices).map { ImageGallery.Item($0.0, $0.1) }, columns: 2,
                                 signed: true, colorBarLabel: Text.weight(language)).draw(on: canvas, in: rect)
            }
            try ImageGallery(items(language), columns: 4, colorBarLabel: Text.response(language)).draw(on: canvas, in: right)
        }
    }
}
