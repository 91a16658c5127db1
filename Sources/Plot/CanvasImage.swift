import CCairo

extension Canvas {
    /// Draws a `columns` × `rows` raster of colours (row-major) stretched over `rect`, each pixel
    /// a sharp square (nearest-neighbour filtering, no blur between cells).
    public func pixels(_ colors: [Color], columns: Int, rows: Int, in rect: Rect) throws {
        guard columns > 0, rows > 0, colors.count == columns * rows else {
            throw PlotError.invalidInput("a \(rows)×\(columns) raster needs \(rows * columns) colours, got \(colors.count)")
        }
        guard let image = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(columns), Int32(rows)) else {
            throw PlotError.cairo("cannot create a \(columns)×\(rows) raster")
        }
        defer { cairo_surface_destroy(image) }
        cairo_surface_flush(image)
        let stride = Int(cairo_image_surface_get_stride(image))
        guard let base = cairo_image_surface_get_data(image) else {
            throw PlotError.cairo("raster has no pixel data")
        }
        for row in 0..<rows {
            let line = UnsafeMutableRawPointer(base + row &* stride).assumingMemoryBound(to: UInt32.self)
            for column in 0..<columns {
                line[column] = Canvas.premultipliedARGB(colors[row &* columns &+ column])
            }
        }
        cairo_surface_mark_dirty(image)
        isolated {
            cairo_translate(context, rect.x, rect.y)
            cairo_scale(context, rect.width / Double(columns), rect.height / Double(rows))
            cairo_set_source_surface(context, image, 0, 0)
            cairo_pattern_set_filter(cairo_get_source(context), CAIRO_FILTER_NEAREST)
            cairo_rectangle(context, 0, 0, Double(columns), Double(rows))
            cairo_fill(context)
        }
        try check()
    }

    /// Cairo's native pixel: alpha, red, green, blue in one 32-bit word, colours premultiplied.
    private static func premultipliedARGB(_ c: Color) -> UInt32 {
        func byte(_ v: Double) -> UInt32 { UInt32((min(max(v, 0), 1) * 255).rounded()) }
        let a = min(max(c.alpha, 0), 1)
        return byte(a) << 24 | byte(c.red * a) << 16 | byte(c.green * a) << 8 | byte(c.blue * a)
    }
}
