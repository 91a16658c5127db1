import Foundation

/// The files the tests read: numpy-written fixtures (Fixtures/make_fixtures.py) and scratch
/// folders that disappear with the test.
enum TestFiles {
    /// A fixture by name.
    static func fixture(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(name)
    }

    /// Runs `body` with a fresh empty folder, removed afterwards.
    static func withScratchFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("cnnlab-datasets-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }
}
