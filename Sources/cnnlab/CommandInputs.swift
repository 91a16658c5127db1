import Datasets
import Foundation
import Tensors

/// Reads the `.npy` array a command was given, as `Float` or `Double`. A missing or malformed
/// file is the reader's one-line error; an integer array is refused with the conversion to make
/// (as PyTorch's convolution refuses integer tensors: an int64 image is usually a mistake, and its
/// values beyond 2²⁴ would round); a NaN or an infinity is refused here, so a command never
/// passes one along (ARCHITECTURE.md, "Commands").
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
    guard array.isFinite else { throw CommandError("\(path) contains NaN or infinite values") }
    return array
}

/// `"-1.2, 1"` → `[-1.2, 1]`: values separated by commas, spaces around them allowed; `nil` when
/// the text is empty or one part is not a `Value`.
func commaSeparated<Value: LosslessStringConvertible>(_ text: String, as _: Value.Type = Value.self) -> [Value]? {
    let parts = text.split(separator: ",", omittingEmptySubsequences: false)
    let values = parts.compactMap { Value($0.trimmingCharacters(in: .whitespaces)) }
    return !text.isEmpty && values.count == parts.count ? values : nil
}
