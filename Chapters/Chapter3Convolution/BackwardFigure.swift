import Chapters
import NeuralNet
import Plot
import Tensors

/// The backward pass of a 2D convolution on a 4×4 input and a 3×3 filter, with numbers:
///
///     Y = X ⋆ W                          (the forward pass, a cross-correlation)
///     ∂L/∂W = X ⋆ ∂L/∂Y                  (the input correlated with the output's gradient)
///     ∂L/∂X = pad(∂L/∂Y, k − 1) ⋆ rot180(W)   (the full convolution of ∂L/∂Y with the filter)
///
/// Every drawn value comes from the library: `conv2dBackward` gives the gradients, and the two
/// right-hand sides are computed again with `conv2d` and must agree (IFT 780 gives the backward
/// pass of a dense layer, slides 10–17; the convolution's is the same rule on shared weights).
enum BackwardExample {
    static let input: [[Double]] = [[1, 2, 0, 1], [0, 1, 3, 1], [2, 1, 0, 2], [1, 0, 1, 3]]
    static let kernel: [[Double]] = [[1, 2, 0], [0, 1, -1], [-1, 0, 2]]
    /// ∂L/∂Y, as if the next layer had sent it back.
    static let outputGradient: [[Double]] = [[1, -1], [2, 1]]

    /// Y, ∂L/∂W and ∂L/∂X as the library computes them, each checked against its formula.
    struct Result {
        let output: [[Double]]
        let kernelGradient: [[Double]]
        let inputGradient: [[Double]]
        /// ∂L/∂Y with k − 1 = 2 zeros on every side (6×6).
        let paddedGradient: [[Double]]
        /// rot180(W).
        let flippedKernel: [[Double]]
    }

    /// A (1, 1, H, W) tensor of `rows`.
    static func tensor(_ rows: [[Double]]) throws -> Tensor<Double> {
        try Tensor(shape: [1, 1, rows.count, rows[0].count], scalars: rows.flatMap { $0 })
    }

    /// The single plane of a (1, 1, H, W) tensor, as rows.
    static func rows(_ t: Tensor<Double>) -> [[Double]] {
        let (h, w) = (t.shape[2], t.shape[3])
        return (0..<h).map { i in Array(t.scalars[(i * w)..<((i + 1) * w)]) }
    }

    static func compute() throws -> Result {
        let (x, w, dy) = (try tensor(input), try tensor(kernel), try tensor(outputGradient))
        let output = try conv2d(x, kernel: w, implementation: .direct)
        let gradients = try conv2dBackward(dy, input: x, kernel: w, implementation: .direct)
        guard let dx = gradients.input else { throw TensorError.invalidArgument("conv2dBackward returned no ∂L/∂x") }
        // The formulas the figure states, computed independently of the backward pass.
        let correlated = try conv2d(x, kernel: dy, implementation: .direct)
        let flipped = try flippedKernel(w)
        let full = try conv2d(dy, kernel: flipped, parameters: Conv2DParameters(padding: .full), implementation: .direct)
        guard correlated.scalars == gradients.kernel.scalars, full.scalars == dx.scalars else {
            throw TensorError.invalidArgument("the backward pass disagrees with X ⋆ ∂L/∂Y or full(∂L/∂Y) ⋆ rot180(W)")
        }
        let padded = (0..<6).map { i in (0..<6).map { j in (2..<4).contains(i) && (2..<4).contains(j) ? outputGradient[i - 2][j - 2] : 0 } }
        return Result(output: rows(output), kernelGradient: rows(gradients.kernel), inputGradient: rows(dx),
                      paddedGradient: padded, flippedKernel: rows(flipped))
    }

    /// "a·b + c·d + … = s" for the top-left output of `window ⋆ filter`.
    static func firstSum(_ window: [[Double]], _ filter: [[Double]]) -> String {
        let terms = filter.indices.flatMap { i in filter[i].indices.map { j in "\(display(window[i][j]))·\(SignalFigures.signed(filter[i][j]))" } }
        let sum = filter.indices.flatMap { i in filter[i].indices.map { j in window[i][j] * filter[i][j] } }.reduce(0, +)
        return terms.joined(separator: " + ") + " = " + display(sum)
    }
}

