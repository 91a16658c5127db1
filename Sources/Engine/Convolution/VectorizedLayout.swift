import NeuralNet
import Tensors

/// The offsets and packings of ``ConvolutionGeometry/vectorizedForward(_:_:_:_:)``, computed once
/// per call.
@usableFromInline
struct VectorizedLayout {
    @usableFromInline let geometry: ConvolutionGeometry
    /// Groups of sixteen filters (the last one completed with zero filters).
    @usableFromInline let blocks: Int
    /// C·k_h·k_w and H_out·W_out.
    @usableFromInline let patch: Int, positions: Int
    /// The padded image: H' × W' per channel.
    @usableFromInline let paddedHeight: Int, paddedWidth: Int
    /// offset(k) and position(p) in the padded image (allocated; freed by ``deallocate()``).
    @usableFromInline let patchOffsets: UnsafeMutablePointer<Int>, positionOffsets: UnsafeMutablePointer<Int>

    @inlinable
    init(_ g: ConvolutionGeometry) {
        geometry = g
        blocks = (g.outputChannels &+ filterLanes &- 1) / filterLanes
        (patch, positions) = (g.patchSize, g.outputPositions)
        paddedHeight = g.inputHeight &+ g.paddingRows.before &+ g.paddingRows.after
        paddedWidth = g.inputWidth &+ g.paddingColumns.before &+ g.paddingColumns.after
        patchOffsets = .allocate(capacity: patch)
        positionOffsets = .allocate(capacity: positions)
        for c in 0..<g.inputChannels {
            for u in 0..<g.kernelHeight {
                for v in 0..<g.kernelWidth {
                    patchOffsets[(c &* g.kernelHeight &+ u) &* g.kernelWidth &+ v] =
                        (c &* paddedHeight &+ u) &* paddedWidth &+ v
                }
            }
        }
        for oy in 0..<g.outputHeight {
            for ox in 0..<g.outputWidth {
                positionOffsets[oy &* g.outputWidth &+ ox] = oy &* g.strideHeight &* paddedWidth &+ ox &* g.strideWidth
            }
        }
    }

    @inlinable
    func deallocate() {
        patchOffsets.deallocate()
        positionOffsets.deallocate()
    }

    /// The filters of `block` that exist (16, or fewer in the last block).
    @inlinable
    func lanes(_ block: Int) -> Int { Swift.min(filterLanes, geometry.outputChannels &- block &* filterLanes) }

    /// The padded image's size, C·H'·W' (0 when there is no padding: the image is read in place).
    @inlinable
    var paddedImageSize: Int {
        paddedHeight == geometry.inputHeight && paddedWidth == geometry.inputWidth
            ? 0 : geometry.inputChannels &* paddedHeight &* paddedWidth
    }

    /// The weights as vectors: vector block·patch + k holds W[16·block + lane, k] (0 past the last filter).
    @inlinable
    func packFilters<Scalar: TensorScalar>(_ w: UnsafePointer<Scalar>) -> UnsafeMutablePointer<FilterVector<Scalar>> {
        let packed = UnsafeMutablePointer<FilterVector<Scalar>>.allocate(capacity: blocks &* patch)
        packed.initialize(repeating: FilterVector(), count: blocks &* patch)
        for o in 0..<geometry.outputChannels {
            for k in 0..<patch { packed[(o / filterLanes) &* patch &+ k][o % filterLanes] = w[o &* patch &+ k] }
        }
        return packed
    }

    /// One image's output gradient as vectors: vector block·positions + p holds ∂L/∂y[16·block + lane, p].
    @inlinable
    func packGradients<Scalar: TensorScalar>(_ g: UnsafePointer<Scalar>, into packed: UnsafeMutablePointer<FilterVector<Scalar>>) {
        for block in 0..<blocks {
            for lane in 0..<lanes(block) {
                let line = g + (block &* filterLanes &+ lane) &* positions
                let vectors = packed + block &* positions
                for p in 0..<positions { vectors[p][lane] = line[p] }
            }
        }
    }

    /// The image read by the kernels: `image` itself, or its copy with the zero border in `buffer`.
    @inlinable
    func padded<Scalar: TensorScalar>(_ image: UnsafePointer<Scalar>, into buffer: UnsafeMutablePointer<Scalar>) -> UnsafePointer<Scalar> {
        guard paddedImageSize > 0 else { return image }
        let (height, width) = (geometry.inputHeight, geometry.inputWidth)
        let (top, left) = (geometry.paddingRows.before, geometry.paddingColumns.before)
        buffer.update(repeating: 0, count: paddedImageSize)
        for c in 0..<geometry.inputChannels {
            for i in 0..<height {
                let start: Int = (c &* paddedHeight &+ i &+ top) &* paddedWidth &+ left
                (buffer + start).update(from: image + (c &* height &+ i) &* width, count: width)
            }
        }
        return UnsafePointer(buffer)
    }

    /// Eight entries of `offsets` from `first` on; past `count`, the last one again (its sums are
    /// computed and not used).
    @inlinable
    func select(_ offsets: UnsafePointer<Int>, from first: Int, count: Int, into selected: UnsafeMutablePointer<Int>) {
        for j in 0..<8 { selected[j] = offsets[Swift.min(first &+ j, count &- 1)] }
    }
}

/// One worker's buffers for the vectorised convolution.
@usableFromInline
struct VectorizedScratch<Scalar: TensorScalar> {
    @usableFromInline let paddedImage: UnsafeMutablePointer<Scalar>
    @usableFromInline let gradients: UnsafeMutablePointer<FilterVector<Scalar>>
    @usableFromInline let products: UnsafeMutablePointer<Scalar>
    @usableFromInline let selected: UnsafeMutablePointer<Int>
    @usableFromInline let sums: UnsafeMutablePointer<FilterVector<Scalar>>

    /// The buffers a pass uses: the packed output gradients for a backward pass, the product
    /// Wᵀ·∂L/∂Y when it computes ∂L/∂x; the others are allocated empty.
    @inlinable
    init(_ layout: VectorizedLayout, backward: Bool, needsInputGradient: Bool) {
        paddedImage = .allocate(capacity: layout.paddedImageSize)
        let vectors = backward ? layout.blocks &* layout.positions : 0
        gradients = .allocate(capacity: vectors)
        gradients.initialize(repeating: FilterVector(), count: vectors)
        products = .allocate(capacity: needsInputGradient ? layout.patch &* layout.positions : 0)
        selected = .allocate(capacity: 8)
        sums = .allocate(capacity: 8)
    }

    @inlinable
    func deallocate() {
        paddedImage.deallocate()
        gradients.deallocate()
        products.deallocate()
        selected.deallocate()
        sums.deallocate()
    }
}
