import Foundation
import Tensors

/// A NumPy array read from a `.npy` file: its shape and its values in C (row-major) order.
public struct NPYArray: Equatable, Sendable {
    /// The values, in the element type the file stores.
    public enum Storage: Equatable, Sendable {
        case float32([Float])
        case float64([Double])
        case int64([Int64])
        case uint8([UInt8])
    }

    /// The size of each axis, outermost first (`()` for a scalar).
    public let shape: [Int]
    /// The values in C order, as the file stores them.
    public let storage: Storage

    /// The values converted to `Float` or `Double` (an int64 beyond 2^24, resp. 2^53, rounds).
    public func tensor<Scalar: TensorScalar>(_: Scalar.Type = Scalar.self) -> Tensor<Scalar> {
        let values: [Scalar]
        switch storage {
        case let .float32(v): values = v.map { Scalar($0) }
        case let .float64(v): values = v.map { Scalar($0) }
        case let .int64(v): values = v.map { Scalar($0) }
        case let .uint8(v): values = v.map { Scalar($0) }
        }
        // `NPY.read` checked that the shape's product is the number of values.
        return try! Tensor(shape: shape, scalars: values)
    }
}

/// NumPy's `.npy` format (numpy.lib.format): read float32, float64, int64 and uint8 arrays,
/// little-endian, C order, header versions 1.0–3.0; write float32 and float64 as `np.save` does
/// (version 1.0, header padded to 64 bytes), byte for byte.
///
/// ```swift
/// let x: Tensor<Float> = try NPY.readTensor(from: URL(fileURLWithPath: "x.npy"))
/// try NPY.write(x, to: URL(fileURLWithPath: "y.npy"))
/// ```
public enum NPY {
    /// Reads a `.npy` file.
    /// - Throws: ``DatasetError`` naming the file: `.unreadable`, `.malformed` (bad magic, a header
    ///   that lies about the data, a truncated file) or `.unsupported` (another dtype, big-endian,
    ///   Fortran order).
    public static func read(from url: URL) throws -> NPYArray {
        try decode(DataFile.contents(of: url), file: url.path)
    }

    /// Reads a `.npy` file and converts its values to `Float` or `Double`.
    public static func readTensor<Scalar: TensorScalar>(
        from url: URL, as _: Scalar.Type = Scalar.self
    ) throws -> Tensor<Scalar> {
        try read(from: url).tensor(Scalar.self)
    }

    /// Writes a tensor as `np.save` would (`<f4` for `Float`, `<f8` for `Double`), atomically.
    /// - Throws: ``DatasetError/unwritable(file:reason:)``.
    public static func write<Scalar: TensorScalar>(_ tensor: Tensor<Scalar>, to url: URL) throws {
        try DataFile.writeAtomically(encode(tensor), to: url)
    }

    /// The bytes of the `.npy` file holding `tensor`.
    static func encode<Scalar: TensorScalar>(_ tensor: Tensor<Scalar>) -> Data {
        let isFloat = Scalar.self == Float.self
        let header = NPYHeader(descr: isFloat ? "<f4" : "<f8", fortranOrder: false, shape: tensor.shape)
        var data = Data(header.encoded)
        if isFloat {
            appendLittleEndian(tensor.scalars.map { Float($0).bitPattern }, to: &data)
        } else {
            appendLittleEndian(tensor.scalars.map { Double($0).bitPattern }, to: &data)
        }
        return data
    }

