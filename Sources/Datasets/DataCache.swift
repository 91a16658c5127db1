import Foundation

/// Where the data sets live: the folder `make data` (tools/fetch-data.sh) fills, `.cache/` at the
/// root of the checkout unless `CNNLAB_CACHE` names another one.
public enum DataCache {
    /// `$CNNLAB_CACHE` when set; otherwise `.cache` in the nearest folder, from the current one
    /// upwards, that is a CNNLab checkout (it holds tools/fetch-data.sh); otherwise `.cache` in
    /// the current folder (and the loaders' errors then say to run `make data`).
    public static var directory: URL {
        if let path = ProcessInfo.processInfo.environment["CNNLAB_CACHE"], !path.isEmpty {
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        var folder = current
        while true {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("tools/fetch-data.sh").path) {
                return folder.appendingPathComponent(".cache", isDirectory: true)
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return current.appendingPathComponent(".cache", isDirectory: true)
    }

    /// Reads the data-set file at `relativePath` in `directory` with `reader`. A missing file, or
    /// one the reader rejects, becomes ``DatasetError/dataSetUnavailable(file:reason:)``, whose
    /// message says to run `make data`.
    static func read<T>(_ relativePath: String, in directory: URL, with reader: (URL) throws -> T) throws -> T {
        let url = directory.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw DatasetError.dataSetUnavailable(file: url.path, reason: "is missing")
        }
        do {
            return try reader(url)
        } catch let error as DatasetError {
            if case .dataSetUnavailable = error { throw error }
            throw DatasetError.dataSetUnavailable(file: url.path, reason: "is unusable (\(error.reason))")
        }
    }
}
