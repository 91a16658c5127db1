/// Counting a convolution layer's neurons and parameters (IFT 780, slides 85–115; FIDLE,
/// "Number of parameters").
///
/// A layer of m filters k_x × k_y over n input channels has m·n·k_x·k_y weights and m biases,
///
///     parameters = m(n·k_x·k_y + 1)                              (FIDLE)
///
/// — independent of the image size: the filters are shared by every position. Its neurons are the
/// values of its output maps, m·H_out·W_out per image. IFT 780 often counts weights without the
/// biases ("6·5·5·3 = 450"): ``parameterCount(includingBias:)`` says which.
extension ConvolutionGeometry {
    /// C_out·H_out·W_out: the neurons (activations) of the layer for one image.
    public var neuronCount: Int { outputChannels * outputPositions }

    /// m(n·k_x·k_y + 1) with the biases, m·n·k_x·k_y without.
    public func parameterCount(includingBias: Bool = true) -> Int {
        Self.parameterCount(filters: outputChannels, channels: inputChannels,
                            kernelHeight: kernelHeight, kernelWidth: kernelWidth, includingBias: includingBias)
    }

    /// FIDLE's formula m(n·k_x·k_y + 1) for m filters of k_x × k_y over n channels (without the
    /// +1 when the biases are left out).
    public static func parameterCount(filters m: Int, channels n: Int, kernelHeight: Int, kernelWidth: Int,
                                      includingBias: Bool = true) -> Int {
        m * (n * kernelHeight * kernelWidth + (includingBias ? 1 : 0))
    }
}
