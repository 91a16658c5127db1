/// One figure of a report: a drawing of `width` × `height` points, with the title, caption and
/// source that `Report` draws around it (a chapter's closure draws only the figure itself). The
/// figure holds its computed values once; its texts and its drawing take the language to write
/// in, so one run renders in every language.
public struct Figure {
    /// File-name part: lowercase letters, digits and hyphens (the PNG is `NN-<id>.png`).
    public let id: String
    /// What the figure shows, in one line.
    public let title: Words
    /// What to look at, in a sentence or two.
    public let caption: Words
    /// The deck and slide it reproduces ("IFT 780, slides 39–45"), or "beyond the slides".
    public let source: Words
    /// The drawing area's size in points (the PNG has twice as many pixels).
    public let width: Double
    /// The drawing area's height in points.
    public let height: Double
    /// Draws the figure into the given area of the canvas, its labels in the given language.
    public let draw: (Canvas, Rect, Language) throws -> Void

    /// A figure whose `draw` closure paints the `width` × `height` area it is given, writing its
    /// labels in the language it is given.
    public init(id: String, title: Words, caption: Words, source: Words, width: Double,
                height: Double, draw: @escaping (Canvas, Rect, Language) throws -> Void) {
        self.id = id
        self.title = title
        self.caption = caption
        self.source = source
        self.width = width
        self.height = height
        self.draw = draw
    }

    /// A figure written the same in every language (the drawing kit's gallery, tests).
    public init(id: String, title: String, caption: String, source: String, width: Double,
                height: Double, draw: @escaping (Canvas, Rect) throws -> Void) {
        self.init(id: id, title: .same(title), caption: .same(caption), source: .same(source), width: width,
                  height: height) { canvas, rect, _ in try draw(canvas, rect) }
    }

    /// Checks the id and the size; the message names the figure.
    func validate() throws {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
        guard !id.isEmpty, id.allSatisfy(allowed.contains) else {
            throw PlotError.invalidInput("figure id \"\(id)\" must be lowercase letters, digits and hyphens")
        }
        guard width > 0, height > 0, width.isFinite, height.isFinite else {
            throw PlotError.invalidInput("figure \"\(id)\" must have a positive size, got \(width)×\(height)")
        }
    }
}

extension Figure {
    /// What is wrong with the figure's title, caption and source as written in `language`, one
    /// sentence each: a catalogue key without an entry (drawn as ⟦key⟧) or a `{name}` placeholder
    /// that no value filled. Empty when every text is whole.
    public func textProblems(in language: Language) -> [String] {
        [("title", title), ("caption", caption), ("source", source)].flatMap { part, words -> [String] in
            let text = words(language)
            var problems: [String] = []
            if text.contains("⟦") { problems.append("\(id): its \(part) names a key without an entry: \(text)") }
            let unfilled = Placeholder.names(in: text)
            if !unfilled.isEmpty { problems.append("\(id): its \(part) has unfilled \(unfilled.sorted()): \(text)") }
            return problems
        }
    }
}
