/// Contour lines of a sampled function by marching squares (Lorensen & Cline's 2D case):
/// every grid cell whose corners straddle the level gets one segment (two for a saddle,
/// disambiguated by the cell's centre value), its ends placed on the cell's edges by linear
/// interpolation.
public enum MarchingSquares {
    /// The segments where `z` crosses `level`. `z[i, j]` is the value at (`xs[j]`, `ys[i]`);
    /// `xs` and `ys` must have `z.columns` and `z.rows` entries.
    public static func segments(_ z: Matrix, xs: [Double], ys: [Double], level: Double) throws -> [(Point, Point)] {
        guard xs.count == z.columns, ys.count == z.rows else {
            throw PlotError.invalidInput("a \(z.rows)×\(z.columns) grid needs \(z.columns) x and \(z.rows) y coordinates, got \(xs.count) and \(ys.count)")
        }
        guard z.rows > 1, z.columns > 1 else { return [] }
        var segments: [(Point, Point)] = []
        for i in 0..<(z.rows - 1) {
            for j in 0..<(z.columns - 1) {
                // Corners clockwise from top left: a (i, j), b (i, j+1), c (i+1, j+1), d (i+1, j).
                let a = z[i, j], b = z[i, j + 1], c = z[i + 1, j + 1], d = z[i + 1, j]
                guard a.isFinite, b.isFinite, c.isFinite, d.isFinite else { continue }
                let pa = Point(xs[j], ys[i]), pb = Point(xs[j + 1], ys[i])
                let pc = Point(xs[j + 1], ys[i + 1]), pd = Point(xs[j], ys[i + 1])
                let top = crossing(pa, a, pb, b, level), right = crossing(pb, b, pc, c, level)
                let bottom = crossing(pc, c, pd, d, level), left = crossing(pd, d, pa, a, level)
                let found = [top, right, bottom, left].compactMap { $0 }
                if found.count == 2 {
                    segments.append((found[0], found[1]))
                } else if found.count == 4, let top, let right, let bottom, let left {
                    let centreAbove = (a + b + c + d) / 4 >= level
                    if centreAbove != (b >= level) {
                        segments += [(top, right), (bottom, left)]
                    } else {
                        segments += [(left, top), (right, bottom)]
                    }
                }
            }
        }
        return segments
    }

    /// Where the level crosses the edge p–q (values u at p, v at q), if it does.
    private static func crossing(_ p: Point, _ u: Double, _ q: Point, _ v: Double, _ level: Double) -> Point? {
        guard (u >= level) != (v >= level) else { return nil }
        let t = (level - u) / (v - u)
        return Point(p.x + t * (q.x - p.x), p.y + t * (q.y - p.y))
    }
}
