import Tensors

/// The fully connected layer that ends Rohrer's X/O network (Pasco slides 28–30): each of the 48
/// stacked pooled values votes for X and for O with a weight.
///
/// The deck's weights are learned and never printed (catalogue §9: "illustrations, not
/// reproducible examples"). CNNLab derives them, so that every weight can be explained: the
/// weights of class k are the stacked pooled maps P_k of its clean prototype (``XOImages/x``,
/// ``XOImages/o``), scaled to unit length, w_k = P_k/‖P_k‖; and the vote divides by the length of
/// the input's own stacked vector p:
///
///     vote_k = w_k · p / ‖p‖ = cos(P_k, p)
///
/// — how much the image's pooled maps point the same way as the prototype's. Every pooled value
/// is ≥ 0 (after ReLU), so each vote lies in [0, 1]; a prototype votes exactly 1 for itself; a
/// pooled cell counts for a class in proportion to how strongly the class's prototype lights it.
/// The common factor 1/‖p‖ does not change which class wins; it only puts the votes on one scale.
public struct XOVote: Sendable {
    /// The classes: "X", "O".
    public let labels: [String]
    /// One row of 48 weights per class, each of unit length.
    public let weights: [[Double]]

    /// The vote whose weights are the clean X's and O's normalised pooled maps.
    public static func prototypes() throws -> XOVote {
        let x = try XOPipeline.features(of: XOPipeline.image(XOImages.x)).stacked
        let o = try XOPipeline.features(of: XOPipeline.image(XOImages.o)).stacked
        return XOVote(labels: ["X", "O"], weights: [x, o].map { p in p.map { $0 / length(p) } })
    }

    /// w_k · p / ‖p‖ for each class; all 0 when p = 0 (nothing lit: no class is preferred).
    public func votes(for stacked: [Double]) -> [Double] {
        let norm = Self.length(stacked)
        return weights.map { w in norm == 0 ? 0 : zip(w, stacked).reduce(0) { $0 + $1.0 * $1.1 } / norm }
    }

    /// ‖v‖₂.
    static func length(_ v: [Double]) -> Double {
        v.reduce(0) { $0 + $1 * $1 }.squareRoot()
    }
}
