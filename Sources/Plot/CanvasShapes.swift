import CCairo
import Foundation

/// Lines, rectangles, circles, polylines and arrows. Widths are in points.
extension Canvas {
    /// A straight line; `dash` gives on/off lengths for a dashed line.
    public func line(from a: Point, to b: Point, color: Color = .black, width: Double = 1,
                     dash: [Double] = []) {
        polyline([a, b], color: color, width: width, dash: dash)
    }

    /// Connected segments through `points` (closed back to the first when `closed`).
    public func polyline(_ points: [Point], color: Color = .black, width: Double = 1,
                         dash: [Double] = [], closed: Bool = false) {
        guard let first = points.first else { return }
        isolated {
            cairo_move_to(context, first.x, first.y)
            for p in points.dropFirst() { cairo_line_to(context, p.x, p.y) }
            if closed { cairo_close_path(context) }
            stroke(color: color, width: width, dash: dash)
        }
    }

    /// A filled polygon through `points`, outlined in `stroke` (a face of a drawn volume).
    public func polygon(_ points: [Point], fill: Color, stroke strokeColor: Color = .gray, width: Double = 0.75) {
        guard let first = points.first else { return }
        isolated {
            cairo_move_to(context, first.x, first.y)
            for p in points.dropFirst() { cairo_line_to(context, p.x, p.y) }
            cairo_close_path(context)
            setColor(fill)
            cairo_fill_preserve(context)
            stroke(color: strokeColor, width: width, dash: [])
        }
    }

    /// A filled rectangle.
    public func fill(_ rect: Rect, color: Color) {
        isolated {
            cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
            setColor(color)
            cairo_fill(context)
        }
    }

    /// A rectangle outline, optionally with rounded corners.
    public func stroke(_ rect: Rect, color: Color = .black, width: Double = 1, cornerRadius: Double = 0,
                       dash: [Double] = []) {
        isolated {
            path(rect, cornerRadius: cornerRadius)
            stroke(color: color, width: width, dash: dash)
        }
    }

    /// A rectangle filled with `fill` and outlined with `stroke`, optionally with rounded corners.
    public func box(_ rect: Rect, fill: Color, stroke strokeColor: Color = .black, width: Double = 1,
                    cornerRadius: Double = 0) {
        isolated {
            path(rect, cornerRadius: cornerRadius)
            setColor(fill)
            cairo_fill_preserve(context)
            stroke(color: strokeColor, width: width, dash: [])
        }
    }

    /// A circle, filled and/or outlined.
    public func circle(center: Point, radius: Double, fill: Color? = nil, stroke strokeColor: Color? = nil,
                       width: Double = 1) {
        isolated {
            cairo_new_sub_path(context)
            cairo_arc(context, center.x, center.y, radius, 0, 2 * Double.pi)
            if let fill {
                setColor(fill)
                cairo_fill_preserve(context)
            }
            if let strokeColor { stroke(color: strokeColor, width: width, dash: []) }
            cairo_new_path(context)
        }
    }

    /// A line from `a` to `b` ending in a filled triangular head at `b`.
    public func arrow(from a: Point, to b: Point, color: Color = .black, width: Double = 1.5,
                      headLength: Double = 9) {
        let angle = atan2(b.y - a.y, b.x - a.x)
        let spread = Double.pi / 7
        let base = Point(b.x - headLength * 0.8 * cos(angle), b.y - headLength * 0.8 * sin(angle))
        line(from: a, to: base, color: color, width: width)
        isolated {
            cairo_move_to(context, b.x, b.y)
            cairo_line_to(context, b.x - headLength * cos(angle - spread), b.y - headLength * sin(angle - spread))
            cairo_line_to(context, b.x - headLength * cos(angle + spread), b.y - headLength * sin(angle + spread))
            cairo_close_path(context)
            setColor(color)
            cairo_fill(context)
        }
    }

    /// A small marker of the given shape centred at `center` (chart points, trajectory ends).
    public func marker(_ shape: MarkerShape, at center: Point, size: Double = 6, color: Color) {
        let r = size / 2
        switch shape {
        case .circle:
            circle(center: center, radius: r, fill: color, stroke: .white, width: 0.8)
        case .square:
            box(Rect(x: center.x - r, y: center.y - r, width: size, height: size), fill: color,
                stroke: .white, width: 0.8)
        case .triangle:
            isolated {
                cairo_move_to(context, center.x, center.y - r * 1.2)
                cairo_line_to(context, center.x + r * 1.1, center.y + r * 0.8)
                cairo_line_to(context, center.x - r * 1.1, center.y + r * 0.8)
                cairo_close_path(context)
                setColor(color)
                cairo_fill_preserve(context)
                stroke(color: .white, width: 0.8, dash: [])
            }
        case .cross:
            line(from: Point(center.x - r, center.y - r), to: Point(center.x + r, center.y + r), color: color, width: 2)
            line(from: Point(center.x - r, center.y + r), to: Point(center.x + r, center.y - r), color: color, width: 2)
        }
    }

    private func path(_ rect: Rect, cornerRadius: Double) {
        let r = min(cornerRadius, rect.width / 2, rect.height / 2)
        guard r > 0 else {
            cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
            return
        }
        cairo_new_sub_path(context)
        cairo_arc(context, rect.maxX - r, rect.minY + r, r, -Double.pi / 2, 0)
        cairo_arc(context, rect.maxX - r, rect.maxY - r, r, 0, Double.pi / 2)
        cairo_arc(context, rect.minX + r, rect.maxY - r, r, Double.pi / 2, Double.pi)
        cairo_arc(context, rect.minX + r, rect.minY + r, r, Double.pi, 3 * Double.pi / 2)
        cairo_close_path(context)
    }

    private func stroke(color: Color, width: Double, dash: [Double]) {
        setColor(color)
        cairo_set_line_width(context, width)
        cairo_set_line_join(context, CAIRO_LINE_JOIN_ROUND)
        cairo_set_line_cap(context, CAIRO_LINE_CAP_BUTT)
        cairo_set_dash(context, dash, Int32(dash.count), 0)
        cairo_stroke(context)
    }
}

/// The shape of a data-point marker.
public enum MarkerShape: Sendable, CaseIterable {
    case circle, square, triangle, cross
}

extension Canvas {
    /// Many separate segments stroked as one path (contour lines).
    public func segments(_ segments: [(Point, Point)], color: Color, width: Double = 1) {
        guard !segments.isEmpty else { return }
        isolated {
            for (a, b) in segments {
                cairo_move_to(context, a.x, a.y)
                cairo_line_to(context, b.x, b.y)
            }
            setColor(color)
            cairo_set_line_width(context, width)
            cairo_set_line_cap(context, CAIRO_LINE_CAP_ROUND)
            cairo_stroke(context)
        }
    }
}
