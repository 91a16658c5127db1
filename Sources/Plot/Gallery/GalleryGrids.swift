import Foundation

extension PlotGallery {
    /// Number grids as on the slides: a window, marked winners, heat colouring, labels, padding.
    static func numberGrid() -> Figure {
        Figure(id: "number-grid", title: "Number grids: window, marked cells, heat, padding",
               caption: "Left: a 6×6 integer input with a 3×3 window at (1, 2) outlined in the colour of the part being explained. Middle: 2×2 max-pooling winners ringed and bold, on a heat-coloured grid. Right: a 3×3 input padded by one (padded cells tinted) with decimals and row/column labels.",
               source: "beyond the slides", width: 760, height: 260) { canvas, area in
            let panels = area.columns(3, spacing: 24)
            let input = sample(rows: 6, columns: 6) { i, j in Double((Int(i) * 7 + Int(j) * 3) % 10) }
            try Panel.titled("Window (3×3 at row 1, column 2)", on: canvas, in: panels[0]) { rect in
                try NumberGrid(input, window: CellRange(row: 1, column: 2, size: 3)).draw(on: canvas, in: rect)
            }
            let winners: Set<Cell> = Set(stride(from: 0, to: 6, by: 2).flatMap { r in
                stride(from: 0, to: 6, by: 2).map { c in
                    let block = [(r, c), (r, c + 1), (r + 1, c), (r + 1, c + 1)]
                    let best = block.max { input[$0.0, $0.1] < input[$1.0, $1.1] }!
                    return Cell(best.0, best.1)
                }
            })
            try Panel.titled("Max-pooling winners, heat colours", on: canvas, in: panels[1]) { rect in
                try NumberGrid(input, marked: winners, heat: .sequential(input.finiteRange)).draw(on: canvas, in: rect)
            }
            let padded = sample(rows: 5, columns: 5) { i, j in
                (1...3).contains(Int(i)) && (1...3).contains(Int(j)) ? (i - 2) * 0.5 + (j - 1) * 0.25 : 0
            }
            let border = (0..<5).flatMap { i in (0..<5).map { Cell(i, $0) } }
                .filter { [0, 4].contains($0.row) || [0, 4].contains($0.column) }
            try Panel.titled("Zero padding (P = 1), labels", on: canvas, in: panels[2]) { rect in
                try NumberGrid(padded, decimals: 2, cellColors: Dictionary(uniqueKeysWithValues: border.map { ($0, Role.explained.tint()) }),
                               rowLabels: (0..<5).map { NumberFormat.string(Double($0 - 1), decimals: 0) },
                               columnLabels: (0..<5).map { NumberFormat.string(Double($0 - 1), decimals: 0) })
                    .draw(on: canvas, in: rect)
            }
        }
    }

    /// A sequential image and a signed map, each with its colour bar.
    static func heatmaps() -> Figure {
        Figure(id: "heatmap", title: "Heatmaps with colour bars",
               caption: "Left: a 28×28 radial bump drawn with viridis (sharp pixels, no smoothing). Right: a signed 9×9 map, sin x · cos y, on the diverging scale centred on zero.",
               source: "beyond the slides", width: 720, height: 300) { canvas, area in
            let panels = area.columns(2, spacing: 30)
            let bump = sample(rows: 28, columns: 28) { i, j in exp(-((i - 13.5) * (i - 13.5) + (j - 10) * (j - 10)) / 40) }
            try Panel.titled("28×28 image (viridis)", on: canvas, in: panels[0]) { rect in
                try Heatmap(bump, colorBarLabel: "intensity").draw(on: canvas, in: rect)
            }
            let signed = sample(rows: 9, columns: 9) { i, j in sin(i / 2) * cos(j / 3) }
            try Panel.titled("9×9 signed map (diverging)", on: canvas, in: panels[1]) { rect in
                try Heatmap(signed, scale: .diverging(fitting: [signed]), colorBarLabel: "weight").draw(on: canvas, in: rect)
            }
        }
    }
}
