import Foundation
import Tensors
import Testing
@testable import Datasets

/// The header rules of `numpy.load` (numpy 2.4: `ast.literal_eval`, then its checks): each case's
/// verdict was taken from numpy itself (np.load on the same bytes), so the reader accepts exactly
/// what numpy accepts. Issue 13 found text after '}', '}}', version 1.9, leading zeros and a
/// non-breaking space accepted.
@Suite("NPY headers as numpy.load reads them")
struct NPYHeaderNumpyTests {
    /// Headers numpy.load reads as a float32 (2, 3) array.
    static let acceptedHeaders = [
        "{'descr': '<f4', 'fortran_order': False, 'shape': (2L, 3L), }",  // Python 2, versions 1.0 and 2.0
        "{'descr': '<f4', 'fortran_order': False, 'shape': (2 L, 3), }",
        "{'shape': (2, 3), 'fortran_order': False, 'descr': 'f4'} # a comment",
        "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3),\n}",
        "{'descr': '<f4', 'fortran_order': False, 'shape': (0x2, 0b11), }",
        "{'descr': '<f4', 'fortran_order': False, 'shape': ((2), +3,), }",
        "{\"descr\": '<' 'f4', 'fortran_order': False, 'shape': (2, 3), }",
        "{'descr': u'\\x3cf4', 'fortran_order': False, 'shape': (2, 3) \\\n }",
        "{'descr': 'float32', 'fortran_order': False, 'shape': (2, 3), 'shape': (2, 3)}",
        "\n{'descr': '=f4', 'fortran_order': False, 'shape': (2, 3), }",
    ]

    /// Headers numpy.load refuses, and what the reader says.
    static let refusedHeaders: [(header: String, reason: String)] = [
        ("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), } junk", "has 'j' after the end of the literal"),
        ("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3)}}", "has '}' after the end of the literal"),
        ("{'descr': '<f4', 'fortran_order': False, 'shape': (02, 3), }", "the number '02' with a leading zero"),
        ("{'descr': '<f4', 'fortran_order': False, 'shape': (2,\u{A0}3), }", "has U+00A0 where a value was expected"),
        ("{'descr': '<f4', 'fortran_order': False, 'shape': [2, 3], }", "gives 'shape' a list"),
        ("{'descr': '<f4', 'fortran_order': False, 'shape': (True, 3), }", "not a tuple of non-negative integers"),
        ("{'descr': '<f4', 'fortran_order': False, 'shape': (2.0, 3), }", "not a tuple of non-negative integers"),
        ("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), } # \u{0}", "contains a NUL byte"),
        ("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }L", "has 'L' after the end of the literal"),
        ("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 1__0), }", "malformed number '1__0'"),
    ]

    static func file(_ header: String, version: UInt8 = 1) -> Data {
        var text = Array(header.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        text += [UInt8](repeating: 0x20, count: 63 - (10 + text.count) % 64) + [0x0A]
        let length: [UInt8] = version == 1 ? [UInt8(text.count & 0xFF), UInt8(text.count >> 8)]
                                           : [UInt8(text.count & 0xFF), UInt8(text.count >> 8), 0, 0]
        let values = (0..<6).flatMap { withUnsafeBytes(of: Float($0).bitPattern.littleEndian, Array.init) }
        return Data(NPYHeader.magic + [version, 0] + length + text + values)
    }

    @Test("Headers numpy.load reads are read, values intact", arguments: acceptedHeaders)
    func accepted(header: String) throws {
        let array = try NPY.decode(Self.file(header), file: "x.npy")
        #expect(array == NPYArray(shape: [2, 3], storage: .float32([0, 1, 2, 3, 4, 5])))
    }

    @Test("Headers numpy.load refuses are refused, with the reason", arguments: refusedHeaders.map(\.header))
    func refused(header: String) {
        let reason = Self.refusedHeaders.first { $0.header == header }!.reason
        let error = #expect(throws: DatasetError.self) { try NPY.decode(Self.file(header), file: "x.npy") }
        #expect(error?.description.contains(reason) == true, "\(String(describing: error))")
    }

    @Test("Python 2's 3L is read in versions 1.0 and 2.0 only (numpy filters it before 3.0)")
    func longSuffixByVersion() throws {
        let header = "{'descr': '<f4', 'fortran_order': False, 'shape': (2L, 3), }"
        #expect(try NPY.decode(Self.file(header, version: 2), file: "x.npy").shape == [2, 3])
        #expect(throws: DatasetError.self) { try NPY.decode(Self.file(header, version: 3), file: "x.npy") }
    }

    @Test("Version 1.9 is refused, as numpy refuses every minor version but 0")
    func minorVersion() {
        var data = Self.file("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }")
        data[7] = 9
        let error = #expect(throws: DatasetError.self) { try NPY.decode(data, file: "x.npy") }
        #expect(error?.reason == ".npy format version 1.9 is not one of 1.0, 2.0, 3.0")
    }

    @Test("A FIFO is neither read (it could wait forever) nor replaced by an output")
    func fifo() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cnnlab-fifo-\(getpid())").path
        #expect(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        let read = #expect(throws: DatasetError.self) { try NPY.read(from: URL(fileURLWithPath: path)) }
        #expect(read?.reason == "it is a FIFO (named pipe), not a regular file")
        let write = #expect(throws: DatasetError.self) { try NPY.write(Tensor<Float>([1]), to: URL(fileURLWithPath: path)) }
        #expect(write?.reason == "it is a FIFO (named pipe), not a regular file")
        let device = #expect(throws: DatasetError.self) { try NPY.read(from: URL(fileURLWithPath: "/dev/zero")) }
        #expect(device?.reason == "it is a character device, not a regular file")
    }
}
