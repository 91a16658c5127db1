import FileSafety
import Foundation

/// A folder of outputs written whole or not at all: its files go into a temporary sibling
/// folder, renamed onto the target at the end (`cnnlab layer --out`, `cnnlab train --save`). A
/// target that exists must be an empty folder; an interrupt or an error removes the staging
/// folder and leaves no target.
enum StagedFolder {
    /// Refuses a target that is a file or a non-empty folder, before any work is done.
    static func checkTarget(_ directory: URL) throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: directory.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw CommandError("\(directory.path) exists and is not a folder") }
            guard try manager.contentsOfDirectory(atPath: directory.path).isEmpty else {
                throw CommandError("\(directory.path) is not empty; give a new or empty folder")
            }
        }
        let parent = directory.deletingLastPathComponent().path
        guard manager.fileExists(atPath: parent, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandError("cannot write \(directory.path): the folder \(parent) does not exist")
        }
    }

    /// Calls `fill(staging, track)` to write the files into the staging folder (`track` registers
    /// each file for removal on an interrupt), then renames the staging folder onto `directory`.
    static func write(to directory: URL, _ fill: (_ staging: URL, _ track: (URL) -> Void) throws -> Void) throws {
        try checkTarget(directory)
        let manager = FileManager.default
        let parent = directory.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(directory.lastPathComponent).\(getpid()).tmp")
        // The staging folder and its files are removed by an interrupt (FileSafety.TemporaryFiles).
        var tracked = [TemporaryFiles.register(staging.path)]
        defer { tracked.forEach(TemporaryFiles.unregister) }
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
            try fill(staging) { tracked.append(TemporaryFiles.register($0.path)) }
            guard rename(staging.path, directory.path) == 0 else {
                throw CommandError("cannot write \(directory.path): \(String(cString: strerror(errno)))")
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
    }
}
