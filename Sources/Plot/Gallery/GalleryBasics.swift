import Foundation

extension PlotGallery {
    /// Text sizes and alignments, lines, boxes, circles, markers and arrows.
    static func canvasPrimitives() -> Figure {
        Figure(id: "canvas-primitives", title: "Canvas primitives: text, lines, boxes, markers, arrows",
               caption: "The three type sizes (title 14 pt, label 11 pt, number 10 pt) in DejaVu Sans, text anchored left/centre/right on a guide, rotated text, markers in the data-series colours, and arrows (one in the colour of the part being explained).",
               source: "beyond the slides", width: 720, height: 300) { canvas, area in
            let (left, right) = (area.columns(2, spacing: 30)[0], area.columns(2, spacing: 30)[1])
            canvas.text("Title 14 pt bold", at: Point(left.minX, left.minY), size: FontSize.title, style: .bold, baseline: .top)
            canvas.text("Label 11 pt regular", at: Point(left.minX, left.minY + 26), baseline: .top)
            canvas.text("Numbers 10 pt: 0.25 −1.50 42", at: Point(left.minX, left.minY + 48), size: FontSize.number, baseline: .top)
            canvas.text("Italic caption text", at: Point(left.minX, left.minY + 68), style: .italic, color: .gray, baseline: .top)
            let guide = left.minX + left.width / 2
            canvas.line(from: Point(guide, left.minY + 95), to: Point(guide, left.minY + 175), color: .gray, width: 0.75)
            for (i, (align, name)) in [(HorizontalAlignment.left, "left"), (.center, "centre"), (.right, "right")].enumerated() {
                canvas.text("anchored \(name)", at: Point(guide, left.minY + 110 + Double(i) * 26), align: align, baseline: .middle)
            }
            canvas.text("rotated −90°", at: Point(left.minX + 8, left.maxY - 10), align: .left, baseline: .middle,
                        rotation: -Double.pi / 2)
            canvas.box(Rect(x: left.minX + 40, y: left.maxY - 90, width: 110, height: 60), fill: .white, stroke: .gray,
                       width: 1)
            canvas.text("box", at: Point(left.minX + 95, left.maxY - 60), align: .center, baseline: .middle)
            canvas.box(Rect(x: left.minX + 170, y: left.maxY - 90, width: 110, height: 60), fill: .white,
                       stroke: .black, width: 2, cornerRadius: 8)
            canvas.text("rounded box", at: Point(left.minX + 225, left.maxY - 60), align: .center, baseline: .middle)

            for (i, shape) in MarkerShape.allCases.enumerated() {
                let p = Point(right.minX + 20 + Double(i) * 50, right.minY + 20)
                canvas.marker(shape, at: p, size: 10, color: Role.series(i).color)
                canvas.text("\(shape)", at: Point(p.x, p.y + 14), size: FontSize.number, align: .center, baseline: .top)
            }
            canvas.line(from: Point(right.minX, right.minY + 70), to: Point(right.maxX, right.minY + 70), color: .gray, width: 1, dash: [6, 4])
            let hub = Point(right.midX, right.minY + 180)
            for k in 0..<8 {
                let angle = Double(k) * Double.pi / 4
                canvas.arrow(from: Point(hub.x + 20 * cos(angle), hub.y + 20 * sin(angle)),
                             to: Point(hub.x + 80 * cos(angle), hub.y + 80 * sin(angle)),
                             color: k == 0 ? Role.explained.color : .black)
            }
            canvas.circle(center: hub, radius: 12, fill: Role.series(2).color, stroke: .black)
        }
    }

    /// The colour roles: what each colour means in every chapter.
    static func roles() -> Figure {
        Figure(id: "colour-roles", title: "Colour roles: figures ask for what a colour means, never for a colour",
               caption: "Five data series (Okabe–Ito's colour-blind-safe blue, bluish green, reddish purple, sky blue and black, repeating after five), then the roles that point at something: the part being explained (orange: the filter's window, the winning pooling cell, the padded border), a slide erratum (vermilion), OCR damage (grey), an ambiguity (yellow) and an invalid case (wine). Each as a line, a stroke, and the tint used behind cells and table rows. Values are never roles: they go through a colour scale with its colour bar.",
               source: "beyond the slides; Okabe & Ito, Color Universal Design (2008)", width: 720, height: 330) { canvas, area in
            let roles: [(Role, String)] = (0..<Role.seriesCount).map { (Role.series($0), "data series \($0 + 1)") }
                + Role.annotations
            for (row, (role, name)) in zip(area.rows(roles.count, spacing: 4), roles) {
                canvas.text(name, at: Point(row.minX, row.midY), align: .left, baseline: .middle)
                let x = row.minX + 220
                canvas.line(from: Point(x, row.midY), to: Point(x + 120, row.midY), color: role.color, width: 3)
                canvas.box(Rect(x: x + 150, y: row.minY + 2, width: 120, height: row.height - 4), fill: .white,
                           stroke: role.color, width: 3)
                canvas.fill(Rect(x: x + 300, y: row.minY + 2, width: 120, height: row.height - 4), color: role.tint())
                canvas.text("tint", at: Point(x + 360, row.midY), size: FontSize.number, align: .center, baseline: .middle)
            }
        }
    }

    /// The colormaps as colour bars, with the values they assign.
    static func colormaps() -> Figure {
        Figure(id: "colormaps", title: "Colormaps: viridis for values, blue–white–red for signs, log scales by decades",
               caption: "Top: viridis, perceptually uniform, for images and activations. Middle: the diverging map, always centred so that 0 is white, for filters and gradients. Bottom: a logarithmic scale (loss levels from 10⁻⁴ to 10²), ticked at the powers of ten. Horizontal and vertical colour bars with nice ticks.",
               source: "beyond the slides", width: 720, height: 300) { canvas, area in
            let (bars, side) = area.sliceRight(180, spacing: 30)
            let rows = bars.rows(3, spacing: 30)
            try ColorBar(scale: .sequential(0...1), label: "activation (viridis)", orientation: .horizontal)
                .draw(on: canvas, in: rows[0].inset(top: 20, left: 10, right: 10))
            try ColorBar(scale: .diverging(limit: 2.5), label: "weight (diverging, 0 = white)", orientation: .horizontal)
                .draw(on: canvas, in: rows[1].inset(top: 20, left: 10, right: 10))
            try ColorBar(scale: .logarithmic(1e-4...100), label: "loss (logarithmic)", orientation: .horizontal)
                .draw(on: canvas, in: rows[2].inset(top: 20, left: 10, right: 10))
            let columns = side.columns(2, spacing: 10)
            try ColorBar(scale: .sequential(0...255), label: "pixel value").draw(on: canvas, in: columns[0].inset(top: 10, bottom: 10))
            try ColorBar(scale: .diverging(limit: 0.003), label: "gradient").draw(on: canvas, in: columns[1].inset(top: 10, bottom: 10))
        }
    }
}
