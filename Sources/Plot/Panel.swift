/// A panel of a figure: a bold title line above the panel's content.
public enum Panel {
    /// The height of a panel title line.
    public static let titleHeight = FontSize.label * 2

    /// Draws `title` at the top of `rect` (bold, centred) and runs `body` with the rest.
    public static func titled(_ title: String, on canvas: Canvas, in rect: Rect,
                              _ body: (Rect) throws -> Void) throws {
        canvas.text(title, at: Point(rect.midX, rect.minY), size: FontSize.label, style: .bold, align: .center,
                    baseline: .top)
        try body(rect.inset(top: titleHeight))
    }
}
