import Foundation

/// Where the data sets live: the folder `make data` (tools/fetch-data.sh) fills, `.cache/` at the
/// root of the checkout unless `CNNLAB_CACHE` names another one.
public enum DataCache {
    /// `$CNNLAB_CACHE` when set; otherwise `.cache` in the nearest folder, from the current one
    /// upwards, that is a CNNLab checkout (it holds tools/fetch-data.sh); otherwise `.cache` in
    /// the current folder (and the loaders' errors then say to run `make data`).
    public static var directory: URL {
        directory(environment: ProcessInfo.processInfo.environment,
                  currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true))
    }

    static func directory(environment: [String: String], currentDirectory: URL) -> URL {
        if let path = environment["CNNLAB_CACHE"], !path.isEmpty {
            return URL(fileURLWithPath: path, isDirectory: true)
        }
        var folder = currentDirectory.standardizedFileURL.path
        while true {
            if FileManager.default.fileExists(atPath: folder + "/tools/fetch-data.sh") {
                return URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent(".cache", isDirectory: true)
            }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder || parent.isEmpty { break }
            folder = parent
        }
        return currentDirectory.appendingPathComponent(".cache", isDirectory: true)
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
