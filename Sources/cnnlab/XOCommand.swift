import ArgumentParser
import Chapter5Pooling
import Foundation
import Tensors

/// `cnnlab xo`: Rohrer's X/O network (Pasco slides 13–30) on a built-in or given 9×9 image,
/// printing the votes of its fully connected layer and, with `--maps`, every intermediate map as
/// the slides print them (k/9 truncated to two decimals).
struct XOCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "xo",
        abstract: "Tell X from O with Rohrer's little CNN: 3 features, ReLU, 2×2 max pooling, a vote.",
        discussion: """
            Built-in images: x, o, shifted-x (one pixel to the right), deformed-x (two arm ends moved).
            A file must hold one 9×9 image (.npy, float32 or float64), strokes +1 on a −1 background.
            The vote for a class is the cosine between the image's 48 pooled values and the class
            prototype's: the clean X votes 1 for X.
            """)

    @Option(name: .long, help: "x, o, shifted-x, deformed-x, or a 9×9 .npy file.")
    var image: String = "x"

    @Flag(name: .long, help: "Also print the filtered, rectified and pooled maps.")
    var maps = false

    func execute() throws {
        let (pixels, name) = try load()
        let trace = try XOPipeline.run(pixels)
        if maps { print(describeMaps(trace.features)) }
        let votes = zip(trace.labels, trace.votes).map { "vote \($0) \(String(format: "%.3f", $1))" }
        print("\(name): " + votes.joined(separator: "  ") + "  →  " + (trace.decision ?? "undecided (equal votes)"))
    }

    /// The image and how to name it.
    private func load() throws -> (Tensor<Double>, String) {
        let builtIn = ["x": XOImages.x, "o": XOImages.o, "shifted-x": XOImages.shiftedX, "deformed-x": XOImages.deformedX]
        if let rows = builtIn[image.lowercased()] { return (try XOPipeline.image(rows), image.lowercased()) }
        guard image.hasSuffix(".npy") else {
            throw CommandError("--image must be x, o, shifted-x, deformed-x or a .npy file, got \(image)")
        }
        return (try readArray(image), image)
    }

    /// Each stage's maps, side by side, values truncated as on the slides.
    private func describeMaps(_ features: XOFeatures) -> String {
        let stages = [("filtered (k/9)", features.filtered), ("ReLU", features.rectified), ("max-pooled 2×2", features.pooled)]
        return stages.map { title, maps in
            let (height, width) = (maps.shape[1], maps.shape[2])
            let rows = (0..<height).map { i in
                (0..<3).map { c in
                    (0..<width).map { j in SlideTruncation.string(maps[c, i, j]).leftPadded(to: 5) }.joined(separator: " ")
                }.joined(separator: "   ")
            }
            return title + " — features " + XOImages.featureNames.joined(separator: ", ") + "\n"
                + rows.joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: Swift.max(0, width - count)) + self
    }
}