/// Figure 7: the backward pass of the convolution, drawn like figure 1 — grids of numbers, the
/// window that makes the first value outlined, the value ringed.
enum BackwardFigure {
    static func figure() throws -> Figure {
        let r = try BackwardExample.compute()
        let x = BackwardExample.input, dy = BackwardExample.outputGradient
        let gradientText = dy.map { $0.map { display($0) }.joined(separator: " ") }.joined(separator: " / ")
        let rows: [(title: Text, grids: [(String, [[Double]], CellRange?, Bool)], sum: Words)] = [
            (.forwardRow, [("X", x, CellRange(row: 0, column: 0, size: 3), false),
                                     ("W", BackwardExample.kernel, nil, false), ("Y", r.output, nil, true)],
             Text.forwardSum.words(["sum": .text(BackwardExample.firstSum(x, BackwardExample.kernel)),
                                    "gradient": .text(gradientText)])),
            (.weightRow,
             [("X", x, CellRange(row: 0, column: 0, size: 2), false), ("∂L/∂Y", dy, nil, false), ("∂L/∂W", r.kernelGradient, nil, true)],
             Text.weightSum.words(["sum": .text(BackwardExample.firstSum(x, dy))])),
            (.inputRow,
             [("∂L/∂Y padded", r.paddedGradient, CellRange(row: 0, column: 0, size: 3), false),
              ("rot180(W)", r.flippedKernel, nil, false), ("∂L/∂X", r.inputGradient, nil, true)],
             Text.inputSum.words(["sum": .text(BackwardExample.firstSum(r.paddedGradient, r.flippedKernel))])),
        ]
        return Figure(
            id: "conv2d-backward",
            title: Text.backwardTitle.words(), caption: Text.backwardCaption.words(), source: Text.backwardSource.words(),
            width: 940, height: 740
        ) { canvas, area, language in
            let cell = 30.0
            for (row, band) in zip(rows, area.rows(rows.count, spacing: 18)) {
                try Panel.titled(row.title(language), on: canvas, in: band) { body in
                    let (gridBand, text) = body.sliceTop(body.height - 24, spacing: 4)
                    let widths = row.grids.map { Double($0.1[0].count) * cell + 20 }
                    var x = gridBand.minX + 10
                    for (index, (name, values, window, ringed)) in row.grids.enumerated() {
                        let box = Rect(x: x, y: gridBand.minY, width: widths[index], height: gridBand.height)
                        let zeros = name.hasSuffix("padded")
                            ? Dictionary(uniqueKeysWithValues: (0..<6).flatMap { i in (0..<6).map { Cell(i, $0) } }
                                .filter { !((2..<4).contains($0.row) && (2..<4).contains($0.column)) }.map { ($0, Color.white.mixed(with: .lightGray, 0.5)) })
                            : [:]
                        let layout = try NumberGrid(Matrix(rows: values), decimals: 0, window: window,
                                                    marked: ringed ? [Cell(0, 0)] : [], cellColors: zeros)
                            .sized(cell).draw(on: canvas, in: box.inset(top: FontSize.number * 1.6))
                        canvas.text(zeros.isEmpty ? name : Text.paddedGradient(language), at: Point(layout.frame.midX, layout.frame.minY - 4), size: FontSize.label,
                                    style: .bold, align: .center, baseline: .bottom)
                        x += widths[index]
                        if index < row.grids.count - 1 {
                            canvas.text(index == 0 ? "⋆" : "=", at: Point(x + 16, box.midY + 8), size: 20, align: .center,
                                        baseline: .middle)
                            x += 32
                        }
                    }
                    canvas.text(row.sum(language), at: Point(text.minX + 10, text.midY), size: FontSize.number, baseline: .middle)
                }
            }
        }
    }
}
