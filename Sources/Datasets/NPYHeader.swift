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

    /// Parses the dict literal; `file` names the file in error messages.
    static func parse(_ text: String, file: String) throws -> NPYHeader {
        var parser = Parser(characters: Array(text), file: file)
        return try parser.header()
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

/// A recursive-descent reader for the small subset of Python literals a header uses: strings,
/// `True`/`False`, tuples of non-negative integers, inside one dict.
private struct Parser {
    let characters: [Character]
    let file: String
    var position = 0

    init(characters: [Character], file: String) {
        self.characters = characters
        self.file = file
    }

    private func fail(_ reason: String) -> DatasetError {
        .malformed(file: file, reason: "its header \(reason)")
    }

    private mutating func skipSpaces() {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
    }

    /// Consumes `character` (after spaces) when it is next.
    private mutating func take(_ character: Character) -> Bool {
        skipSpaces()
        guard position < characters.count, characters[position] == character else { return false }
        position += 1
        return true
    }

    private mutating func expect(_ character: Character) throws {
        guard take(character) else {
            let found = position < characters.count ? "'\(characters[position])'" : "the end"
            throw fail("has \(found) where '\(character)' was expected")
        }
    }

    mutating func header() throws -> NPYHeader {
        try expect("{")
        var descr: String?, fortranOrder: Bool?, shape: [Int]?
        while !take("}") {
            let key = try string()
            try expect(":")
            switch key {
            case "descr":
                skipSpaces()
                guard position < characters.count, characters[position] != "[" else {
                    throw DatasetError.unsupported(
                        file: file, reason: "structured dtypes (a list of named fields) cannot be read; save a plain numeric array")
                }
                descr = try string()
            case "fortran_order": fortranOrder = try boolean()
            case "shape": shape = try tuple()
            default: throw fail("has the unexpected key '\(key)'")
            }
            if !take(",") {
                try expect("}")
                break
            }
        }
        guard let descr, let fortranOrder, let shape else {
            throw fail("lacks one of the keys 'descr', 'fortran_order' and 'shape'")
        }
        return NPYHeader(descr: descr, fortranOrder: fortranOrder, shape: shape)
    }

    private mutating func string() throws -> String {
        skipSpaces()
        guard position < characters.count, characters[position] == "'" || characters[position] == "\"" else {
            throw fail("has no quoted string where a key or a dtype was expected")
        }
        let quote = characters[position]
        guard let end = characters[(position + 1)...].firstIndex(of: quote) else {
            throw fail("has an unterminated string")
        }
        defer { position = end + 1 }
        return String(characters[(position + 1)..<end])
    }

    private mutating func boolean() throws -> Bool {
        skipSpaces()
        for (word, value) in [("True", true), ("False", false)] where characters[position...].starts(with: word) {
            position += word.count
            return value
        }
        throw fail("gives 'fortran_order' a value that is neither True nor False")
    }

    private mutating func tuple() throws -> [Int] {
        try expect("(")
        var dimensions: [Int] = []
        while !take(")") {
            dimensions.append(try integer())
            _ = take("L")  // Python 2 wrote long integers as 3L
            if !take(",") {
                try expect(")")
                break
            }
        }
        return dimensions
    }

    private mutating func integer() throws -> Int {
        skipSpaces()
        var value = 0
        let start = position
        while position < characters.count, let digit = characters[position].wholeNumberValue,
              characters[position].isASCII {
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else { throw fail("has a dimension too large for this machine") }
            value = sum
            position += 1
        }
        guard position > start else { throw fail("has a shape that is not a tuple of non-negative integers") }
        return value
    }
}
