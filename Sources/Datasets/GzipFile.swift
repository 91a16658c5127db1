import CZlib
import Foundation

/// A file read through system zlib (`gzopen`/`gzread`): gzip'd — one member or several
/// concatenated — or plain, transparently (Foundation on Linux cannot decompress gzip).
///
/// Reads allocate only what the file really yields, so a header that claims more data than the
/// file holds costs nothing before it is caught.
final class GzipFile {
    let url: URL
    /// The size of the file on disk (compressed, for a gzip file).
    let storedSize: Int
    private let handle: gzFile

    /// The most bytes a gzip stream can expand to per stored byte (deflate's limit is 1032:1).
    private static let maximumRatio = 1032

    init(url: URL) throws {
        self.url = url
        storedSize = try DataFile.size(of: url)
        guard let handle = gzopen(url.path, "rb") else {
            throw DatasetError.unreadable(file: url.path, reason: String(cString: strerror(errno)))
        }
        gzbuffer(handle, 1 << 17)
        self.handle = handle
    }

    deinit { gzclose(handle) }

    /// An upper bound on the bytes the file can yield: its size when plain, 1032 times its size
    /// when gzip'd. Call after a first read (zlib decides plain or gzip when it first reads).
    var maximumContentSize: Int {
        if gzdirect(handle) == 1 { return storedSize }
        let (bound, overflow) = storedSize.multipliedReportingOverflow(by: GzipFile.maximumRatio)
        return overflow ? .max : bound
    }

    /// Fills `buffer` as far as the file allows and returns how many bytes it read (fewer than
    /// the buffer's size only at the end of the file).
    /// - Throws: ``DatasetError/malformed(file:reason:)`` for a corrupt or truncated gzip
    ///   stream, ``DatasetError/unreadable(file:reason:)`` for an I/O error.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        var total = 0
        while total < buffer.count {
            let chunk = UInt32(min(buffer.count - total, 1 << 30))
            let got = gzread(handle, buffer.baseAddress! + total, chunk)
            guard got >= 0 else { throw error() }
            if got == 0 { break }
            total += Int(got)
        }
        if total < buffer.count { try checkCleanEnd() }
        return total
    }

    /// Reads exactly `count` bytes, or throws when the file ends first; `what` says what the
    /// bytes are, for the message ("the 784 pixels of image 12").
    func readBytes(_ count: Int, what: String) throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(count, 1 << 26))
        var chunk = [UInt8](repeating: 0, count: min(count, 1 << 20))
        while bytes.count < count {
            let wanted = min(chunk.count, count - bytes.count)
            let got = try chunk.withUnsafeMutableBytes { try read(into: UnsafeMutableRawBufferPointer(rebasing: $0[..<wanted])) }
            bytes.append(contentsOf: chunk[..<got])
            if got < wanted { break }
        }
        guard bytes.count == count else {
            throw DatasetError.malformed(file: url.path, reason: "it ends after \(bytes.count) of the \(count) bytes of \(what)")
        }
        return bytes
    }

    /// Reads everything left in the file, refusing more than `limit` bytes.
    func readToEnd(limit: Int = 1 << 30) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let got = try chunk.withUnsafeMutableBytes { try read(into: $0) }
            bytes.append(contentsOf: chunk[..<got])
            guard bytes.count <= limit else {
                throw DatasetError.malformed(file: url.path, reason: "it holds more than \(limit) bytes, more than a data set file should")
            }
            if got < chunk.count { return bytes }
        }
    }

    /// True when nothing is left to read.
    func isAtEnd() throws -> Bool {
        var byte: UInt8 = 0
        return try withUnsafeMutableBytes(of: &byte) { try read(into: $0) } == 0
    }

    /// After a short read: zlib reports a gzip stream cut in the middle as Z_BUF_ERROR.
    private func checkCleanEnd() throws {
        var code: Int32 = 0
        _ = gzerror(handle, &code)
        if code == Z_BUF_ERROR {
            throw DatasetError.malformed(file: url.path, reason: "its gzip stream is cut short (the file is truncated)")
        }
        if code != Z_OK { throw error() }
    }

    private func error() -> DatasetError {
        var code: Int32 = 0
        let message = gzerror(handle, &code).map { String(cString: $0) } ?? "unknown zlib error"
        if code == Z_ERRNO {
            return .unreadable(file: url.path, reason: String(cString: strerror(errno)))
        }
        return .malformed(file: url.path, reason: "its gzip data is corrupt (\(message))")
    }
}
