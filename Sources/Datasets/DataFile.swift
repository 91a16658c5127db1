import Foundation

/// Whole-file reads and atomic writes, with every failure turned into a ``DatasetError`` that
/// names the file.
public enum DataFile {
    /// The size in bytes of a regular file, or why it cannot be read.
    static func size(of url: URL) throws -> Int {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw DatasetError.unreadable(file: url.path, reason: "there is no such file")
        }
        guard !isDirectory.boolValue else {
            throw DatasetError.unreadable(file: url.path, reason: "it is a directory, not a file")
        }
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            return (attributes[.size] as? NSNumber)?.intValue ?? 0
        } catch {
            throw DatasetError.unreadable(file: url.path, reason: error.localizedDescription)
        }
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

    /// Writes `data` to a temporary file in the destination's directory, then renames it over
    /// `url`: a reader never sees a half-written file, and a failed write leaves nothing behind.
    /// - Throws: ``DatasetError/unwritable(file:reason:)`` saying why in words (a missing or
    ///   read-only directory, a directory in the file's place, the system's reason otherwise).
    public static func writeAtomically(_ data: Data, to url: URL) throws {
        var isDirectory: ObjCBool = false
        let directory = url.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory),
              isDirectory.boolValue else {
            throw DatasetError.unwritable(file: url.path, reason: "the directory \(directory.path) does not exist")
        }
        guard !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) || !isDirectory.boolValue else {
            throw DatasetError.unwritable(file: url.path, reason: "it is a directory, not a file")
        }
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw DatasetError.unwritable(file: url.path, reason: reason(error))
        }
    }

    /// The system's reason for a failed write, without the "The operation could not be
    /// completed." that Foundation on Linux puts before it ("you don’t have permission").
    private static func reason(_ error: any Error) -> String {
        let text = error.localizedDescription
        let generic = "The operation could not be completed. "
        guard text.hasPrefix(generic), text.count > generic.count else { return text }
        let rest = text.dropFirst(generic.count)
        return rest.prefix(1).lowercased() + rest.dropFirst().trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }
}
