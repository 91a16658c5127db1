import Foundation

/// An array of unsigned bytes read from an IDX file: its shape and its values in row-major order.
public struct IDXArray: Equatable, Sendable {
    /// The size of each axis, outermost first (60,000 × 28 × 28 for MNIST images).
    public let shape: [Int]
    /// The values in row-major order, `shape.reduce(1, *)` of them.
    public let bytes: [UInt8]
}

/// The IDX format of MNIST and Fashion-MNIST (LeCun et al., "THE MNIST DATABASE"): the magic
/// `00 00 08 rank` (0x08 = unsigned byte), then `rank` big-endian uint32 dimensions, then the
/// values in row-major order. Files may be gzip'd or plain; both read the same way.
public enum IDX {
    /// Reads an IDX file of unsigned bytes (`train-images-idx3-ubyte.gz`, …).
    /// - Throws: ``DatasetError`` naming the file: `.malformed` for a wrong magic, dimensions
    ///   the file cannot hold, a truncated or corrupt file, or bytes past the announced data;
    ///   `.unsupported` for the other IDX element types.
    public static func read(from url: URL) throws -> IDXArray {
        let file = try GzipFile(url: url)
        let magic = try file.readBytes(4, what: "the IDX magic number")
        guard magic[0] == 0, magic[1] == 0 else {
            let found = magic.map { String(format: "%02x", $0) }.joined(separator: " ")
            throw DatasetError.malformed(file: url.path, reason: "it starts with \(found), not with the IDX magic 00 00 08 0N")
        }
        guard magic[2] == 0x08 else {
            let known = [0x09: "signed byte", 0x0B: "int16", 0x0C: "int32", 0x0D: "float32", 0x0E: "float64"]
            guard let name = known[Int(magic[2])] else {
                throw DatasetError.malformed(file: url.path, reason: "its IDX element type 0x\(String(format: "%02x", magic[2])) is not defined by the format")
            }
            throw DatasetError.unsupported(file: url.path, reason: "it holds IDX \(name) values; CNNLab reads unsigned bytes (type 0x08)")
        }
        let rank = Int(magic[3])
        let header = try file.readBytes(4 * rank, what: "the \(rank) dimensions of the IDX header")
        let shape = (0..<rank).map { axis in
            header[(4 * axis)..<(4 * axis + 4)].reduce(0) { $0 << 8 | Int($1) }
        }
        let count = try checkedCount(shape, available: file.maximumContentSize - 4 - 4 * rank, file: url.path)
        let bytes = try file.readBytes(count, what: "the data its header announces, shape \(describe(shape))")
        guard try file.isAtEnd() else {
            throw DatasetError.malformed(file: url.path, reason: "it holds more bytes than its header announces (shape \(describe(shape)))")
        }
        return IDXArray(shape: shape, bytes: bytes)
    }

    /// The product of the dimensions, refused when it overflows or exceeds what the file can
    /// possibly yield (so a lying header never triggers a huge allocation).
    private static func checkedCount(_ shape: [Int], available: Int, file: String) throws -> Int {
        var count = 1
        for dimension in shape {
            let (product, overflow) = count.multipliedReportingOverflow(by: dimension)
            guard !overflow else {
                throw DatasetError.malformed(file: file, reason: "its header announces shape \(describe(shape)), more values than this machine can count")
            }
            count = product
        }
        guard count <= available else {
            throw DatasetError.malformed(
                file: file, reason: "its header announces shape \(describe(shape)), \(count) bytes, more than the \(available) bytes a file of its size can hold")
        }
        return count
    }

    private static func describe(_ shape: [Int]) -> String {
        shape.map(String.init).joined(separator: " × ")
    }
}
