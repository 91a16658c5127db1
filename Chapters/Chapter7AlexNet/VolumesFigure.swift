import Foundation
import NeuralNet
import Plot

/// AlexNet's activation volumes drawn to scale, as the paper's figure draws them but with true
/// proportions: each layer's output H×W×C as a box whose front face is H×W (one scale for every
/// layer) and whose depth is C (another scale, drawn obliquely). The image shrinks while the
/// channels grow, then the dense layers are 1×1 columns 4,096 deep (IFT 780 slides 172–179).
enum VolumesFigure {
    /// Points per pixel of height and width.
    static let pointsPerPixel = 0.8
    /// Points per channel of depth (drawn at 45°).
    static let pointsPerChannel = 0.05

    /// The layers drawn: every layer but the normalisations, whose volume is the pool's before them.
    static func rows() throws -> [LayerRow] {
        try Networks.alexNet.table().rows.filter { row in
            if case .norm? = row.spec { return false }
            if case .flatten? = row.spec { return false }
            return true
        }
    }

    static func role(of row: LayerRow) -> Role? {
        switch row.spec {
        case .conv?: .series(0)
        case .maxPool?: .series(1)
        case .dense?: .series(2)
        default: nil
        }
    }

    /// (height, channels) of a volume; a vector of n values is a 1×1×n column.
    static func sides(_ shape: FeatureShape) -> (height: Int, channels: Int) {
        switch shape {
        case let .maps(height, _, channels): (height, channels)
        case let .vector(n): (1, n)
        }
    }

    static func figure() throws -> Figure {
        let rows = try rows()
        let input = rows[0].output, fc6 = rows.first { if case .dense? = $0.spec { true } else { false } }
        return Figure(
            id: "alexnet-volumes",
            title: Text.volumesTitle.words(),
            caption: Text.volumesCaption.words([
                "pixel": .fixed(pointsPerPixel, decimals: 1), "channel": .fixed(pointsPerChannel, decimals: 2),
                "input": .text(input.description), "depth": .count(fc6?.output.count ?? 4096)]),
            source: Text.volumesSource.words(), width: 1160, height: 300
        ) { canvas, area, language in
            let baseline = area.maxY - 46
            let gap = 26.0
            var x = area.minX + 4
            for row in rows {
                let shape = row.output
                let (height, channels) = sides(shape)
                let side = Double(height) * pointsPerPixel
                let depth = Double(channels) * pointsPerChannel / 2.squareRoot()
                let fill = role(of: row)?.tint(0.45) ?? Color.white.mixed(with: .lightGray, 0.6)
                let front = [Point(x, baseline), Point(x + side, baseline), Point(x + side, baseline - side), Point(x, baseline - side)]
                let top = [Point(x, baseline - side), Point(x + side, baseline - side),
                           Point(x + side + depth, baseline - side - depth), Point(x + depth, baseline - side - depth)]
                let right = [Point(x + side, baseline), Point(x + side + depth, baseline - depth),
                             Point(x + side + depth, baseline - side - depth), Point(x + side, baseline - side)]
                // A 1×1 column is under a point wide: its edges carry its colour, so it still shows.
                let edge = side < 4 ? (role(of: row)?.color ?? .gray) : .gray
                for face in [top, right, front] { canvas.polygon(face, fill: fill, stroke: edge, width: side < 4 ? 1.5 : 0.6) }
                let center = x + (side + depth) / 2
                canvas.text(Text.name(row, language), at: Point(center, baseline + 8), size: FontSize.number, style: .bold, align: .center,
                            baseline: .top)
                canvas.text(shape.description, at: Point(center, baseline + 22), size: 8.5, color: .gray, align: .center,
                            baseline: .top)
                x += max(side + depth, 44) + gap
            }
        }
    }
}
