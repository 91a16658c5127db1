import Foundation

#if _endian(big)
#error("NPY reads and writes little-endian values by copying the host's bytes; a big-endian host needs a byte swap")
#endif

/// Where the bytes of a `.npy` file come from: a file read piece by piece (so the values land
/// straight in their array, one copy of the data in memory), or bytes already in memory (tests).
protocol NPYSource {
    /// The size of the whole file in bytes.
    var count: Int { get }
    /// The bytes in `range` (inside `0..<count`).
    func bytes(_ range: Range<Int>) throws -> [UInt8]
    /// Copies `buffer.count` bytes starting at `offset` into `buffer`.
    func copy(into buffer: UnsafeMutableRawBufferPointer, from offset: Int) throws
}

extension NPYSource {
    /// `count` values of a fixed-size type stored from `offset` on, little-endian (the host's
    /// order, see the check above), read without an intermediate copy.
    func values<T>(_: T.Type, count: Int, at offset: Int) throws -> [T] {
        try [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            try copy(into: UnsafeMutableRawBufferPointer(buffer), from: offset)
            initialized = count
        }
    }
}

/// The bytes of a `.npy` file in memory.
struct NPYDataSource: NPYSource {
    let data: Data
    var count: Int { data.count }

    func bytes(_ range: Range<Int>) throws -> [UInt8] {
        [UInt8](data[(data.startIndex + range.lowerBound)..<(data.startIndex + range.upperBound)])
    }

    func copy(into buffer: UnsafeMutableRawBufferPointer, from offset: Int) throws {
        data.copyBytes(to: buffer, from: (data.startIndex + offset)..<(data.startIndex + offset + buffer.count))
    }
}

/// A `.npy` file on disk, read with pread(2). Only a regular file is opened (``DataFile``), so a
/// device or a FIFO never blocks or streams forever; a file that shrinks while it is read ends
/// in `.malformed`.
final class NPYFileSource: NPYSource {
    let url: URL
    let count: Int
    private let descriptor: Int32

    init(url: URL) throws {
        self.url = url
        count = try DataFile.size(of: url)
        descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw DatasetError.unreadable(file: url.path, reason: String(cString: strerror(errno)).lowercased())
        }
    }

    deinit { close(descriptor) }

    func bytes(_ range: Range<Int>) throws -> [UInt8] {
        var result = [UInt8](repeating: 0, count: range.count)
        try result.withUnsafeMutableBytes { try copy(into: $0, from: range.lowerBound) }
        return result
    }

    func copy(into buffer: UnsafeMutableRawBufferPointer, from offset: Int) throws {
        var done = 0
        while done < buffer.count {
            let got = pread(descriptor, buffer.baseAddress! + done, min(buffer.count - done, 1 << 30), off_t(offset + done))
            if got < 0, errno == EINTR { continue }
            guard got > 0 else {
                let reason = got < 0 ? String(cString: strerror(errno)).lowercased()
                                     : "it ends after \(offset + done) bytes, before the \(offset + buffer.count) its header announces"
                throw got < 0 ? DatasetError.unreadable(file: url.path, reason: reason) : DatasetError.malformed(file: url.path, reason: reason)
            }
            done += got
        }
    }
}
