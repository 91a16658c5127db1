import Foundation
import PropertyTesting
import Tensors
import Testing
@testable import Datasets

/// Reading `.npy` files written by numpy itself (Fixtures/make_fixtures.py gives the values).
@Suite("NPY reading")
struct NPYReadTests {
    @Test("float32 (2, 3), as np.save wrote it")
    func float32Matrix() throws {
        let array = try NPY.read(from: TestFiles.fixture("float32_2d.npy"))
        #expect(array.shape == [2, 3])
        #expect(array.storage == .float32([1.5, -2.25, 3.0, 0.1, 1e-8, -0.0]))
        guard case let .float32(values) = array.storage else { return }
        #expect(values[5].sign == .minus)  // -0.0 keeps its sign
    }

    @Test("float64 (2, 3, 4): (k − 11.5)/8 for k = 0…23")
    func float64Cube() throws {
        let tensor: Tensor<Double> = try NPY.readTensor(from: TestFiles.fixture("float64_3d.npy"))
        #expect(tensor.shape == [2, 3, 4])
        #expect(tensor.scalars == (0..<24).map { (Double($0) - 11.5) / 8 })
        #expect(tensor[1, 2, 3] == 1.4375)
    }

    @Test("int64 and uint8 arrays keep their integers; readTensor converts them")
    func integers() throws {
        let int64 = try NPY.read(from: TestFiles.fixture("int64_1d.npy"))
        #expect(int64 == NPYArray(shape: [4], storage: .int64([-3, 0, 7, 1 << 40])))
        let uint8 = try NPY.read(from: TestFiles.fixture("uint8_2d.npy"))
        #expect(uint8 == NPYArray(shape: [2, 2], storage: .uint8([0, 255, 128, 7])))
        let floats: Tensor<Float> = try NPY.readTensor(from: TestFiles.fixture("uint8_2d.npy"))
        #expect(floats == (try Tensor(shape: [2, 2], scalars: [0, 255, 128, 7])))
    }

    @Test("A 0-d array and an empty (0, 3) array")
    func edgeShapes() throws {
        let scalar = try NPY.read(from: TestFiles.fixture("float64_scalar.npy"))
        #expect(scalar == NPYArray(shape: [], storage: .float64([3.25])))
        #expect(scalar.tensor(Double.self).scalars == [3.25])
        let empty = try NPY.read(from: TestFiles.fixture("float32_empty.npy"))
        #expect(empty == NPYArray(shape: [0, 3], storage: .float32([])))
    }

    @Test("Header versions 2.0 and 3.0 (uint32 header length)")
    func laterVersions() throws {
        let two = try NPY.read(from: TestFiles.fixture("version2.npy"))
        #expect(two == NPYArray(shape: [3, 2], storage: .float32([1, 2, 3, 4, 5, 6])))
        let three = try NPY.read(from: TestFiles.fixture("version3.npy"))
        #expect(three == NPYArray(shape: [2], storage: .float64([0.5, -0.5])))
    }

    @Test("Valid numpy files outside what CNNLab reads are refused, saying why", arguments: [
        ("fortran.npy", "Fortran (column-major) order"),
        ("bigendian.npy", "big-endian ('>f4')"),
        ("complex.npy", "dtype '<c8' is not one of"),
        ("object.npy", "Python objects ('|O')"),
    ])
    func refused(file: String, reason: String) throws {
        let error = #expect(throws: DatasetError.self) { try NPY.read(from: TestFiles.fixture(file)) }
        guard case let .unsupported(path, message) = error else {
            Issue.record("expected .unsupported, got \(String(describing: error))")
            return
        }
        #expect(path.hasSuffix(file))
        #expect(message.contains(reason))
    }

    @Test("A truncated file: the header claims 800 bytes, 700 follow")
    func truncated() throws {
        let error = #expect(throws: DatasetError.self) { try NPY.read(from: TestFiles.fixture("truncated.npy")) }
        #expect(error?.description.contains("truncated.npy is malformed: its header claims shape (10, 10) of 8-byte values, 800 bytes, but 700 bytes follow the header") == true)
    }

    @Test("Lying or broken headers are errors that name the problem", arguments: BrokenFile.all)
    func lyingHeaders(file: BrokenFile) {
        let error = #expect(throws: DatasetError.self) { try NPY.decode(Data(file.bytes), file: "x.npy") }
        #expect(error?.description.contains(file.reason) == true, "\(String(describing: error))")
        #expect(error?.description.hasPrefix("x.npy ") == true)
    }

