import NeuralNet
import Tensors

/// A random pooling and a random input it fits, drawn from one seed: 1–3 planes of up to 9 × 9
/// values, windows of 1–4 with stride 1–4 per axis, padding below the window, either rounding.
struct RandomPooling {
    let pooling: Pooling2D
    let input: Tensor<Double>

    init(seed: Int, kind: PoolingKind, low: Double = -1, high: Double = 1) throws {
        var generator = SeededGenerator(seed: UInt64(seed))
        func draw(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &generator) }
        func window() throws -> PoolingWindow {
            let size = draw(1...4)
            return try PoolingWindow(size: size, stride: draw(1...4), padding: draw(0...(size - 1)))
        }
        let rows = try window(), columns = try window()
        // At least one window fits: D + 2P ≥ F.
        let height = draw(Swift.max(1, rows.size - 2 * rows.padding)...9)
        let width = draw(Swift.max(1, columns.size - 2 * columns.padding)...9)
        pooling = Pooling2D(kind, rows: rows, columns: columns, rounding: draw(0...1) == 0 ? .floor : .ceil)
        input = try Tensor<Double>.uniform(shape: [draw(1...3), height, width], low: low, high: high, using: &generator)
    }
}
