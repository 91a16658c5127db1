import Datasets
import Foundation
import Tensors

/// Reads the `.npy` array a command was given, as `Float` or `Double`. A missing or malformed
/// file is the reader's one-line error; a NaN or an infinity is refused here, so a command never
/// passes one along (ARCHITECTURE.md, "Commands").
func readArray<Scalar: TensorScalar>(_ path: String, as _: Scalar.Type = Scalar.self) throws -> Tensor<Scalar> {
    let array: Tensor<Scalar> = try NPY.readTensor(from: URL(fileURLWithPath: path))
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
