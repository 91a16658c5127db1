import NeuralNet
import Tensors

/// What CNNLab computes for each worked example of ``PaddingExamples`` — the values the tests
/// assert and the report draws.
extension PaddingExamples.OneDimensional {
    /// The padded signal as ``pad(_:cells:spatialAxes:mode:)`` builds it: one cell on each side in this mode.
    public func paddedSignal() throws -> [Double] {
        try pad(Tensor(PaddingExamples.signal), cells: 1, spatialAxes: 1, mode: mode).scalars
    }

    /// The five outputs: the signal padded by one cell on each side in this mode, then the valid
    /// convolution with [.1, .2, .3] at stride 1.
    public func outputs() throws -> [Double] {
        let x = try Tensor(shape: [1, 1, PaddingExamples.signal.count], scalars: PaddingExamples.signal)
        let w = try Tensor(shape: [1, 1, PaddingExamples.filter.count], scalars: PaddingExamples.filter)
        return try conv1d(x, kernel: w, parameters: Conv1DParameters(padding: .explicit(1)), paddingMode: mode).scalars
    }
}

extension PaddingExamples.Ranvier {
    /// The 5×5 input with one cell of border in `mode` (7×7; the slide draws the zero one).
    public static func padded(_ mode: PaddingMode) throws -> [[Double]] {
        try rows(of: pad(Tensor(rows: input), cells: 1, spatialAxes: 2, mode: mode))
    }

    /// The 5×5 feature map: one cell of border in `mode`, the 3×3 filter, stride 1 (the slide's
    /// map for zero padding).
    public static func computedMap(_ mode: PaddingMode = .zero) throws -> [[Double]] {
        let x = try Tensor(shape: [1, 1, 5, 5], scalars: input.flatMap { $0 })
        let w = try Tensor(shape: [1, 1, 3, 3], scalars: filter.flatMap { $0 })
        let y = try conv2d(x, kernel: w, parameters: Conv2DParameters(padding: .explicit(1)), paddingMode: mode)
        return try rows(of: y.reshaped([5, 5]))
    }

    private static func rows(of matrix: Tensor<Double>) -> [[Double]] {
        (0..<matrix.shape[0]).map { i in (0..<matrix.shape[1]).map { j in matrix[i, j] } }
    }
}

extension PaddingExamples.SizeRow {
    /// (D − F + 2P)/S + 1 by ``OutputSize``.
    public func computedOutput() throws -> Int {
        try OutputSize(input: size, filter: kernel, stride: stride, padding: padding).value
    }
}

extension PaddingExamples.SameRow {
    /// TensorFlow's 'SAME' border for this layer, by ``Padding/same``.
    public func computedPadding() throws -> Padding.Width {
        try Padding.same.widths(size: [size], kernel: [kernel], stride: [stride])[0]
    }

    /// The output size with that border, ⌈D/S⌉ (the cells no window reaches are not read).
    public func computedOutput() throws -> Int {
        let unread = Padding.same.unreadCells(size: [size], kernel: [kernel], stride: [stride])[0]
        return try OutputSize(input: size - unread, filter: kernel, stride: stride, padding: computedPadding()).value
    }
}
