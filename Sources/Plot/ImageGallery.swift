import Foundation

/// Many small maps in a grid, each with a title: the filters of a layer, the feature maps of
/// an image. Colours are either shared by all maps (one colour bar with values at the right) or
/// stretched per map (each map then gets its own small bar under it, numbered at its ends: its
/// min and max, or ±max|v| when signed).
public struct ImageGallery {
    /// One map and its title.
    public struct Item {
        /// The text above the map.
        public let title: String
        /// The map's values.
        public let matrix: Matrix

        /// A map titled `title`.
        public init(_ title: String, _ matrix: Matrix) {
            self.title = title
            self.matrix = matrix
        }
    }

    /// Whether the maps share one colour scale or each gets its own.
    public enum Scaling: Sendable {
        case shared, perMap
    }

    /// The maps, in reading order.
    public var items: [Item]
    /// Maps per row; nil chooses the count that makes the maps largest.
    public var columns: Int?
    /// Signed values (filters, gradients): the diverging map centred on zero; else viridis.
    public var signed: Bool
    /// One colour scale for all maps, or one per map.
    public var scaling: Scaling
    /// What the values measure, beside the colour bar.
    public var colorBarLabel: String
    /// The shared scale, when several galleries must agree (nil: fitted to these maps).
    public var sharedScale: ColorScale?
    /// Whether the shared colour bar is drawn at the right (a figure with several galleries on one
    /// scale draws it once).
    public var showsColorBar = true
    /// The word before a constant map's single value under it ("all 0"), in the report's language.
    public var constantLabel = "all"

    /// A gallery of `items`; see the properties for the options.
    public init(_ items: [Item], columns: Int? = nil, signed: Bool = false, scaling: Scaling = .shared,
                colorBarLabel: String = "value") {
        self.items = items
        self.columns = columns
        self.signed = signed
        self.scaling = scaling
        self.colorBarLabel = colorBarLabel
    }

    private static let spacing = 10.0
    private static let titleHeight = FontSize.number * 1.6
    private static let miniBarThickness = 5.0
    private static let miniBarSize = 9.0

    /// The room under each map for its own colour bar (per-map scaling only).
    private var footerHeight: Double {
        scaling == .perMap ? 3 + ImageGallery.miniBarThickness + 2 + ImageGallery.miniBarSize * 1.3 : 0
    }

    /// The room at the right for the shared colour bar (shared scaling only).
    private var sideBarWidth: Double {
        scaling == .shared && showsColorBar ? ColorBar.preferredWidth + ImageGallery.spacing : 0
    }

    /// Draws the maps in reading order with the colour bar at the right.
    public func draw(on canvas: Canvas, in rect: Rect) throws {
        guard let first = items.first else { throw PlotError.invalidInput("an image gallery needs at least one map") }
        if let empty = items.first(where: { $0.matrix.rows == 0 || $0.matrix.columns == 0 }) {
            throw PlotError.invalidInput("map \"\(empty.title)\" of the gallery is empty")
        }
        let area = rect.inset(right: sideBarWidth)
        let aspect = Double(first.matrix.columns) / Double(first.matrix.rows)
        let count = columns ?? bestColumnCount(in: area, aspect: aspect)
        let rows = (items.count + count - 1) / count
        let side = tileHeight(columns: count, in: area, aspect: aspect)
        let tileWidth = side * aspect, tileHeight = side + ImageGallery.titleHeight + footerHeight
        let blockWidth = Double(count) * tileWidth + Double(count - 1) * ImageGallery.spacing
        let blockHeight = Double(rows) * tileHeight + Double(rows - 1) * ImageGallery.spacing
        let block = rect.centered(width: blockWidth + sideBarWidth, height: blockHeight)
        let shared = sharedScale
            ?? (signed ? ColorScale.diverging(fitting: items.map(\.matrix)) : .sequential(fitting: items.map(\.matrix)))
        for (index, item) in items.enumerated() {
            let scale = scaling == .shared ? shared
                : signed ? ColorScale.diverging(fitting: [item.matrix]) : .sequential(fitting: [item.matrix])
            let tile = Rect(x: block.minX + Double(index % count) * (tileWidth + ImageGallery.spacing),
                            y: block.minY + Double(index / count) * (tileHeight + ImageGallery.spacing),
                            width: tileWidth, height: tileHeight)
            canvas.text(item.title, at: Point(tile.midX, tile.minY), size: FontSize.number, align: .center, baseline: .top)
            let image = tile.inset(top: ImageGallery.titleHeight, bottom: footerHeight)
                .fitted(aspect: Double(item.matrix.columns) / Double(item.matrix.rows))
            try canvas.pixels(item.matrix.values.map(scale.color(for:)), columns: item.matrix.columns,
                              rows: item.matrix.rows, in: image)
            canvas.stroke(image, color: .gray, width: 0.5)
            if scaling == .perMap { try drawMiniBar(scale, range: item.matrix.finiteRange, under: image, on: canvas) }
        }
        if scaling == .shared && showsColorBar {
            let bar = Rect(x: block.minX + blockWidth + ImageGallery.spacing, y: block.minY + ImageGallery.titleHeight,
                           width: ColorBar.preferredWidth, height: max(40, blockHeight - ImageGallery.titleHeight))
            try ColorBar(scale: shared, label: colorBarLabel).draw(on: canvas, in: bar)
        }
    }

    /// A map's own colour bar: a thin strip as wide as the map, its two ends numbered to the
    /// precision the span needs (a constant map says "all v" instead; the gallery's
    /// `colorBarLabel` is for the caption to name).
    private func drawMiniBar(_ scale: ColorScale, range: ClosedRange<Double>, under image: Rect, on canvas: Canvas) throws {
        let steps = 64
        let strip = Rect(x: image.minX, y: image.maxY + 3, width: image.width, height: ImageGallery.miniBarThickness)
        try canvas.pixels((0..<steps).map { scale.colormap.color(at: Double($0) / Double(steps - 1)) },
                          columns: steps, rows: 1, in: strip)
        canvas.stroke(strip, color: .gray, width: 0.5)
        let y = strip.maxY + 2
        guard range.upperBound > range.lowerBound else {
            canvas.text(constantLabel + " " + NumberFormat.significant(range.lowerBound, digits: 2), at: Point(strip.midX, y),
                        size: ImageGallery.miniBarSize, color: .gray, align: .center, baseline: .top)
            return
        }
        let step = (scale.upper - scale.lower) / 10
        canvas.text(NumberFormat.tick(scale.lower, step: step), at: Point(strip.minX, y),
                    size: ImageGallery.miniBarSize, color: .gray, align: .left, baseline: .top)
        canvas.text(NumberFormat.tick(scale.upper, step: step), at: Point(strip.maxX, y),
                    size: ImageGallery.miniBarSize, color: .gray, align: .right, baseline: .top)
    }

    /// The number of columns that gives the largest maps in `area`.
    private func bestColumnCount(in area: Rect, aspect: Double) -> Int {
        let sides = (1...items.count).map { tileHeight(columns: $0, in: area, aspect: aspect) }
        return sides.firstIndex(of: sides.max()!)! + 1
    }

    /// The height of each map's image when laid out in `columns` columns in `area`.
    private func tileHeight(columns: Int, in area: Rect, aspect: Double) -> Double {
        let rows = Double((items.count + columns - 1) / columns)
        let width = (area.width - ImageGallery.spacing * Double(columns - 1)) / Double(columns)
        let height = (area.height - ImageGallery.spacing * (rows - 1)) / rows - ImageGallery.titleHeight
        return max(1, min(width / aspect, height))
    }
}
