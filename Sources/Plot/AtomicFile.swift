import Foundation

/// Writes files so that a reader never sees a half-written one: the bytes go to a temporary
/// file in the same directory, which is then renamed over the target (rename(2) is atomic
/// within a file system). An interrupted run leaves the old file or the new one, never a mix.
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

    /// Replaces the contents of `url` with `data`, atomically.
    static func write(_ data: Data, to url: URL) throws {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw PlotError.io(path: url.path, reason: error.localizedDescription)
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw PlotError.io(path: url.path, reason: reason)
        }
    }
}
