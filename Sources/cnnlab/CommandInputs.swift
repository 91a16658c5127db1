import Datasets
import Foundation
import Tensors

/// Reads the `.npy` array a command was given, as `Float` or `Double`. A missing or malformed
/// file is the reader's one-line error; an integer array is refused with the conversion to make
/// (as PyTorch's convolution refuses integer tensors: an int64 image is usually a mistake, and its
/// values beyond 2²⁴ would round); a NaN or an infinity is refused here, so a command never
/// passes one along (ARCHITECTURE.md, "Commands"), and so is a finite float64 beyond Float's
/// range (1e300), with that reason.
func readArray<Scalar: TensorScalar>(_ path: String, as _: Scalar.Type = Scalar.self) throws -> Tensor<Scalar> {
    let file = try NPY.read(from: URL(fileURLWithPath: path))
    switch file.storage {
    case .float32, .float64:
        break
    case .int64, .uint8:
        let dtype = if case .int64 = file.storage { "int64" } else { "uint8" }
        throw CommandError("\(path) holds \(dtype) values; the computation commands take float32 or float64 arrays: "
            + "convert it with np.save(path, x.astype(np.float32))")
    }
    let array: Tensor<Scalar> = file.tensor()
    guard !array.isFinite else { return array }
    if case let .float64(values) = file.storage, Scalar.self == Float.self, let wide = values.first(where: { $0.isFinite && !Float($0).isFinite }),
       values.allSatisfy(\.isFinite) {
        throw CommandError("\(path) holds \(wide), beyond float32's range (±3.4e38) in which the command computes")
    }
    throw CommandError("\(path) contains NaN or infinite values")
}

/// The memory a command needs to read the `.npy` file at `path` as `Float`: its values as
/// stored, plus the float32 copy when they are stored otherwise; and the array's shape. Only the
/// header is read.
func arrayFootprint(_ path: String) throws -> (shape: [Int], bytes: Int) {
    let (shape, size) = try NPY.info(of: URL(fileURLWithPath: path))
    return (shape, MemoryEstimate.product(shape + [size == 4 ? 4 : size + 4]))
}

/// Refuses a result that is not finite although its inputs were (they are checked when read):
/// float32 overflowed on the way (3e38 × 10 is `inf`).
func checkFinite(_ result: Tensor<Float>, of command: String) throws {
    guard result.isFinite else {
        throw CommandError("the \(command) result overflows float32: some values are beyond ±3.4e38, though the inputs were finite")
    }
}

/// `"-1.2, 1"` → `[-1.2, 1]`: values separated by commas, spaces around them allowed; `nil` when
/// the text is empty or one part is not a `Value`.
func commaSeparated<Value: LosslessStringConvertible>(_ text: String, as _: Value.Type = Value.self) -> [Value]? {
    let parts = text.split(separator: ",", omittingEmptySubsequences: false)
    let values = parts.compactMap { Value($0.trimmingCharacters(in: .whitespaces)) }
    return !text.isEmpty && values.count == parts.count ? values : nil
}
