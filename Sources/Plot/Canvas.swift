import CCairo
import Foundation

/// A drawing surface: one Cairo surface and its context, owned here and freed in `deinit`.
/// Either a PDF document (pages of any size, bytes available after `finishPDF`) or an image
/// rendered at `scale` pixels per point (PNG bytes from `pngData`). Coordinates are points with
/// the origin at the top left. Cairo fails silently, so `check()` turns its sticky error status
/// into a thrown `PlotError`; `Report` calls it after every figure.
public final class Canvas {
    let surface: OpaquePointer
    let context: OpaquePointer
    /// Receives the PDF bytes as Cairo streams them; kept alive as long as the surface.
    private let sink: ByteSink?

    /// A PDF document whose first page is `width` × `height` points. Its creation and
    /// modification dates are fixed so the same drawing always gives the same bytes.
    init(pdfWidth width: Double, height: Double) throws {
        let sink = ByteSink()
        guard let surface = cairo_pdf_surface_create_for_stream(
            byteSinkWrite, Unmanaged.passUnretained(sink).toOpaque(), width, height) else {
            throw PlotError.cairo("cannot create a PDF surface")
        }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "CNNLab")
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, Canvas.fixedDate)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, Canvas.fixedDate)
        self.sink = sink
        self.surface = surface
        self.context = cairo_create(surface)
        try check()
    }

    /// A white image of `width` × `height` points drawn at `scale` pixels per point.
    init(imageWidth width: Double, height: Double, scale: Double) throws {
        let pixelsWide = Int32((width * scale).rounded(.up))
        let pixelsHigh = Int32((height * scale).rounded(.up))
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, pixelsWide, pixelsHigh) else {
            throw PlotError.cairo("cannot create a \(pixelsWide)×\(pixelsHigh) image")
        }
        self.sink = nil
        self.surface = surface
        self.context = cairo_create(surface)
        setColor(.white)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        try check()
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    /// ISO 8601 date written into every PDF instead of the current time.
    static let fixedDate = "2024-01-01T00:00:00Z"

    /// Throws if Cairo recorded an error on the context or the surface.
    public func check() throws {
        let status = cairo_status(context)
        if status != CAIRO_STATUS_SUCCESS {
            throw PlotError.cairo(String(cString: cairo_status_to_string(status)))
        }
        let surfaceStatus = cairo_surface_status(surface)
        if surfaceStatus != CAIRO_STATUS_SUCCESS {
            throw PlotError.cairo(String(cString: cairo_status_to_string(surfaceStatus)))
        }
    }

    /// Ends the current PDF page and starts a new one of the given size.
    func newPage(width: Double, height: Double) {
        cairo_show_page(context)
        setPageSize(width: width, height: height)
    }

    /// Resizes the current PDF page (before anything is drawn on it).
    func setPageSize(width: Double, height: Double) {
        cairo_pdf_surface_set_size(surface, width, height)
    }

    /// Ends the PDF document and returns its bytes.
    func finishPDF() throws -> Data {
        cairo_show_page(context)
        cairo_surface_finish(surface)
        try check()
        return sink?.data ?? Data()
    }

    /// The image encoded as PNG.
    func pngData() throws -> Data {
        cairo_surface_flush(surface)
        let sink = ByteSink()
        let status = cairo_surface_write_to_png_stream(
            surface, byteSinkWrite, Unmanaged.passUnretained(sink).toOpaque())
        if status != CAIRO_STATUS_SUCCESS {
            throw PlotError.cairo(String(cString: cairo_status_to_string(status)))
        }
        return sink.data
    }

    /// Runs `body` between `cairo_save` and `cairo_restore`, so it cannot leak state.
    func isolated(_ body: () -> Void) {
        cairo_save(context)
        body()
        cairo_restore(context)
    }

    /// Runs `body` with the origin moved by (`dx`, `dy`): a page drawn centred on a larger one.
    func translated(by dx: Double, _ dy: Double, _ body: () throws -> Void) rethrows {
        cairo_save(context)
        defer { cairo_restore(context) }
        cairo_translate(context, dx, dy)
        try body()
    }

    func setColor(_ color: Color) {
        cairo_set_source_rgba(context, color.red, color.green, color.blue, color.alpha)
    }

    /// Restricts the drawing of `body` to `rect`; returns what `body` returns.
    public func clipped<Result>(to rect: Rect, _ body: () throws -> Result) rethrows -> Result {
        cairo_save(context)
        defer { cairo_restore(context) }
        cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
        cairo_clip(context)
        return try body()
    }
}

/// Accumulates the bytes Cairo writes to a stream.
private final class ByteSink {
    var data = Data()
}

/// Cairo's stream callback: appends to the `ByteSink` passed as closure pointer.
private func byteSinkWrite(_ closure: UnsafeMutableRawPointer?, _ bytes: UnsafePointer<UInt8>?,
                           _ length: UInt32) -> cairo_status_t {
    guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
    Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
    return CAIRO_STATUS_SUCCESS
}
