import NeuralNet

/// Pasco ≈ slides 56–57: the whole CNN pipeline as a sketch — a 16×16×3 image through
/// convolution/ReLU/pooling stages to 2×2×3 maps, flattened into a small fully connected network
/// with four outputs, which prints "0.52 chat, 0.25 chien, 0.91 robot, 0.33 arbre".
///
/// The sketch is schematic (catalogue: ambiguous); what it lets one check is the flattening
/// (2·2·3 = 12 inputs), the size of a 12 → 4 dense layer (4·(12 + 1) = 52 parameters), the
/// decision (the largest score, "robot") and that the scores are not probabilities: they add up
/// to 2.01, where a softmax's outputs add up to 1.
public enum PipelineSketch {
    /// The last stage's maps, before flattening.
    public static let finalMaps = FeatureShape.maps(height: 2, width: 2, channels: 3)
    /// The four classes and the scores the slide prints for them.
    public static let scores: [(label: String, score: Double)] = [("cat", 0.52), ("dog", 0.25), ("robot", 0.91), ("tree", 0.33)]

    /// Flatten, then one dense layer with a score per class.
    public static let classifier = Architecture(name: "Pasco's pipeline sketch, classifier", input: finalMaps, layers: [
        .init("flatten", .flatten),
        .init("dense", .dense(scores.count)),
    ])

    /// The class with the largest score.
    public static var decision: String { scores.max { $0.score < $1.score }!.label }

    /// Σ scores: 1 for a softmax's outputs.
    public static var scoreSum: Double { scores.reduce(0) { $0 + $1.score } }
}
