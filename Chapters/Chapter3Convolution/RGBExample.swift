import Chapters
import NeuralNet
import Tensors

/// `multichannel-rgb-bias` (deck 002 ≈ slide 68; catalogue §7): one filter of three 3×3 channels
/// and a bias over a 5×5 crop of an RGB image with one cell of zero padding. Each channel is
/// correlated with its own kernel, the three maps are added, then the bias.
public enum RGBExample {
    public static let example = WorkedExample(
        id: "multichannel-rgb-bias", source: "deck 002 (\"Apprentissage profond\"), ≈ slide 68",
        printed: "308 + (−498) + 164 + 1 = −25",
        computed: "308, −498, 164; −25; and the 4×4 top-left block the crop determines",
        verdict: .ocrDamage(recovered: "the first two blue rows (the OCR kept only their last three values); "
            + "read literally they would give 165 and −24"))

    public static let red: [[Double]] = [
        [156, 155, 156, 158, 158], [153, 154, 157, 159, 159], [149, 151, 155, 158, 159],
        [146, 146, 149, 153, 158], [145, 143, 143, 148, 158],
    ]
    public static let green: [[Double]] = [
        [167, 166, 167, 169, 169], [164, 165, 168, 170, 170], [160, 162, 166, 169, 170],
        [156, 156, 159, 163, 168], [155, 153, 153, 158, 168],
    ]
    public static let blue: [[Double]] = [
        [163, 162, 163, 165, 165], [160, 161, 164, 166, 166], [156, 158, 162, 165, 166],
        [155, 155, 158, 162, 167], [154, 152, 152, 157, 167],
    ]
    public static let kernelRed: [[Double]] = [[-1, -1, 1], [0, 1, -1], [0, 1, 1]]
    public static let kernelGreen: [[Double]] = [[1, 0, 0], [1, -1, -1], [1, 0, -1]]
    public static let kernelBlue: [[Double]] = [[0, 1, 1], [0, 1, 0], [1, -1, 1]]
    public static let bias: Double = 1

    /// The channels in order R, G, B, and their kernels.
    public static var channels: [[[Double]]] { [red, green, blue] }
    public static var kernels: [[[Double]]] { [kernelRed, kernelGreen, kernelBlue] }

    /// The blue rows as the OCR kept them: the last three values of the first two rows.
    public static let ocrBlueRows: [[Double]] = [[163, 165, 165], [164, 166, 166]]

    /// The output's top-left 4×4 block: every window that stays inside the crop and its top/left padding.
    public static let block: Int = 4
}

extension RGBExample {
    /// The whole layer: input (1, 3, 5, 5), kernel (1, 3, 3, 3), bias 1, zero padding 1 → (1, 1, 5, 5).
    public static func output() throws -> [[Double]] {
        let x = try Tensor(shape: [1, 3, 5, 5], scalars: channels.flatMap { $0.flatMap { $0 } })
        let w = try Tensor(shape: [1, 3, 3, 3], scalars: kernels.flatMap { $0.flatMap { $0 } })
        let y = try conv2d(x, kernel: w, bias: Tensor([bias]), parameters: Conv2DParameters(padding: .explicit(1)))
        return ImageExamples.rows(y)
    }

    /// The map of one channel alone with its own kernel (no bias): the partial sums of the slide.
    public static func channelMap(_ c: Int) throws -> [[Double]] {
        try ImageExamples.correlate(channels[c], kernels[c], padding: .explicit(1))
    }

    /// The determined top-left block of ``output()``.
    public static func determinedBlock() throws -> [[Double]] {
        try output().prefix(block).map { Array($0.prefix(block)) }
    }
}
