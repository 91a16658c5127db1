import Chapters
import NeuralNet
import Plot
import Tensors

/// The backward pass of 2×2, stride-2 pooling on the top-left 4×4 block of IFT 780's table
/// (slide 141), from a given ∂L/∂y:
///
///     max:  ∂L/∂x[r, s] = ∂L/∂y[i, j] if (r, s) won window (i, j), else 0
///     mean: ∂L/∂x[r, s] = ∂L/∂y[i, j] / k²  for every cell of window (i, j), k = 2
///
/// Every number comes from `Pooling2D.forward` and `backward` (the cs231n and DLFS rule the
/// library cites).
enum PoolingBackwardExample {
    /// The input: rows 0–3, columns 0–3 of slide 141's 8×8 table.
    static let input: [[Double]] = PoolingExamples.ift780Table.prefix(4).map { Array($0.prefix(4)) }
    /// ∂L/∂y, as if the next layer had sent it back.
    static let outputGradient: [[Double]] = [[4, -2], [8, 1]]

    /// y and ∂L/∂x of one kind of pooling, and the winners of max pooling.
    struct Pass {
        let output: Tensor<Double>
        let inputGradient: Tensor<Double>
        let winners: Set<Cell>
    }

    static func pass(_ kind: PoolingKind) throws -> Pass {
        let pooling = try Pooling2D(kind, size: 2)
        let (output, cache) = try pooling.forward(try Tensor(rows: input))
        let gradient = try pooling.backward(try Tensor(rows: outputGradient), cache: cache)
        return Pass(output: output, inputGradient: gradient, winners: kind == .max ? PoolingOverlay.winners(cache) : [])
    }
}

/// Figure 2: pooling's backward pass — the gradient goes to the winners (max) or is spread as
/// 1/k² over the window (mean).
enum PoolingBackwardFigure {
    static func figure() throws -> Figure {
        let passes = try [PoolingKind.max, .mean].map { ($0, try PoolingBackwardExample.pass($0)) }
        let windows = try PoolingOverlay.windows(try Pooling2D(.max, size: 2), height: 4, width: 4)
        let gradient = try Matrix(rows: PoolingBackwardExample.outputGradient)
        return Figure(
            id: "pooling-backward",
            title: Text.backwardTitle.words(), caption: Text.backwardCaption.words(), source: Text.backwardSource.words(),
            width: 1000, height: 470
        ) { canvas, area, language in
            for ((kind, pass), band) in zip(passes, area.rows(2, spacing: 24)) {
                try Panel.titled(Text.poolingPanel(language, ["kind": .text((kind == .max ? Text.max : Text.mean)(language))]), on: canvas, in: band) { body in
                    let parts = body.columns(weights: [4, 0.8, 2.4, 2.4, 0.8, 4], spacing: 8)
                    let cell = 34.0
                    @discardableResult
                    func grid(_ title: String, _ grid: NumberGrid, in rect: Rect) throws -> NumberGrid.Layout {
                        var sized = grid
                        sized.maxCellSize = cell
                        let layout = try sized.draw(on: canvas, in: rect.inset(top: FontSize.label * 1.6))
                        canvas.text(title, at: Point(layout.frame.midX, layout.frame.minY - 5), size: FontSize.label,
                                    style: .bold, align: .center, baseline: .bottom)
                        return layout
                    }
                    let inputLayout = try grid("x", NumberGrid(try Matrix(rows: PoolingBackwardExample.input), decimals: 0,
                                                               marked: pass.winners), in: parts[0])
                    PoolingOverlay.outline(windows, on: canvas, layout: inputLayout)
                    try grid("y", NumberGrid(try pass.output.matrix(), decimals: kind == .mean ? 2 : 0), in: parts[2])
                    try grid(Text.givenGradient(language), NumberGrid(gradient, decimals: 0), in: parts[3])
                    let backLayout = try grid("∂L/∂x", NumberGrid(try pass.inputGradient.matrix(), decimals: 2,
                                                                  marked: pass.winners), in: parts[5])
                    PoolingOverlay.outline(windows, on: canvas, layout: backLayout)
                    let y = inputLayout.frame.midY + FontSize.label * 0.8
                    canvas.arrow(from: Point(parts[1].minX + 4, y), to: Point(parts[1].maxX - 4, y), color: .gray)
                    canvas.arrow(from: Point(parts[4].minX + 4, y), to: Point(parts[4].maxX - 4, y), color: .gray)
                }
            }
        }
    }
}
