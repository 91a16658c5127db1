import Foundation

/// Why an output file cannot be written, in words ("the directory out does not exist").
public struct OutputFileError: Error, Equatable, Sendable {
    public let reason: String
}

/// Writes a file so that a reader never sees a half-written one and nothing but a regular file is
/// ever replaced: the bytes go to `.NAME.PID.tmp` in the same directory (registered with
/// ``TemporaryFiles`` so an interrupt removes it), which is then renamed over the target (atomic
/// within a file system). A FIFO, a device or a symbolic link to one in the target's place is
/// refused: rename would replace it with a regular file (as root, `--output /dev/null` would
/// replace the system's /dev/null).
public enum OutputFile {
    /// Throws when `path` cannot be replaced by a regular file: its directory is missing, or the
    /// path names something other than a regular file (or a symbolic link to one). Commands call
    /// it before computing, so a refusal costs nothing.
    public static func checkReplaceable(_ path: String) throws(OutputFileError) {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw OutputFileError(reason: "the directory \(directory) does not exist")
        }
        if let refusal = FileKind.refusal(path) { throw OutputFileError(reason: refusal) }
    }

    /// Writes what `body` gives to `path`, atomically.
    public static func write(to path: String, _ body: (OutputSink) throws -> Void) throws {
        try checkReplaceable(path)
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        let slot = TemporaryFiles.register(temporary)
        defer { TemporaryFiles.unregister(slot) }
        unlink(temporary)  // a leftover of a killed process that had the same id
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw OutputFileError(reason: systemReason()) }
        let sink = OutputSink(descriptor: descriptor)
        do {
            try body(sink)
            guard close(descriptor) == 0 else { throw OutputFileError(reason: systemReason()) }
            sink.closed = true
            guard rename(temporary, path) == 0 else { throw OutputFileError(reason: systemReason()) }
        } catch {
            if !sink.closed { close(descriptor) }
            unlink(temporary)
            throw error
        }
    }

    /// strerror(errno), lowercased as the rest of a sentence ("no space left on device").
    static func systemReason() -> String {
        let text = String(cString: strerror(errno))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}

/// The open temporary file ``OutputFile/write(to:_:)`` hands to its body.
public final class OutputSink {
    let descriptor: Int32
    var closed = false

    init(descriptor: Int32) { self.descriptor = descriptor }

    /// Appends bytes, retrying short and interrupted writes.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw OutputFileError(reason: OutputFile.systemReason())
            }
            offset += written
        }
    }

    /// Appends the bytes of `data`.
    public func write(_ data: Data) throws {
        try data.withUnsafeBytes { try write($0) }
    }
}
