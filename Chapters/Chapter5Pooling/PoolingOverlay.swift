import NeuralNet
import Plot
import Tensors

/// What the figures draw over a pooled grid: the windows (outlined, dashed when partial) and the
/// cells that won them.
enum PoolingOverlay {
    /// A window as the block of input cells it covers, clipped at the edges.
    struct Window {
        let cells: CellRange
        /// Smaller than the pooling's window: a ceil rounding's last row or column.
        let partial: Bool
    }

    /// Every window of `pooling` on an H×W plane, row by row.
    static func windows(_ pooling: Pooling2D, height: Int, width: Int) throws -> [Window] {
        let shape = try pooling.outputShape(for: [height, width])
        return (0..<shape[0]).flatMap { i in
            (0..<shape[1]).map { j in
                let cells = CellRange(rows: pooling.rows.cells(of: i, length: height),
                                      columns: pooling.columns.cells(of: j, length: width))
                return Window(cells: cells, partial: cells.rows.count < pooling.rows.size
                              || cells.columns.count < pooling.columns.size)
            }
        }
    }

    /// The input cells of plane `plane` that won at least one window, from a max pooling's cache.
    static func winners(_ cache: PoolingCache, plane: Int = 0) -> Set<Cell> {
        let width = cache.inputShape[cache.inputShape.count - 1]
        let perPlane = cache.outputShape.suffix(2).reduce(1, *)
        return Set(cache.winners[(plane * perPlane)..<((plane + 1) * perPlane)].map { Cell(Int($0) / width, Int($0) % width) })
    }

    /// Outlines `windows` on a drawn grid in dark grey (every window is a window; the colour of the
    /// part being explained stays for the winners), partial ones dashed.
    static func outline(_ windows: [Window], on canvas: Canvas, layout: NumberGrid.Layout) {
        for window in windows {
            canvas.stroke(layout.rect(of: window.cells).inset(by: 1.5), color: .gray, width: 2,
                          dash: window.partial ? [4, 3] : [])
        }
    }
}

extension Tensor where Scalar == Double {
    /// Plane `plane` of a (C, H, W) tensor, or the whole of an (H, W) one, as a Plot matrix,
    /// each value passed through `transform`.
    func matrix(plane: Int = 0, _ transform: (Double) -> Double = { $0 }) throws -> Matrix {
        let (height, width) = (shape[rank - 2], shape[rank - 1])
        let start = plane * height * width
        return try Matrix(rows: height, columns: width, values: scalars[start..<(start + height * width)].map(transform))
    }
}
