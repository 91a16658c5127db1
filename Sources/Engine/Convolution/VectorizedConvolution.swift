import NeuralNet
import Tensors

/// The direct convolution vectorised over the filters: no im2col matrix, sixteen filters at a time
/// in the lanes of one SIMD register (``FilterVector``). On LeNet's C3, building the im2col
/// matrix costs as much as the product (its rows are 10 values long); this computes the same sums
/// straight from the image, and on AlexNet's layers it also saves im2col's copies. With few
/// filters (LeNet C1's six) most lanes idle and im2col is faster.
///
/// Number the patch k = (c, u, v) and the output positions p = (o_y, o_x); in the image padded with
/// zeros (H' × W'), output p of patch index k reads the cell
///
///     offset(k) + position(p),   offset(k) = c·H'·W' + u·W' + v,   position(p) = o_y·S_H·W' + o_x·S_W
///
/// so that, with the weights W[o, k] of sixteen filters o in one vector,
///
///     forward    y[o, p]    = b[o] + Σ_k W[o, k] · x[offset(k) + position(p)]
///     backward   ∂L/∂W[o, k] += Σ_p ∂L/∂y[o, p] · x[offset(k) + position(p)]
///
/// are both ``eightSums(count:vectors:source:outer:inner:into:)`` — over k for eight positions, or
/// over p for eight patch indices. ∂L/∂x goes through Wᵀ·∂L/∂Y and col2im, as with im2col.
extension ConvolutionGeometry {
    @inlinable
    func vectorizedForward<Scalar: TensorScalar>(_ x: UnsafePointer<Scalar>, _ w: UnsafePointer<Scalar>,
                                                 _ b: UnsafePointer<Scalar>, _ y: UnsafeMutablePointer<Scalar>,
                                           threads: ComputeThreads) {
        let layout = VectorizedLayout(self)
        let weights = layout.packFilters(w)
        defer { weights.deallocate(); layout.deallocate() }
        BatchPlan(self, threads: threads).run { images, _ in
            let scratch = VectorizedScratch<Scalar>(layout, backward: false, needsInputGradient: false)
            defer { scratch.deallocate() }
            for n in images {
                let image = layout.padded(x + n &* imageSize, into: scratch.paddedImage)
                let out = y + n &* outputSize
                for block in 0..<layout.blocks {
                    for first in stride(from: 0, to: layout.positions, by: 8) {
                        layout.select(layout.positionOffsets, from: first, count: layout.positions, into: scratch.selected)
                        eightSums(count: layout.patch, vectors: weights + block &* layout.patch, source: image,
                                  outer: layout.patchOffsets, inner: scratch.selected, into: scratch.sums)
                        for j in 0..<Swift.min(8, layout.positions &- first) {
                            for lane in 0..<layout.lanes(block) {
                                let o = block &* filterLanes &+ lane
                                out[o &* layout.positions &+ first &+ j] = b[o] + scratch.sums[j][lane]
                            }
                        }
                    }
                }
            }
        }
    }

    /// The targets start at zero.
    @inlinable
    func vectorizedBackward<Scalar: TensorScalar>(_ dy: UnsafePointer<Scalar>, _ x: UnsafePointer<Scalar>,
                                                  _ w: UnsafePointer<Scalar>, _ dx: UnsafeMutablePointer<Scalar>?,
                                                  _ dw: UnsafeMutablePointer<Scalar>, _ db: UnsafeMutablePointer<Scalar>,
                                            threads: ComputeThreads) {
        let layout = VectorizedLayout(self)
        let plan = BatchPlan(self, threads: threads)
        // Each chunk sums ∂L/∂W (sixteen filters per vector, like the packed weights) and ∂L/∂b
        // over its images; the sums are added at the end, in chunk order whatever the thread count.
        let kernelSums = UnsafeMutablePointer<FilterVector<Scalar>>.allocate(capacity: plan.chunks &* layout.blocks &* layout.patch)
        kernelSums.initialize(repeating: FilterVector(), count: plan.chunks &* layout.blocks &* layout.patch)
        let biasSums = UnsafeMutablePointer<Scalar>.allocate(capacity: plan.chunks &* outputChannels)
        biasSums.initialize(repeating: 0, count: plan.chunks &* outputChannels)
        defer { kernelSums.deallocate(); biasSums.deallocate(); layout.deallocate() }
        plan.run { images, chunk in
            let scratch = VectorizedScratch<Scalar>(layout, backward: true, needsInputGradient: dx != nil)
            defer { scratch.deallocate() }
            let kernelGradient = kernelSums + chunk &* layout.blocks &* layout.patch
            for n in images {
                let g = dy + n &* outputSize
                let image = layout.padded(x + n &* imageSize, into: scratch.paddedImage)
                layout.packGradients(g, into: scratch.gradients)
                for block in 0..<layout.blocks {
                    for first in stride(from: 0, to: layout.patch, by: 8) {
                        layout.select(layout.patchOffsets, from: first, count: layout.patch, into: scratch.selected)
                        eightSums(count: layout.positions, vectors: scratch.gradients + block &* layout.positions,
                                  source: image, outer: layout.positionOffsets, inner: scratch.selected, into: scratch.sums)
                        for j in 0..<Swift.min(8, layout.patch &- first) {
                            kernelGradient[block &* layout.patch &+ first &+ j] += scratch.sums[j]
                        }
                    }
                }
                addBiasGradient(of: g, into: biasSums + chunk &* outputChannels)
                if let dx {
                    addInputGradient(of: g, kernel: w, through: scratch.products, into: dx + n &* imageSize)
                }
            }
        }
        for chunk in 0..<plan.chunks {
            let sums = kernelSums + chunk &* layout.blocks &* layout.patch
            for o in 0..<outputChannels {
                for k in 0..<layout.patch { dw[o &* layout.patch &+ k] += sums[(o / filterLanes) &* layout.patch &+ k][o % filterLanes] }
                db[o] += biasSums[chunk &* outputChannels &+ o]
            }
        }
    }
}
