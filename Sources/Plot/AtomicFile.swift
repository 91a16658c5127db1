import FileSafety
import Foundation

/// Writes files so that a reader never sees a half-written one: the bytes go to a temporary
/// file in the same directory, which is then renamed over the target (rename(2) is atomic
/// within a file system). An interrupted run leaves the old file or the new one, never a mix,
/// and no temporary file.
enum AtomicFile {
    /// Creates `directory` (and its parents) if needed; throws a `PlotError.io` naming it.
    static func makeDirectory(_ directory: URL) throws {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw PlotError.io(path: directory.path, reason: "cannot create the directory (\(error.localizedDescription))")
        }
        guard FileManager.default.isWritableFile(atPath: directory.path) else {
            throw PlotError.io(path: directory.path, reason: "the directory is not writable")
        }
    }

    /// Replaces the contents of `url` with `data`, atomically, through ``OutputFile`` (a
    /// temporary file removed on an interrupt; a FIFO or a device in the target's place refused).
    static func write(_ data: Data, to url: URL) throws {
        do {
            try OutputFile.write(to: url.path) { try $0.write(data) }
        } catch let error as OutputFileError {
            throw PlotError.io(path: url.path, reason: error.reason)
        }
    }
}
