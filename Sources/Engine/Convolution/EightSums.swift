import NeuralNet
import Tensors

/// The filters one register holds in the vectorised convolution: sixteen, a full AVX-512
/// register of Float (LeNet C3 has exactly sixteen). Each accumulator waits for its previous
/// fused multiply-add, so the work per instruction sets the pace: sixteen lanes beat eight
/// (docs/performance.md).
@usableFromInline
typealias FilterVector<Scalar: SIMDScalar> = SIMD16<Scalar>

/// The number of lanes of a ``FilterVector``.
@usableFromInline
let filterLanes = 16

/// The inner step of the vectorised convolution: eight sums of sixteen lanes each,
///
///     sums[j] = Σ_i vectors[i] · source[outer[i] + inner[j]]        (j = 0 … 7)
///
/// A convolution reads input cell `offset(k) + position(p)` for patch index k = (c, u, v) and output
/// position p = (o_y, o_x) (``VectorizedConvolution``). With `vectors[k]` the weights of sixteen
/// filters for patch index k, `outer` the patch offsets and `inner` eight output positions, the
/// sums are eight outputs of sixteen filters (the forward pass); with `vectors[p]` the output
/// gradients of sixteen filters at position p, `outer` the positions and `inner` eight patch
/// offsets, they are eight columns of ∂L/∂W (the backward pass). One kernel serves both.
///
/// Eight accumulators and one vector stay in registers: each step loads one vector and eight
/// input values for eight fused multiply-adds of sixteen lanes.
@inlinable
func eightSums<Scalar: TensorScalar>(count: Int, vectors: UnsafePointer<FilterVector<Scalar>>, source: UnsafePointer<Scalar>,
                                     outer: UnsafePointer<Int>, inner: UnsafePointer<Int>,
                                     into sums: UnsafeMutablePointer<FilterVector<Scalar>>) {
    let (q0, q1, q2, q3, q4, q5, q6, q7) = (inner[0], inner[1], inner[2], inner[3], inner[4], inner[5], inner[6], inner[7])
    var (a0, a1, a2, a3) = (FilterVector<Scalar>(), FilterVector<Scalar>(), FilterVector<Scalar>(), FilterVector<Scalar>())
    var (a4, a5, a6, a7) = (FilterVector<Scalar>(), FilterVector<Scalar>(), FilterVector<Scalar>(), FilterVector<Scalar>())
    for i in 0..<count {
        let vector = vectors[i]
        let cells = source + outer[i]
        a0.addProduct(cells[q0], vector)
        a1.addProduct(cells[q1], vector)
        a2.addProduct(cells[q2], vector)
        a3.addProduct(cells[q3], vector)
        a4.addProduct(cells[q4], vector)
        a5.addProduct(cells[q5], vector)
        a6.addProduct(cells[q6], vector)
        a7.addProduct(cells[q7], vector)
    }
    (sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7]) = (a0, a1, a2, a3, a4, a5, a6, a7)
}
