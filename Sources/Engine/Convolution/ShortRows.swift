import NeuralNet
import Tensors

/// Copying and adding the short rows that im2col and col2im move: a row of LeNet C3's matrix
/// holds 10 values (the width of its output), read from one row of the image.
///
/// A loop over a row of unknown length spends more on its bookkeeping than on the values; moving
/// whole SIMD blocks of 8, then at most one block each of 4, 2 and 1, keeps a row to a handful of
/// instructions.
@usableFromInline
enum ShortRows {
    /// target[i] = source[i] for i in 0..<count.
    @inlinable
    static func copy<Scalar: TensorScalar>(_ count: Int, from source: UnsafePointer<Scalar>,
                                           to target: UnsafeMutablePointer<Scalar>) {
        move(count, from: source, to: target, adding: false)
    }

    /// target[i] += source[i] for i in 0..<count.
    @inlinable
    static func add<Scalar: TensorScalar>(_ count: Int, from source: UnsafePointer<Scalar>,
                                          to target: UnsafeMutablePointer<Scalar>) {
        move(count, from: source, to: target, adding: true)
    }

    @inlinable @inline(__always)
    static func move<Scalar: TensorScalar>(_ count: Int, from source: UnsafePointer<Scalar>,
                                           to target: UnsafeMutablePointer<Scalar>, adding: Bool) {
        var i = 0
        while i &+ 8 <= count {
            block(SIMD8<Scalar>.self, from: source + i, to: target + i, adding: adding)
            i &+= 8
        }
        if count & 4 != 0 {
            block(SIMD4<Scalar>.self, from: source + i, to: target + i, adding: adding)
            i &+= 4
        }
        if count & 2 != 0 {
            block(SIMD2<Scalar>.self, from: source + i, to: target + i, adding: adding)
            i &+= 2
        }
        if count & 1 != 0 {
            target[i] = adding ? target[i] + source[i] : source[i]
        }
    }

    /// One block of `Vector.scalarCount` values, unaligned.
    @inlinable @inline(__always)
    static func block<Vector: SIMD>(_: Vector.Type, from source: UnsafePointer<Vector.Scalar>,
                                    to target: UnsafeMutablePointer<Vector.Scalar>, adding: Bool)
    where Vector.Scalar: FloatingPoint {
        var values = UnsafeRawPointer(source).loadUnaligned(as: Vector.self)
        if adding { values += UnsafeRawPointer(target).loadUnaligned(as: Vector.self) }
        UnsafeMutableRawPointer(target).storeBytes(of: values, as: Vector.self)
    }
}
