import Datasets
import NeuralNet
import Plot
import Tensors

/// Figure 3: what the border does to a real image. The central crop of a Fashion-MNIST item — a
/// garment that runs off every edge, as in a photograph — goes through a blur and an edge filter
/// with 'same' padding in each mode; the difference maps show where the modes disagree (only
/// within (F − 1)/2 pixels of the border) and by how much.
struct ImageBorders {
    /// A filter of the experiment, as the decks write kernels (cross-correlation, row-major).
    struct Filter {
        let name: Words
        let rows: [[Double]]
    }

    /// 7×7 mean: each output is the average of its window, so a zero border darkens the frame.
    static let blur = Filter(name: Text.blur.words(), rows: Array(repeating: Array(repeating: 1.0 / 49, count: 7), count: 7))
    /// Sobel x: responds to vertical edges, including the false one a zero border creates.
    static let edge = Filter(name: .same("Sobel x"), rows: [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]])
    /// The crop: rows and columns 4..<24 of the 28×28 item.
    static let crop = 4..<24

    /// The crop (1, 1, 20, 20), grey levels in [0, 1].
    let image: Tensor<Double>
    /// "the central 20×20 of Fashion-MNIST test image 17 (Pullover)".
    let label: Words

    /// Among the first 200 Fashion-MNIST test images, the one whose cropped frame (its outer ring
    /// of pixels) is the brightest: the image on which borders matter most.
    static func load() throws -> ImageBorders {
        let test = try FashionMNIST.load().test
        let (first, last) = (crop.lowerBound, crop.upperBound - 1)
        let ring = { (n: Int) -> Float in
            crop.reduce(Float(0)) { sum, k in
                sum + test.images[n, 0, first, k] + test.images[n, 0, last, k] + test.images[n, 0, k, first] + test.images[n, 0, k, last]
            }
        }
        let best = (0..<200).max { ring($0) < ring($1) }!
        let image = try Tensor<Double>(shape: [1, 1, crop.count, crop.count]) { i in
            Double(test.images[best, 0, first + i[2], first + i[3]])
        }
        let name = test.classNames[test.labels[best]], french = Text.fashionClasses[test.labels[best]]
        return ImageBorders(image: image, label: Text.imageLabel.words([
            "size": .integer(crop.count), "index": .integer(best), "name": .words(Words { $0 == .french ? french : name }),
        ]))
    }

    /// The image filtered with 'same' padding in `mode`.
    func filtered(_ filter: Filter, _ mode: PaddingMode) throws -> Matrix {
        let size = filter.rows.count
        let kernel = try Tensor(shape: [1, 1, size, size], scalars: filter.rows.flatMap { $0 })
        let y = try conv2d(image, kernel: kernel, parameters: Conv2DParameters(padding: .same), paddingMode: mode)
        return try Matrix(rows: Self.crop.count, columns: Self.crop.count, values: y.scalars)
    }

    /// a − b, element by element.
    static func difference(_ a: Matrix, _ b: Matrix) throws -> Matrix {
        try Matrix(rows: a.rows, columns: a.columns, values: zip(a.values, b.values).map { $0 - $1 })
    }

    /// The width of the frame that holds every non-zero entry of `map` (1: only the outer ring).
    static func band(of map: Matrix) -> Int {
        var width = 0
        for i in 0..<map.rows {
            for j in 0..<map.columns where abs(map[i, j]) > 1e-12 {
                width = max(width, min(i, j, map.rows - 1 - i, map.columns - 1 - j) + 1)
            }
        }
        return width
    }

    /// The mean |value| over the outer frame `width` pixels wide.
    static func frameMean(of map: Matrix, width: Int) -> Double {
        var (sum, count) = (0.0, 0)
        for i in 0..<map.rows {
            for j in 0..<map.columns where min(i, j, map.rows - 1 - i, map.columns - 1 - j) < width {
                sum += abs(map[i, j])
                count += 1
            }
        }
        return count == 0 ? 0 : sum / Double(count)
    }

    func figure() throws -> Figure {
        let modes = PaddingMode.allCases
        let original = try Matrix(rows: Self.crop.count, columns: Self.crop.count, values: image.scalars)
        var galleries: [(Language) -> ImageGallery] = []
        var facts: [Words] = []
        for (index, filter) in [Self.blur, Self.edge].enumerated() {
            let maps = try modes.map { try filtered(filter, $0) }
            galleries.append { language in
                let items = zip(modes, maps).map {
                    ImageGallery.Item(Text.modeName(language, ["filter": .words(filter.name), "mode": .words($0.name.words())]), $1)
                }
                return index == 0
                    ? ImageGallery([ImageGallery.Item(Text.theImage(language), original)] + items, columns: 5,
                                   colorBarLabel: Text.greyLevel(language))
                    : ImageGallery(items, columns: 5, signed: true, colorBarLabel: Text.response(language))
            }
            let differences = try zip(modes, maps).dropFirst().map { mode, map in (mode, try Self.difference(map, maps[0])) }
            galleries.append { language in
                ImageGallery(differences.map { mode, map in
                    ImageGallery.Item(Text.modeDifference(language, ["mode": .words(mode.name.words()),
                                                                     "max": .fixed(map.maxAbs, decimals: 2)]), map)
                }, columns: 5, signed: true, colorBarLabel: Text.difference(language))
            }
            let band = differences.map { Self.band(of: $0.1) }.max() ?? 0
            let means = zip(modes, maps).map { mode, map in
                Text.modeMean.words(["mode": .words(mode.name.words()),
                                     "mean": .fixed(Self.frameMean(of: map, width: band), decimals: 2)])
            }
            let pixels = Words.same("\(band) pixel" + (band == 1 ? "" : "s"))
            facts.append(Text.bordersFact.words(["filter": .words(filter.name), "band": .words(pixels), "means": .words(.list(means))]))
        }
        return Figure(
            id: "borders-on-an-image", title: Text.bordersTitle.words(["label": .words(label)]),
            caption: Text.bordersCaption.words(["facts": .words(.list(facts, english: "; "))]),
            source: Text.bordersSource.words(), width: 940, height: 760
        ) { canvas, area, language in
            for (gallery, row) in zip(galleries.map { $0(language) }, area.rows(galleries.count, spacing: 12)) {
                try gallery.draw(on: canvas, in: row)
            }
        }
    }
}
