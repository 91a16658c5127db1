import Tensors

/// θ of a ``VanillaRNN`` read as the slides' matrices and column vectors — min-char-rnn's Wxh,
/// Whh, Why, bh, by, with vectors of shape (n, 1) as the gist's NumPy arrays are — so that the
/// passes read as the formulas: `Tensor.matmul(wxh, x)` is Wxh·x.
struct RNNWeights {
    /// Wxh (H×V), Whh (H×H), Why (V×H).
    let wxh: Tensor<Double>, whh: Tensor<Double>, why: Tensor<Double>
    /// bh (H×1) and by (V×1).
    let bh: Tensor<Double>, by: Tensor<Double>

    /// The five blocks of `model`'s θ.
    init(_ model: VanillaRNN) throws {
        wxh = try model.tensor(.wxh)
        whh = try model.tensor(.whh)
        why = try model.tensor(.why)
        bh = try Self.column(model.tensor(.bh).scalars)
        by = try Self.column(model.tensor(.by).scalars)
    }

    /// The column vector (n × 1) of `values`.
    static func column(_ values: [Double]) throws -> Tensor<Double> {
        try Tensor(shape: [values.count, 1], scalars: values)
    }

    /// The one-hot column of `symbol` among `count` (IFT 780 slide 219: 'm' = [0, 0, 1, 0]ᵀ).
    static func oneHot(_ symbol: Int, count: Int) throws -> Tensor<Double> {
        try column((0..<count).map { $0 == symbol ? 1 : 0 })
    }
}
