/// One figure of a report: a drawing of `width` × `height` points, with the title, caption and
/// source that `Report` draws around it (a chapter's closure draws only the figure itself).
public struct Figure {
    /// File-name part: lowercase letters, digits and hyphens (the PNG is `NN-<id>.png`).
    public let id: String
    /// What the figure shows, in one line.
    public let title: String
    /// What to look at, in a sentence or two.
    public let caption: String
    /// The deck and slide it reproduces ("IFT 780, slides 39–45"), or "beyond the slides".
    public let source: String
    /// The drawing area's size in points (the PNG has twice as many pixels).
    public let width: Double
    /// The drawing area's height in points.
    public let height: Double
    /// Draws the figure into the given area of the canvas.
    public let draw: (Canvas, Rect) throws -> Void

    /// A figure whose `draw` closure paints the `width` × `height` area it is given.
    public init(id: String, title: String, caption: String, source: String, width: Double,
                height: Double, draw: @escaping (Canvas, Rect) throws -> Void) {
        self.id = id
        self.title = title
        self.caption = caption
        self.source = source
        self.width = width
        self.height = height
        self.draw = draw
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
