import Chapters
import Datasets
import NeuralNet
import Plot
import Tensors

/// Figure 5: the hand-made filters that convolution layers rediscover — edges, Sobel x and y,
/// blur, sharpen — applied to a handwritten digit (MNIST-5k) and a Fashion-MNIST image, in one
/// call of the convolution: a batch of two images, five filters, 'same' zero padding.
struct ClassicFilters {
    /// The filters, by name, as 3×3 kernels.
    static let filters: [(name: Text, kernel: [[Double]])] = [
        (.laplacian, [[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]]),
        (.sobelX, [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]]),
        (.sobelY, [[-1, -2, -1], [0, 0, 0], [1, 2, 1]]),
        (.blur, [[1, 2, 1], [2, 4, 2], [1, 2, 1]].map { $0.map { $0 / 16 } }),
        (.sharpen, [[0, -1, 0], [-1, 5, -1], [0, -1, 0]]),
    ]

    /// The two images (N = 2, 1, 28, 28) and what they are.
    let images: Tensor<Double>
    let names: [String]

    /// The first 7 of MNIST-5k's test digits and the first ankle boot of Fashion-MNIST's test set.
    /// - Throws: ``DatasetError`` when the data sets are not in the cache (`make data`).
    static func load() throws -> ClassicFilters {
        let digits = try MNIST5k.load().test
        let fashion = try FashionMNIST.load().test
        guard let seven = digits.labels.firstIndex(of: 7), let boot = fashion.labels.firstIndex(of: 9) else {
            throw DatasetError.malformed(file: "the test sets", reason: "they hold no digit 7 or no ankle boot")
        }
        let pair = try Tensor.stacked([digits.images.item(seven), fashion.images.item(boot)]).converted(to: Double.self)
        return ClassicFilters(images: pair, names: ["digit 7", FashionMNIST.classNames[9].lowercased()])
    }

    /// The feature maps (2, 5, 28, 28): every image with every filter, zero padding 1.
    func featureMaps() throws -> Tensor<Double> {
        let kernel = try Tensor(shape: [Self.filters.count, 1, 3, 3], scalars: Self.filters.flatMap { $0.kernel.flatMap { $0 } })
        return try conv2d(images, kernel: kernel, parameters: Conv2DParameters(padding: .same))
    }

    func figure() throws -> Figure {
        let maps = try featureMaps()
        /// Plane (n, c) of an (N, C, H, W) tensor.
        func matrix(_ t: Tensor<Double>, _ n: Int, _ c: Int) throws -> Matrix {
            let (h, w) = (t.shape[2], t.shape[3])
            let start = (n * t.shape[1] + c) * h * w
            return try Matrix(rows: h, columns: w, values: Array(t.scalars[start..<(start + h * w)]))
        }
        let inputs = try (0..<2).map { try matrix(images, $0, 0) }
        let planes = try (0..<2).flatMap { n in try Self.filters.indices.map { try matrix(maps, n, $0) } }
        let titles = [Text.digit7, .ankleBoot]
        return Figure(
            id: "classic-filters",
            title: Text.filtersTitle.words(), caption: Text.filtersCaption.words(), source: Text.filtersSource.words(),
            width: 940, height: 440
        ) { canvas, area, language in
            let originals = zip(titles, inputs).map { ImageGallery.Item($0.0(language), $0.1) }
            let responses = planes.enumerated().map { index, plane in
                ImageGallery.Item(Self.filters[index % Self.filters.count].name(language), plane)
            }
            let columns = area.columns(weights: [1.5, 5.6], spacing: 16)
            let (kernelRow, gallery) = columns[1].sliceTop(96, spacing: 8)
            let kernelArea = kernelRow.inset(right: ColorBar.preferredWidth + 10)
            for (filter, box) in zip(Self.filters, kernelArea.columns(Self.filters.count, spacing: 10)) {
                try Panel.titled(filter.name(language), on: canvas, in: box) { rect in
                    try NumberGrid(Matrix(rows: filter.kernel), decimals: 3).sized(20).draw(on: canvas, in: rect)
                }
            }
            try ImageGallery(originals, columns: 1, colorBarLabel: Text.greyLevel(language))
                .draw(on: canvas, in: columns[0].inset(top: 90))
            try ImageGallery(responses, columns: Self.filters.count, signed: true, scaling: .perMap,
                             colorBarLabel: Text.response(language))
                .draw(on: canvas, in: gallery)
        }
    }
}
