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
    static let filters: [(name: String, kernel: [[Double]])] = [
        ("edges (Laplacian)", [[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]]),
        ("Sobel x", [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]]),
        ("Sobel y", [[-1, -2, -1], [0, 0, 0], [1, 2, 1]]),
        ("blur (Gaussian)", [[1, 2, 1], [2, 4, 2], [1, 2, 1]].map { $0.map { $0 / 16 } }),
        ("sharpen", [[0, -1, 0], [-1, 5, -1], [0, -1, 0]]),
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
        let originals = try (0..<2).map { ImageGallery.Item(names[$0], try matrix(images, $0, 0)) }
        let responses = try (0..<2).flatMap { n in
            try Self.filters.indices.map { ImageGallery.Item(Self.filters[$0].name, try matrix(maps, n, $0)) }
        }
        return Figure(
            id: "classic-filters",
            title: "Classic 3×3 filters on a handwritten digit and a Fashion-MNIST image (one conv2d: 2 images × 5 filters)",
            caption: "Left: the inputs (grey levels 0…1). Right: the feature maps, 'same' zero padding, each in the diverging "
                + "map centred on zero and scaled to its own largest |value| (blue negative, red positive). Sobel x answers "
                + "vertical edges with opposite signs on the two sides of a stroke, Sobel y horizontal ones; the Laplacian "
                + "outlines every edge; blur averages; sharpen [0 −1 0; −1 5 −1; 0 −1 0] is the image plus its 4-neighbour Laplacian (the edge kernel above is the 8-neighbour one). The kernels are above. The "
                + "dark line down the boot's right side is the zero padding: the image touches its border there (chapter 4).",
            source: "beyond the slides (MNIST-5k test digit, Fashion-MNIST test image)",
            width: 940, height: 440
        ) { canvas, area in
            let columns = area.columns(weights: [1.5, 5.6], spacing: 16)
            let (kernelRow, gallery) = columns[1].sliceTop(96, spacing: 8)
            let kernelArea = kernelRow.inset(right: ColorBar.preferredWidth + 10)
            for (filter, box) in zip(Self.filters, kernelArea.columns(Self.filters.count, spacing: 10)) {
                try Panel.titled(filter.name, on: canvas, in: box) { rect in
                    try NumberGrid(Matrix(rows: filter.kernel), decimals: 3).sized(20).draw(on: canvas, in: rect)
                }
            }
            try ImageGallery(originals, columns: 1, colorBarLabel: "grey level")
                .draw(on: canvas, in: columns[0].inset(top: 90))
            try ImageGallery(responses, columns: Self.filters.count, signed: true, scaling: .perMap,
                             colorBarLabel: "response")
                .draw(on: canvas, in: gallery)
        }
    }
}
