/// θ of a ``VanillaRNN`` read as the slides' matrices and vectors, and the three products the
/// recurrence needs, written as the sums they are.
///
///     (M·v)_i = Σ_j M_ij·v_j        (Mᵀ·v)_j = Σ_i M_ij·v_i        (a·bᵀ)_ij = a_i·b_j
struct RNNWeights {
    /// Wxh (H rows of V), Whh (H rows of H), Why (V rows of H).
    let wxh: [[Double]], whh: [[Double]], why: [[Double]]
    /// bh (H values) and by (V values).
    let bh: [Double], by: [Double]

    /// The five blocks of `model`'s θ.
    init(_ model: VanillaRNN) {
        let theta = model.parameters.scalars
        func matrix(_ part: VanillaRNN.Part) -> [[Double]] {
            let (rows, columns) = (model.shape(of: part)[0], model.shape(of: part)[1])
            let start = model.range(of: part).lowerBound
            return (0..<rows).map { i in Array(theta[(start + i * columns)..<(start + (i + 1) * columns)]) }
        }
        wxh = matrix(.wxh)
        whh = matrix(.whh)
        why = matrix(.why)
        bh = Array(theta[model.range(of: .bh)])
        by = Array(theta[model.range(of: .by)])
    }

    /// M·v.
    static func product(_ m: [[Double]], _ v: [Double]) -> [Double] {
        m.map { row in zip(row, v).reduce(0) { $0 + $1.0 * $1.1 } }
    }

    /// Mᵀ·v.
    static func transposedProduct(_ m: [[Double]], _ v: [Double]) -> [Double] {
        var result = [Double](repeating: 0, count: m.first?.count ?? 0)
        for (row, vi) in zip(m, v) {
            for j in row.indices { result[j] += row[j] * vi }
        }
        return result
    }

    /// M += a·bᵀ.
    static func addOuter(_ m: inout [[Double]], _ a: [Double], _ b: [Double]) {
        for i in a.indices {
            for j in b.indices { m[i][j] += a[i] * b[j] }
        }
    }

    /// u + v, entry by entry.
    static func sum(_ u: [Double], _ v: [Double]) -> [Double] { zip(u, v).map { $0 + $1 } }

    /// The one-hot vector of `symbol` among `count` (IFT 780 slide 219).
    static func oneHot(_ symbol: Int, count: Int) -> [Double] {
        (0..<count).map { $0 == symbol ? 1 : 0 }
    }
}