    /// Parses the bytes of a `.npy` file; `file` names it in error messages.
    static func decode(_ data: Data, file: String) throws -> NPYArray {
        let bytes = [UInt8](data)
        let cutInsideMagic = !bytes.isEmpty && NPYHeader.magic.starts(with: bytes)
        guard bytes.starts(with: NPYHeader.magic) || cutInsideMagic else {
            let found = bytes.prefix(6).map { String(format: "%02x", $0) }.joined(separator: " ")
            throw DatasetError.malformed(
                file: file, reason: "it does not start with the .npy magic 93 4e 55 4d 50 59 (\\x93NUMPY) but with \(found.isEmpty ? "nothing" : found)")
        }
        guard bytes.count >= 10 else {
            throw DatasetError.malformed(file: file, reason: "it ends after \(bytes.count) bytes, inside the .npy preamble")
        }
        let major = bytes[6]
        guard (1...3).contains(major) else {
            throw DatasetError.unsupported(file: file, reason: ".npy format version \(major).\(bytes[7]) is not one of 1.0, 2.0, 3.0")
        }
        let lengthBytes = major == 1 ? 2 : 4
        guard bytes.count >= 8 + lengthBytes else {
            throw DatasetError.malformed(file: file, reason: "it ends after \(bytes.count) bytes, inside the .npy preamble")
        }
        let headerLength = (0..<lengthBytes).reduce(0) { $0 | Int(bytes[8 + $1]) << (8 * $1) }
        let dataOffset = 8 + lengthBytes + headerLength
        guard dataOffset <= bytes.count else {
            throw DatasetError.malformed(
                file: file, reason: "its header is said to be \(headerLength) bytes long but the file has only \(bytes.count) bytes")
        }
        let headerBytes = bytes[(8 + lengthBytes)..<dataOffset]
        guard let text = major == 3 ? String(bytes: headerBytes, encoding: .utf8)
                                    : String(bytes: headerBytes, encoding: .isoLatin1) else {
            throw DatasetError.malformed(file: file, reason: "its header is not valid UTF-8 text")
        }
        let header = try NPYHeader.parse(text, file: file)
        let dtype = try ElementType(descr: header.descr, file: file)
        guard !header.fortranOrder else {
            throw DatasetError.unsupported(
                file: file, reason: "it stores its array in Fortran (column-major) order; save it with np.ascontiguousarray(a)")
        }
        let count = try elementCount(header, itemSize: dtype.size, available: bytes.count - dataOffset, file: file)
        let payload = bytes[dataOffset...]
        switch dtype {
        case .float32: return NPYArray(shape: header.shape, storage: .float32(littleEndian(payload, count, UInt32.self).map(Float.init(bitPattern:))))
        case .float64: return NPYArray(shape: header.shape, storage: .float64(littleEndian(payload, count, UInt64.self).map(Double.init(bitPattern:))))
        case .int64: return NPYArray(shape: header.shape, storage: .int64(littleEndian(payload, count, Int64.self)))
        case .uint8: return NPYArray(shape: header.shape, storage: .uint8(Array(payload)))
        }
    }

    /// The number of elements the header announces, checked against the bytes that follow it:
    /// an overflowing product, or more (or fewer) bytes than the file holds, is an error.
    private static func elementCount(_ header: NPYHeader, itemSize: Int, available: Int, file: String) throws -> Int {
        let shape = TensorError.format(header.shape)
        var count = 1
        for dimension in header.shape {
            let (product, overflow) = count.multipliedReportingOverflow(by: dimension)
            guard !overflow else {
                throw DatasetError.malformed(file: file, reason: "its header claims shape \(shape), more elements than this machine can count")
            }
            count = product
        }
        let (needed, overflow) = count.multipliedReportingOverflow(by: itemSize)
        guard !overflow, needed == available else {
            let claim = overflow ? "more bytes than this machine can count" : "\(needed) bytes"
            throw DatasetError.malformed(
                file: file, reason: "its header claims shape \(shape) of \(itemSize)-byte values, \(claim), but \(available) bytes follow the header")
        }
        return count
    }

    private static func littleEndian<T: FixedWidthInteger>(_ bytes: ArraySlice<UInt8>, _ count: Int, _: T.Type) -> [T] {
        bytes.withUnsafeBytes { raw in
            (0..<count).map { T(littleEndian: raw.loadUnaligned(fromByteOffset: $0 &* MemoryLayout<T>.size, as: T.self)) }
        }
    }

    private static func appendLittleEndian<T: FixedWidthInteger>(_ values: [T], to data: inout Data) {
        values.map(\.littleEndian).withUnsafeBytes { data.append(contentsOf: $0) }
    }
}

/// The dtypes CNNLab reads, from the header's `descr` (`<f4`, `<f8`, `<i8`, `|u1`).
private enum ElementType {
    case float32, float64, int64, uint8

    init(descr: String, file: String) throws {
        switch descr {
        case "<f4": self = .float32
        case "<f8": self = .float64
        case "<i8": self = .int64
        case "|u1", "<u1", ">u1", "=u1": self = .uint8
        case _ where descr.hasPrefix(">"):
            throw DatasetError.unsupported(
                file: file, reason: "its data is big-endian ('\(descr)'); save it little-endian with a.astype('<\(descr.dropFirst())')")
        case _ where descr.hasSuffix("O"):
            throw DatasetError.unsupported(file: file, reason: "it holds Python objects ('\(descr)'), not numbers")
        default:
            throw DatasetError.unsupported(
                file: file, reason: "its dtype '\(descr)' is not one of float32 '<f4', float64 '<f8', int64 '<i8', uint8 '|u1'")
        }
    }

    var size: Int {
        switch self {
        case .float32: 4
        case .float64, .int64: 8
        case .uint8: 1
        }
    }
}
