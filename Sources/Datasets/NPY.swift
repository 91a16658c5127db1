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

    /// The values converted to `Float` or `Double` (an int64 beyond 2^24, resp. 2^53, rounds);
    /// float32 read as `Float` (float64 as `Double`) shares the storage instead of copying it.
    public func tensor<Scalar: TensorScalar>(_: Scalar.Type = Scalar.self) -> Tensor<Scalar> {
        let values: [Scalar]
        switch storage {
        case let .float32(v) where Scalar.self == Float.self: values = unsafeBitCast(v, to: [Scalar].self)
        case let .float64(v) where Scalar.self == Double.self: values = unsafeBitCast(v, to: [Scalar].self)
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
        let file = try NPYFileSource(url: url)
        return try decode(file, file: url.path)
    }

    /// The shape and the bytes per value a `.npy` file announces, read from its header alone
    /// (and checked against the file's size): what a command needs to budget its memory before
    /// reading the data.
    public static func info(of url: URL) throws -> (shape: [Int], bytesPerValue: Int) {
        let file = try NPYFileSource(url: url)
        let layout = try layout(file, file: url.path)
        return (layout.header.shape, layout.dtype.size)
    }

    /// Reads a `.npy` file and converts its values to `Float` or `Double`.
    public static func readTensor<Scalar: TensorScalar>(
        from url: URL, as _: Scalar.Type = Scalar.self
    ) throws -> Tensor<Scalar> {
        try read(from: url).tensor(Scalar.self)
    }

    /// Writes a tensor as `np.save` would (`<f4` for `Float`, `<f8` for `Double`), atomically,
    /// straight from the tensor's storage (no copy of the values is made).
    /// - Throws: ``DatasetError/unwritable(file:reason:)``.
    public static func write<Scalar: TensorScalar>(_ tensor: Tensor<Scalar>, to url: URL) throws {
        try DataFile.writeAtomically(to: url) { sink in
            try sink.write(Data(header(of: tensor).encoded))
            try tensor.withUnsafeBufferPointer { try sink.write(UnsafeRawBufferPointer($0)) }
        }
    }

    private static func header<Scalar: TensorScalar>(of tensor: Tensor<Scalar>) -> NPYHeader {
        NPYHeader(descr: Scalar.self == Float.self ? "<f4" : "<f8", fortranOrder: false, shape: tensor.shape)
    }

    /// The bytes of the `.npy` file holding `tensor`.
    static func encode<Scalar: TensorScalar>(_ tensor: Tensor<Scalar>) -> Data {
        var data = Data(header(of: tensor).encoded)
        tensor.withUnsafeBufferPointer { data.append(contentsOf: UnsafeRawBufferPointer($0)) }
        return data
    }

    /// Parses the bytes of a `.npy` file; `file` names it in error messages.
    static func decode(_ data: Data, file: String) throws -> NPYArray {
        try decode(NPYDataSource(data: data), file: file)
    }

    /// Reads the array of `source`: the header, then the values straight into their array.
    private static func decode(_ source: some NPYSource, file: String) throws -> NPYArray {
        let layout = try layout(source, file: file)
        let (shape, count, offset) = (layout.header.shape, layout.count, layout.dataOffset)
        switch layout.dtype {
        case .float32: return NPYArray(shape: shape, storage: .float32(try source.values(Float.self, count: count, at: offset)))
        case .float64: return NPYArray(shape: shape, storage: .float64(try source.values(Double.self, count: count, at: offset)))
        case .int64: return NPYArray(shape: shape, storage: .int64(try source.values(Int64.self, count: count, at: offset)))
        case .uint8: return NPYArray(shape: shape, storage: .uint8(try source.values(UInt8.self, count: count, at: offset)))
        }
    }

    /// Where the data starts, its dtype and its element count, from the preamble and the header
    /// (numpy.lib.format: magic, version 1.0, 2.0 or 3.0, header length, header text).
    private static func layout(_ source: some NPYSource, file: String) throws -> NPYLayout {
        let total = source.count
        let bytes = try source.bytes(0..<min(total, 12))
        let cutInsideMagic = !bytes.isEmpty && NPYHeader.magic.starts(with: bytes)
        guard bytes.starts(with: NPYHeader.magic) || cutInsideMagic else {
            let found = bytes.prefix(6).map { String(format: "%02x", $0) }.joined(separator: " ")
            throw DatasetError.malformed(
                file: file, reason: "it does not start with the .npy magic 93 4e 55 4d 50 59 (\\x93NUMPY) but with \(found.isEmpty ? "nothing" : found)")
        }
        guard total >= 10 else {
            throw DatasetError.malformed(file: file, reason: "it ends after \(total) bytes, inside the .npy preamble")
        }
        let (major, minor) = (bytes[6], bytes[7])
        guard (1...3).contains(major), minor == 0 else {
            throw DatasetError.unsupported(file: file, reason: ".npy format version \(major).\(minor) is not one of 1.0, 2.0, 3.0")
        }
        let lengthBytes = major == 1 ? 2 : 4
        guard total >= 8 + lengthBytes else {
            throw DatasetError.malformed(file: file, reason: "it ends after \(total) bytes, inside the .npy preamble")
        }
        let headerLength = (0..<lengthBytes).reduce(0) { $0 | Int(bytes[8 + $1]) << (8 * $1) }
        let dataOffset = 8 + lengthBytes + headerLength
        guard dataOffset <= total else {
            throw DatasetError.malformed(
                file: file, reason: "its header is said to be \(headerLength) bytes long but the file has only \(total) bytes")
        }
        let headerBytes = try source.bytes((8 + lengthBytes)..<dataOffset)
        guard let text = major == 3 ? String(bytes: headerBytes, encoding: .utf8)
                                    : String(bytes: headerBytes, encoding: .isoLatin1) else {
            throw DatasetError.malformed(file: file, reason: "its header is not valid UTF-8 text")
        }
        let header = try NPYHeader.parse(text, file: file, pythonTwo: major < 3)
        let dtype = try ElementType(descr: header.descr, file: file)
        guard !header.fortranOrder else {
            throw DatasetError.unsupported(
                file: file, reason: "it stores its array in Fortran (column-major) order; save it with np.ascontiguousarray(a)")
        }
        let count = try elementCount(header, itemSize: dtype.size, available: total - dataOffset, file: file)
        return NPYLayout(header: header, dtype: dtype, count: count, dataOffset: dataOffset)
    }

    /// The number of elements the header announces, checked against the bytes that follow it:
    /// an overflowing product, or more (or fewer) bytes than the file holds, is an error.
    private static func elementCount(_ header: NPYHeader, itemSize: Int, available: Int, file: String) throws -> Int {
        let shape = TensorError.format(header.shape)
        // numpy refuses a shape whose non-zero axes overflow its byte count even when another
        // axis is 0, (0, 2⁴⁰, 2⁴⁰): so does this reader, and no command ever writes one.
        var bytes = 1
        for dimension in header.shape.filter({ $0 != 0 }) + [itemSize] {
            let (product, overflow) = bytes.multipliedReportingOverflow(by: dimension)
            guard !overflow else {
                throw DatasetError.malformed(file: file, reason: "its header claims shape \(shape), more elements than this machine can count")
            }
            bytes = product
        }
        let needed = header.shape.contains(0) ? 0 : bytes
        guard needed == available else {
            throw DatasetError.malformed(
                file: file, reason: "its header claims shape \(shape) of \(itemSize)-byte values, \(needed) bytes, but \(available) bytes follow the header")
        }
        return needed / itemSize
    }
}

/// What the preamble and the header of a `.npy` file say about its data.
private struct NPYLayout {
    let header: NPYHeader
    let dtype: ElementType
    let count: Int
    let dataOffset: Int
}

/// The dtypes CNNLab reads, from the header's `descr` (`<f4`, `<f8`, `<i8`, `|u1`).
private enum ElementType {
    case float32, float64, int64, uint8

    init(descr: String, file: String) throws {
        switch descr {
        // The spellings np.dtype reads as these types on a little-endian machine ('=' is native).
        case "<f4", "=f4", "|f4", "f4", "<f", "=f", "f", "float32", "single": self = .float32
        case "<f8", "=f8", "f8", "<d", "=d", "d", "float64", "double", "float": self = .float64
        case "<i8", "=i8", "i8", "int64": self = .int64
        case "|u1", "<u1", ">u1", "=u1", "u1", "uint8", "B": self = .uint8
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
