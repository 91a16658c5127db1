/// The header of a NumPy `.npy` file: a Python dict literal such as
/// `{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }`, parsed here without Python.
///
/// Format (numpy.lib.format, versions 1.0–3.0): the magic `\x93NUMPY`, two version bytes, the
/// header length (little-endian uint16 in 1.0, uint32 in 2.0 and 3.0), the header text (latin-1,
/// UTF-8 in 3.0) padded with spaces and a newline so the data starts on a 64-byte boundary.
struct NPYHeader: Equatable {
    /// The dtype string, e.g. `<f4`.
    var descr: String
    var fortranOrder: Bool
    var shape: [Int]

    static let magic: [UInt8] = [0x93] + Array("NUMPY".utf8)

    /// Parses the dict literal as `numpy.load` does (``PythonLiteralReader``, then numpy's
    /// checks); `file` names the file in error messages; `pythonTwo` (versions 1.0 and 2.0)
    /// allows Python 2's `3L`.
    static func parse(_ text: String, file: String, pythonTwo: Bool = true) throws -> NPYHeader {
        try HeaderChecker(file: file).header(text, pythonTwo: pythonTwo)
    }

    /// The dict as numpy writes it: keys sorted, a Python tuple for the shape, and the spare
    /// spaces numpy leaves so the first axis can grow to 21 digits in place.
    var text: String {
        let dimensions = shape.map(String.init)
        let tuple = shape.count == 1 ? "(\(dimensions[0]),)" : "(" + dimensions.joined(separator: ", ") + ")"
        let dict = "{'descr': '\(descr)', 'fortran_order': \(fortranOrder ? "True" : "False"), 'shape': \(tuple), }"
        let growth = shape.isEmpty ? 0 : 21 - String(shape[fortranOrder ? shape.count - 1 : 0]).count
        return dict + String(repeating: " ", count: max(growth, 0))
    }

    /// The bytes before the data: magic, version, length, then the text padded to a multiple of
    /// 64 bytes with a final newline (version 1.0, or 2.0 when the text exceeds 65,535 bytes).
    var encoded: [UInt8] {
        let body = Array(text.utf8)
        let versionOne = NPYHeader.encoded(body, major: 1, lengthBytes: 2)
        return versionOne.count - 10 <= Int(UInt16.max) ? versionOne : NPYHeader.encoded(body, major: 2, lengthBytes: 4)
    }

    private static func encoded(_ body: [UInt8], major: UInt8, lengthBytes: Int) -> [UInt8] {
        let prefix = magic.count + 2 + lengthBytes
        let padding = 64 - (prefix + body.count + 1) % 64  // numpy pads a full 64 when already aligned
        let length = body.count + padding + 1
        let lengthField = (0..<lengthBytes).map { UInt8(truncatingIfNeeded: length >> (8 * $0)) }
        return magic + [major, 0] + lengthField + body + Array(repeating: 0x20, count: padding) + [0x0A]
    }
}

/// The checks `numpy.load` makes on the evaluated header (numpy.lib.format._read_array_header):
/// a dict with exactly the keys 'descr', 'fortran_order' and 'shape'
/// (a repeated key keeps its last value), a tuple of integers for the shape, a bool for the
/// order. A negative dimension, which numpy refuses when it reads the data, is refused here.
/// numpy's `max_header_size` (10,000 characters by default, a guard against `literal_eval`'s cost)
/// is not applied: this reader is linear in the header, and `np.save` itself writes longer
/// headers (version 2.0) that this reader must read back.
private struct HeaderChecker {
    let file: String

    func fail(_ reason: String) -> DatasetError {
        .malformed(file: file, reason: "its header \(reason)")
    }

    func header(_ text: String, pythonTwo: Bool) throws -> NPYHeader {
        var reader = PythonLiteralReader(text, allowsLongSuffix: pythonTwo)
        let literal: PythonLiteral
        do { literal = try reader.read() } catch { throw fail(error.reason) }
        guard case let .dict(pairs) = literal else { throw fail("is not a Python dict") }
        var values: [String: PythonLiteral] = [:]
        for (key, value) in pairs {
            guard case let .string(name) = key, ["descr", "fortran_order", "shape"].contains(name) else {
                throw fail("has the unexpected key \(Self.describe(key))")
            }
            values[name] = value
        }
        guard let descr = values["descr"], let order = values["fortran_order"], let shape = values["shape"] else {
            throw fail("lacks one of the keys 'descr', 'fortran_order' and 'shape'")
        }
        return NPYHeader(descr: try dtype(descr), fortranOrder: try fortranOrder(order), shape: try dimensions(shape))
    }

    private func dtype(_ value: PythonLiteral) throws -> String {
        switch value {
        case let .string(descr): return descr
        case .other("a list"), .tuple:
            throw DatasetError.unsupported(
                file: file, reason: "structured or sub-array dtypes cannot be read; save a plain numeric array")
        default: throw fail("gives 'descr' the value \(Self.describe(value)), not a dtype string")
        }
    }

    private func fortranOrder(_ value: PythonLiteral) throws -> Bool {
        guard case let .bool(order) = value else { throw fail("gives 'fortran_order' a value that is neither True nor False") }
        return order
    }

    private func dimensions(_ value: PythonLiteral) throws -> [Int] {
        guard case let .tuple(items) = value else { throw fail("gives 'shape' \(Self.describe(value)), not a tuple of integers") }
        return try items.map { item in
            guard case let .int(dimension) = item else { throw fail("has a shape that is not a tuple of non-negative integers") }
            guard let dimension else { throw fail("has a dimension too large for this machine") }
            guard dimension >= 0 else { throw fail("has the negative dimension \(dimension)") }
            return dimension
        }
    }

    private static func describe(_ value: PythonLiteral) -> String {
        switch value {
        case let .string(text): "'\(text)'"
        case let .int(number): number.map(String.init) ?? "a huge integer"
        case let .bool(flag): flag ? "True" : "False"
        case .dict: "a dict"
        case .tuple: "a tuple"
        case let .other(kind): kind
        }
    }
}
