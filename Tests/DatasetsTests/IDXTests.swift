import Foundation
import PropertyTesting
import Testing
@testable import Datasets

/// Reading IDX files (the MNIST format) plain and gzip'd, and refusing broken ones.
@Suite("IDX and gzip reading")
struct IDXTests {
    /// What make_fixtures.py wrote: three 2×3 images with grey levels 14·k, k = 0…17.
    static let images = IDXArray(shape: [3, 2, 3], bytes: (0..<18).map { UInt8($0 * 14) })

    @Test("A plain and a gzip'd IDX file read the same")
    func plainAndGzip() throws {
        #expect(try IDX.read(from: TestFiles.fixture("images-idx3-ubyte")) == IDXTests.images)
        #expect(try IDX.read(from: TestFiles.fixture("images-idx3-ubyte.gz")) == IDXTests.images)
    }

    @Test("Two gzip members back to back read as one stream")
    func multiMember() throws {
        #expect(try IDX.read(from: TestFiles.fixture("labels-idx1-ubyte.gz")) == IDXArray(shape: [5], bytes: [3, 1, 4, 1, 5]))
    }

    @Test("Broken IDX files are errors that name the file and the problem", arguments: [
        ("short-idx1-ubyte.gz", "it ends after 3 of the 5 bytes of the data its header announces, shape 5"),
        ("cut-idx3-ubyte.gz", "its gzip stream is cut short (the file is truncated)"),
        ("huge-idx3-ubyte", "its header announces shape 65535 × 65535 × 65535, 281462092005375 bytes, more than the 10 bytes a file of its size can hold"),
        ("float32_2d.npy", "it starts with 93 4e 55 4d, not with the IDX magic 00 00 08 0N"),
    ])
    func broken(file: String, reason: String) {
        let error = #expect(throws: DatasetError.self) { try IDX.read(from: TestFiles.fixture(file)) }
        #expect(error == .malformed(file: TestFiles.fixture(file).path, reason: reason))
    }

    @Test("Crafted headers: other element types, overflowing dimensions, extra bytes")
    func craftedHeaders() throws {
        try TestFiles.withScratchFolder { folder in
            func read(_ bytes: [UInt8]) -> DatasetError? {
                let url = folder.appendingPathComponent("crafted-idx")
                try? Data(bytes).write(to: url)
                return #expect(throws: DatasetError.self) { try IDX.read(from: url) }
            }
            #expect(read([0, 0, 0x0D, 1, 0, 0, 0, 1, 0, 0, 0, 0])?.reason == "it holds IDX float32 values; CNNLab reads unsigned bytes (type 0x08)")
            #expect(read([0, 0, 0x07, 1, 0, 0, 0, 1, 9])?.reason == "its IDX element type 0x07 is not defined by the format")
            let overflow: [UInt8] = [0, 0, 8, 4] + [UInt8](repeating: 0xFF, count: 16)
            #expect(read(overflow)?.reason == "its header announces shape 4294967295 × 4294967295 × 4294967295 × 4294967295, more values than this machine can count")
            #expect(read([0, 0, 8, 1, 0, 0, 0, 2, 7, 8, 9])?.reason == "it holds more bytes than its header announces (shape 2)")
            #expect(read([0, 0])?.reason == "it ends after 2 of the 4 bytes of the IDX magic number")
        }
    }

    @Test("A missing file is unreadable, with the reason")
    func missing() {
        let error = #expect(throws: DatasetError.self) { try IDX.read(from: TestFiles.fixture("absent.gz")) }
        #expect(error?.reason == "there is no such file")
    }

    @Test("A corrupted byte anywhere in a .gz file gives an error or the right shape, never a crash")
    func corruptedGzip() async throws {
        let bytes = [UInt8](try Data(contentsOf: TestFiles.fixture("images-idx3-ubyte.gz")))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cnnlab-idx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        await checkProperty(count: 100, input: Gen.int(in: 0...(bytes.count - 1)), Gen.uint8()) { position, value in
            var corrupted = bytes
            corrupted[position] ^= value | 1  // always changes the byte
            let url = folder.appendingPathComponent("corrupted-\(position)-\(value).gz")
            try? Data(corrupted).write(to: url)
            do {
                let array = try IDX.read(from: url)
                #expect(array.bytes.count == array.shape.reduce(1, *))
            } catch {
                #expect(error is DatasetError)
            }
        }
    }
}
