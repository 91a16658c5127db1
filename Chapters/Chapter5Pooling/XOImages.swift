import Chapters

/// Brandon Rohrer's X/O example as Christian Pasco's deck shows it (000, slides 13–27): 9×9
/// images with +1 on the stroke and −1 elsewhere, three 3×3 features, and the values of the
/// catalogue (`../shared/worked-examples.md` §9) as numerators k of k/9.
public enum XOImages {
    /// The X of slides 14–16: both diagonals from (1,1) to (7,7), 13 pixels at +1.
    public static let x: [[Double]] = (0..<9).map { i in
        (0..<9).map { j in (1...7).contains(i) && (i == j || i + j == 8) ? 1 : -1 }
    }

    /// Rohrer's O (only in the deck's pictures; reconstructed): a ring of 20 pixels at +1.
    public static let o: [[Double]] = [
        [-1, -1, -1, -1, -1, -1, -1, -1, -1],
        [-1, -1, -1, 1, 1, 1, -1, -1, -1],
        [-1, -1, 1, -1, -1, -1, 1, -1, -1],
        [-1, 1, -1, -1, -1, -1, -1, 1, -1],
        [-1, 1, -1, -1, -1, -1, -1, 1, -1],
        [-1, 1, -1, -1, -1, -1, -1, 1, -1],
        [-1, -1, 1, -1, -1, -1, 1, -1, -1],
        [-1, -1, -1, 1, 1, 1, -1, -1, -1],
        [-1, -1, -1, -1, -1, -1, -1, -1, -1],
    ]

    /// The X moved one pixel to the right (the column that enters is background, −1).
    public static let shiftedX: [[Double]] = x.map { [-1] + $0.dropLast() }

    /// A slightly deformed X: the top-left arm ends one pixel to the right, (1,1) → (1,2), and
    /// the bottom-right arm one pixel higher, (7,7) → (6,7) — as Rohrer's "tilted" X.
    public static let deformedX: [[Double]] = {
        var image = x
        image[1][1] = -1
        image[1][2] = 1
        image[7][7] = -1
        image[6][7] = 1
        return image
    }()

    /// The three features of slide 16, in the deck's order: "\", "x" and "/".
    public static let features: [[[Double]]] = [
        [[1, -1, -1], [-1, 1, -1], [-1, -1, 1]],
        [[1, -1, 1], [-1, 1, -1], [1, -1, 1]],
        [[-1, -1, 1], [-1, 1, -1], [1, -1, -1]],
    ]

    /// The features' names as the figures label them.
    public static let featureNames = ["\\ diagonal", "x cross", "/ diagonal"]

    /// §9: the filtered maps of the X as numerators k of k/9, one 7×7 map per feature.
    public static let filteredNumerators: [[[Int]]] = [
        [
            [7, -1, 1, 3, 5, -1, 3], [-1, 9, -1, 3, -1, 1, -1], [1, -1, 9, -3, 1, -1, 5],
            [3, 3, -3, 5, -3, 3, 3], [5, -1, 1, -3, 9, -1, 1], [-1, 1, -1, 3, -1, 9, -1],
            [3, -1, 5, 3, 1, -1, 7],
        ],
        [
            [3, -5, 1, -1, 1, -5, 3], [-5, 5, -5, 3, -5, 5, -5], [1, -5, 5, -7, 5, -5, 1],
            [-1, 3, -7, 9, -7, 3, -1], [1, -5, 5, -7, 5, -5, 1], [-5, 5, -5, 3, -5, 5, -5],
            [3, -5, 1, -1, 1, -5, 3],
        ],
        [
            [3, -1, 5, 3, 1, -1, 7], [-1, 1, -1, 3, -1, 9, -1], [5, -1, 1, -3, 9, -1, 1],
            [3, 3, -3, 5, -3, 3, 3], [1, -1, 9, -3, 1, -1, 5], [-1, 9, -1, 3, -1, 1, -1],
            [7, -1, 1, 3, 5, -1, 3],
        ],
    ]

    /// §9: feature 1's map as the slides print it, truncated toward zero to two decimals.
    public static let feature1Printed: [[String]] = [
        "0.77 -0.11 0.11 0.33 0.55 -0.11 0.33", "-0.11 1.00 -0.11 0.33 -0.11 0.11 -0.11",
        "0.11 -0.11 1.00 -0.33 0.11 -0.11 0.55", "0.33 0.33 -0.33 0.55 -0.33 0.33 0.33",
        "0.55 -0.11 0.11 -0.33 1.00 -0.11 0.11", "-0.11 0.11 -0.11 0.33 -0.11 1.00 -0.11",
        "0.33 -0.11 0.55 0.33 0.11 -0.11 0.77",
    ].map { $0.split(separator: " ").map(String.init) }

    /// §9: the first row of feature 1 after ReLU, as slides 24–26 print it.
    public static let reluFirstRowPrinted = ["0.77", "0.00", "0.11", "0.33", "0.55", "0.00", "0.33"]

    /// §9: the 2×2 stride-2 max-pooled maps (partial edge windows kept, 7 → 4), as numerators.
    public static let pooledNumerators: [[[Int]]] = [
        [[9, 3, 5, 3], [3, 9, 3, 5], [5, 3, 9, 1], [3, 5, 1, 7]],
        [[5, 3, 5, 3], [3, 9, 5, 1], [5, 5, 5, 1], [3, 1, 1, 3]],
        [[3, 5, 9, 7], [5, 5, 9, 3], [9, 9, 1, 5], [7, 3, 5, 3]],
    ]

    /// The catalogue rows of §9, in its order.
    public static let examples: [WorkedExample] = [
        WorkedExample(id: "xo-image-and-features", source: "Pasco, slides 14–16",
                      printed: "pictures", computed: "the standard Rohrer X (13 pixels at +1) and features \\, x, /",
                      verdict: .matches),
        WorkedExample(id: "xo-top-left-0.77", source: "Pasco, slides 17–19",
                      printed: "row sums 1, 3, 3 → 7/9 = 0,77", computed: "1 + 3 + 3 = 7 → 7/9 = 0.777…, printed 0.77",
                      verdict: .ocrDamage(recovered: "the third row's last term is 1·1, otherwise that row sums to 1")),
        WorkedExample(id: "xo-conv-feature1", source: "Pasco, slides 19–20",
                      printed: "fragments of the 7×7 map", computed: "the 7×7 map of ninths", verdict: .matches),
        WorkedExample(id: "xo-conv-feature2", source: "Pasco, slide 21",
                      printed: "picture", computed: "the 7×7 map of ninths", verdict: .derived),
        WorkedExample(id: "xo-conv-feature3", source: "Pasco, slide 21",
                      printed: "picture", computed: "feature 1's map mirrored left–right", verdict: .derived),
        WorkedExample(id: "xo-relu", source: "Pasco, slides 24–26",
                      printed: "negatives set to 0; row 0: 0.77 0 0.11 0.33 0.55 0 0.33", computed: "the same",
                      verdict: .matches),
        WorkedExample(id: "xo-maxpool-2x2-s2", source: "Pasco, slides 22–23",
                      printed: "picture (\"maximum\")", computed: "4×4 maps: 2×2 windows, stride 2, partial edge windows kept (7 → 4)",
                      verdict: .derived),
        WorkedExample(id: "pasco-gorner-rgb-kernels", source: "Pasco, slides 40–41",
                      printed: "W[4,4,3], W[4,4,3,2]", computed: "48 weights per kernel, 96 for two (+2 biases)",
                      verdict: .matches),
    ]
}
