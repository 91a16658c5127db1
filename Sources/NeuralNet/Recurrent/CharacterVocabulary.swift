/// The alphabet of a character-level language model and its one-hot code (IFT 780 slides
/// 218–219: "Alphabet : [a,e,m,s]", 'a' = [1, 0, 0, 0], …, 's' = [0, 0, 0, 1]).
///
/// Built from a text, it holds the text's distinct characters (Unicode scalars, as Python's
/// characters in min-char-rnn's `set(data)`) sorted by code point, so the numbering never depends
/// on hashing. Symbols are compared scalar by scalar, without normalisation: the Kelvin sign
/// K (U+212A) and K (U+004B), which Swift's `String ==` holds equal, are two symbols, as in Python.
/// "masse" gives [a, e, m, s], the slide's order. Built from explicit symbols, it keeps their
/// order and may hold multi-character tokens such as seq2seq's `<BoS>` and `<EoS>` (slides
/// 243–248), which no text is split into.
public struct CharacterVocabulary: Sendable, Equatable {
    /// The symbols, by index.
    public let symbols: [String]
    /// Index of each single-scalar symbol.
    let indices: [Unicode.Scalar: Int]

    /// The sorted distinct characters of `text`.
    /// - Throws: ``RNNError/emptyVocabulary`` for an empty text.
    public init(text: String) throws {
        let characters = Set(text.unicodeScalars).sorted()
        try self.init(symbols: characters.map { String($0) })
    }

    /// An alphabet in the given order.
    /// - Throws: ``RNNError/emptyVocabulary`` or ``RNNError/duplicateSymbol(_:)``.
    public init(symbols: [String]) throws {
        guard !symbols.isEmpty else { throw RNNError.emptyVocabulary }
        var indices: [Unicode.Scalar: Int] = [:]
        var seen = Set<[UInt32]>()
        for (index, symbol) in symbols.enumerated() {
            guard seen.insert(symbol.unicodeScalars.map(\.value)).inserted else { throw RNNError.duplicateSymbol(symbol) }
            let scalars = symbol.unicodeScalars
            if scalars.count == 1, let scalar = scalars.first { indices[scalar] = index }
        }
        self.symbols = symbols
        self.indices = indices
    }

    /// V, the number of symbols (the one-hot vectors' length).
    public var count: Int { symbols.count }

    /// The index of `symbol` (the same scalars), or nil.
    public func index(of symbol: String) -> Int? {
        symbols.firstIndex { $0.unicodeScalars.elementsEqual(symbol.unicodeScalars) }
    }

    /// The indices of the characters of `text`, in order: "masse" → [2, 0, 3, 3, 1].
    /// - Throws: ``RNNError/unknownCharacter(_:position:)`` naming the first character missing.
    public func encode(_ text: String) throws -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(text.unicodeScalars.count)
        for (position, scalar) in text.unicodeScalars.enumerated() {
            guard let index = indices[scalar] else {
                throw RNNError.unknownCharacter(String(scalar), position: position)
            }
            result.append(index)
        }
        return result
    }

    /// The text of a list of indices (the symbols joined).
    /// - Throws: ``RNNError/indexOutOfRange(index:vocabularySize:)``.
    public func decode(_ indices: [Int]) throws -> String {
        try indices.map { try symbols[checked($0)] }.joined()
    }

    /// The one-hot vector of `index`: 1 at that position, 0 elsewhere (length V).
    /// - Throws: ``RNNError/indexOutOfRange(index:vocabularySize:)``.
    public func oneHot(_ index: Int) throws -> [Double] {
        var vector = [Double](repeating: 0, count: count)
        vector[try checked(index)] = 1
        return vector
    }

    /// `index` if it names a symbol.
    func checked(_ index: Int) throws -> Int {
        guard symbols.indices.contains(index) else {
            throw RNNError.indexOutOfRange(index: index, vocabularySize: count)
        }
        return index
    }
}
