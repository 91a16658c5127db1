/// What a colour means in a figure. Figures ask for a role, never for a raw colour, so the same
/// thing has the same colour in every chapter (STYLE.md, "Colours by role, never by figure").
///
/// The colours are Okabe & Ito's colour-blind-safe set ("Color Universal Design", 2008): three
/// of its eight colours are reserved for the roles that point at something (orange for the part
/// being explained, vermilion for a slide erratum, yellow for an ambiguity), the other five are
/// the data series; OCR damage is grey and an invalid case wine (Tol's, darker than vermilion). Values are not roles: a value is drawn through a
/// `ColorScale` with its `ColorBar`.
public enum Role: Sendable, Hashable {
    /// The `index`-th data series of a chart (curves, bars, points); wraps after five.
    case series(Int)
    /// The part being explained: the filter's window, the winning pooling cell, the padded border.
    /// One accent, used sparingly.
    case explained
    /// A slide erratum: the deck prints a value the computation contradicts.
    case erratum
    /// OCR damage: the deck's text lost signs, digits or cells, recovered from the layout.
    case ocrDamage
    /// Ambiguous: the deck does not settle it; a resolution was chosen.
    case ambiguous
    /// A case the rule refuses or that fails: an invalid stride, a stop before convergence.
    case invalid

    /// Okabe–Ito blue, bluish green, reddish purple, sky blue and black: the data series.
    static let seriesPalette: [Color] = [
        Color(hex: 0x0072b2), Color(hex: 0x009e73), Color(hex: 0xcc79a7), Color(hex: 0x56b4e9), Color(hex: 0x000000),
    ]

    /// The number of distinct data-series colours before `series(i)` repeats.
    public static var seriesCount: Int { seriesPalette.count }

    /// The role's colour, for lines, strokes, markers and text.
    public var color: Color {
        switch self {
        case .series(let index): Role.seriesPalette[((index % Role.seriesCount) + Role.seriesCount) % Role.seriesCount]
        case .explained: Color(hex: 0xe69f00)
        case .erratum: Color(hex: 0xd55e00)
        case .ocrDamage: Color(hex: 0x999999)
        case .ambiguous: Color(hex: 0xf0e442)
        case .invalid: Color(hex: 0x882255)
        }
    }

    /// The role's colour mixed with white: a cell or row background light enough for black text
    /// (`strength` 0 is white, 1 the full colour).
    public func tint(_ strength: Double = 0.3) -> Color {
        Color.white.mixed(with: color, strength)
    }

    /// The verdict roles in the order figures list them, with the words a legend gives them.
    public static let annotations: [(role: Role, name: String)] = [
        (.explained, "the part being explained"), (.erratum, "slide erratum"), (.ocrDamage, "OCR damage"),
        (.ambiguous, "ambiguous"), (.invalid, "invalid case"),
    ]
}