    @Test("A missing file and a directory are unreadable")
    func unreadable() throws {
        let missing = #expect(throws: DatasetError.self) { try NPY.read(from: TestFiles.fixture("nothing.npy")) }
        #expect(missing?.description.hasSuffix("nothing.npy: there is no such file") == true)
        let folder = #expect(throws: DatasetError.self) { try NPY.read(from: TestFiles.fixture("")) }
        #expect(folder?.reason == "it is a directory, not a file")
    }

    @Test("Every truncation of a valid file is an error, never a crash")
    func everyTruncation() async throws {
        let bytes = [UInt8](try Data(contentsOf: TestFiles.fixture("float64_3d.npy")))
        await checkProperty(count: 100, input: Gen.int(in: 0...(bytes.count - 1))) { length in
            #expect(throws: DatasetError.self) { try NPY.decode(Data(bytes.prefix(length)), file: "cut.npy") }
        }
    }

    @Test("A corrupted byte anywhere gives an error or a consistent array, never a crash")
    func corruptedByte() async throws {
        let bytes = [UInt8](try Data(contentsOf: TestFiles.fixture("float32_2d.npy")))
        await checkProperty(count: 200, input: Gen.int(in: 0...(bytes.count - 1)), Gen.uint8()) { position, value in
            var corrupted = bytes
            corrupted[position] = value
            do {
                let array = try NPY.decode(Data(corrupted), file: "corrupted.npy")
                #expect(array.tensor(Double.self).count == array.shape.reduce(1, *))
            } catch {
                #expect(error is DatasetError)
            }
        }
    }
}

/// Bytes that are not a valid `.npy` file, and the words the error must use.
struct BrokenFile: Sendable, CustomTestStringConvertible {
    let bytes: [UInt8]
    let reason: String
    var testDescription: String { reason }

    /// A version-1.0 file with the given header text and `payload` zero bytes of data.
    init(header: String, payload: Int, reason: String) {
        let text: [UInt8] = Array(header.utf8) + [0x0A]
        let length: [UInt8] = [UInt8(text.count & 0xFF), UInt8(text.count >> 8)]
        let version: [UInt8] = [1, 0]
        bytes = NPYHeader.magic + version + length + text + [UInt8](repeating: 0, count: payload)
        self.reason = reason
    }

    init(bytes: [UInt8], reason: String) {
        self.bytes = bytes
        self.reason = reason
    }

    static let all: [BrokenFile] = [
        BrokenFile(header: "{'descr': '<f4', 'fortran_order': False, 'shape': (1000000, 1000000), }", payload: 24,
                   reason: "claims shape (1000000, 1000000) of 4-byte values, 4000000000000 bytes, but 24 bytes follow"),
        BrokenFile(header: "{'descr': '<f8', 'fortran_order': False, 'shape': (1099511627776, 1099511627776), }", payload: 8,
                   reason: "more elements than this machine can count"),
        BrokenFile(header: "{'descr': '<f8', 'fortran_order': False, 'shape': (99999999999999999999,), }", payload: 8,
                   reason: "a dimension too large"),
        BrokenFile(header: "{'descr': '<f4', 'fortran_order': False, }", payload: 0, reason: "lacks one of the keys"),
        BrokenFile(header: "{'descr': '<f4', 'fortran_order': Maybe, 'shape': (1,), }", payload: 4,
                   reason: "has the name 'Maybe', not a literal"),
        BrokenFile(header: "{'descr': '<f4', 'fortran_order': False, 'shape': (2, -1), }", payload: 4,
                   reason: "has the negative dimension -1"),
        BrokenFile(header: "{'descr': '<f4', 'fortran_order': 0, 'shape': (1,), }", payload: 4,
                   reason: "neither True nor False"),
        BrokenFile(header: "['descr', '<f4']", payload: 4, reason: "is not a Python dict"),
        BrokenFile(header: "{'descr': '<f4', 'fortran_order': False, 'shape': (1,), 'x': 1}", payload: 4,
                   reason: "unexpected key 'x'"),
        BrokenFile(bytes: Array("PK\u{3}\u{4} not numpy at all".utf8), reason: "does not start with the .npy magic"),
        BrokenFile(bytes: Array(NPYHeader.magic.prefix(4)), reason: "ends after 4 bytes"),
        BrokenFile(bytes: NPYHeader.magic + [1, 0, 0xE8, 0x03] + [UInt8](repeating: 0x20, count: 20),
                   reason: "said to be 1000 bytes long but the file has only 30 bytes"),
        BrokenFile(bytes: NPYHeader.magic + [4, 0, 16, 0, 0, 0], reason: "version 4.0"),
    ]
}
