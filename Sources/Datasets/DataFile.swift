import FileSafety
import Foundation

/// Whole-file reads and atomic writes, with every failure turned into a ``DatasetError`` that
/// names the file.
public enum DataFile {
    /// The size in bytes of a regular file, or why it cannot be read: missing, a directory, a
    /// device such as /dev/null or /dev/zero, a FIFO (whose reads could wait forever), no read
    /// permission.
    static func size(of url: URL) throws -> Int {
        var status = stat()
        guard stat(url.path, &status) == 0 else {
            let reason = errno == ENOENT ? "there is no such file" : String(cString: strerror(errno)).lowercased()
            throw DatasetError.unreadable(file: url.path, reason: reason)
        }
        if let refusal = FileKind.refusal(url.path) { throw DatasetError.unreadable(file: url.path, reason: refusal) }
        guard access(url.path, R_OK) == 0 else {
            throw DatasetError.unreadable(file: url.path, reason: "you do not have permission to read it")
        }
        return Int(status.st_size)
    }

    /// The bytes of a regular file (the allocation is the file's real size, never a claim made
    /// inside it).
    static func contents(of url: URL) throws -> Data {
        _ = try size(of: url)
        do {
            return try Data(contentsOf: url)
        } catch {
            throw DatasetError.unreadable(file: url.path, reason: error.localizedDescription)
        }
    }

    /// Refuses, before any work, an output path that cannot be written: its directory is missing,
    /// or it names a directory, a device, a FIFO (anything but a regular file or a link to one).
    /// - Throws: ``DatasetError/unwritable(file:reason:)``.
    public static func checkOutput(_ url: URL) throws {
        do {
            try OutputFile.checkReplaceable(url.path)
        } catch {
            throw DatasetError.unwritable(file: url.path, reason: error.reason)
        }
    }

    /// Writes `data` to a temporary file in the destination's directory, then renames it over
    /// `url`: a reader never sees a half-written file, and a failed or interrupted write leaves
    /// nothing behind (``OutputFile``).
    /// - Throws: ``DatasetError/unwritable(file:reason:)`` saying why in words (a missing
    ///   directory, a directory or a device in the file's place, the system's reason otherwise).
    public static func writeAtomically(_ data: Data, to url: URL) throws {
        try writeAtomically(to: url) { try $0.write(data) }
    }

    /// Writes what `body` hands to the sink, atomically, as ``writeAtomically(_:to:)``: for
    /// outputs written piece by piece without assembling them in memory first.
    static func writeAtomically(to url: URL, _ body: (OutputSink) throws -> Void) throws {
        do {
            try OutputFile.write(to: url.path, body)
        } catch let error as OutputFileError {
            throw DatasetError.unwritable(file: url.path, reason: error.reason)
        }
    }
}
