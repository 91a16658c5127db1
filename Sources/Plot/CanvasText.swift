import CCairo
import Foundation

/// The report's type sizes in points (STYLE.md: titles ~14, labels ~11, grid numbers ~10).
public enum FontSize {
    /// Figure titles.
    public static let title: Double = 14
    /// Axis labels, legends, captions inside figures.
    public static let label: Double = 11
    /// Numbers in grids and tables.
    public static let number: Double = 10
}

/// DejaVu Sans in its three faces, and DejaVu Sans Mono for text whose columns matter
/// (generated text, code listings).
public enum FontStyle: Sendable {
    case regular, bold, italic, monospaced
}

/// Where a text's anchor point sits horizontally.
public enum HorizontalAlignment: Sendable {
    case left, center, right
}

/// Where a text's anchor point sits vertically: the top of the tallest letters, the middle of
/// the capitals, the baseline, or the bottom of the descenders.
public enum VerticalAlignment: Sendable {
    case top, middle, baseline, bottom
}

/// Text in DejaVu Sans, measured with `cairo_text_extents` so it can be aligned on any side.
extension Canvas {
    /// Draws `text` anchored at `point`; `rotation` (radians, clockwise positive) turns it about
    /// the anchor, e.g. `-Double.pi / 2` for a vertical axis label read bottom to top.
    public func text(_ text: String, at point: Point, size: Double = FontSize.label,
                     style: FontStyle = .regular, color: Color = .black,
                     align: HorizontalAlignment = .left, baseline: VerticalAlignment = .baseline,
                     rotation: Double = 0) {
        guard !text.isEmpty else { return }
        isolated {
            setFont(size: size, style: style)
            let width = advance(text)
            var fontExtents = cairo_font_extents_t()
            cairo_font_extents(context, &fontExtents)
            let dx: Double
            switch align {
            case .left: dx = 0
            case .center: dx = -width / 2
            case .right: dx = -width
            }
            let dy: Double
            switch baseline {
            case .top: dy = size * 0.76  // ascender height of DejaVu Sans
            case .middle: dy = capHeight(size: size) / 2
            case .baseline: dy = 0
            case .bottom: dy = -fontExtents.descent
            }
            cairo_translate(context, point.x, point.y)
            cairo_rotate(context, rotation)
            cairo_move_to(context, dx, dy)
            setColor(color)
            cairo_show_text(context, text)
        }
    }

    /// The width of `text` (its advance) in points.
    public func textWidth(_ text: String, size: Double = FontSize.label, style: FontStyle = .regular) -> Double {
        var width = 0.0
        isolated {
            setFont(size: size, style: style)
            width = advance(text)
        }
        return width
    }

    /// The height of a capital letter at this size (about 0.73 of the size for DejaVu Sans).
    public func capHeight(size: Double) -> Double {
        size * 0.729
    }

    /// Splits `text` into lines no wider than `width` (breaking at spaces; a single word wider
    /// than `width` gets a line of its own). Explicit newlines are kept.
    public func wrap(_ text: String, width: Double, size: Double = FontSize.label,
                     style: FontStyle = .regular) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in paragraph.split(separator: " ") {
                let candidate = current.isEmpty ? String(word) : current + " " + word
                if current.isEmpty || textWidth(candidate, size: size, style: style) <= width {
                    current = candidate
                } else {
                    lines.append(current)
                    current = String(word)
                }
            }
            lines.append(current)
        }
        return lines
    }

    /// Draws `text` wrapped to `width` with its first line's top at `topLeft`; returns the height
    /// used. `lineHeight` is a multiple of the size.
    @discardableResult
    public func paragraph(_ text: String, at topLeft: Point, width: Double, size: Double = FontSize.label,
                          style: FontStyle = .regular, color: Color = .black,
                          lineHeight: Double = 1.35) -> Double {
        let lines = wrap(text, width: width, size: size, style: style)
        for (i, line) in lines.enumerated() {
            self.text(line, at: Point(topLeft.x, topLeft.y + Double(i) * size * lineHeight), size: size,
                      style: style, color: color, baseline: .top)
        }
        return Double(lines.count) * size * lineHeight
    }

    private func setFont(size: Double, style: FontStyle) {
        let slant = style == .italic ? CAIRO_FONT_SLANT_OBLIQUE : CAIRO_FONT_SLANT_NORMAL
        let weight = style == .bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL
        cairo_select_font_face(context, style == .monospaced ? "DejaVu Sans Mono" : "DejaVu Sans", slant, weight)
        cairo_set_font_size(context, size)
    }

    private func advance(_ text: String) -> Double {
        var extents = cairo_text_extents_t()
        cairo_text_extents(context, text, &extents)
        return extents.x_advance
    }
}
