import Foundation

/// The drawing kit's own report (`Reports/gallery/`): one page per primitive, drawn from simple
/// analytic data, so every look of every chapter can be checked in one place.
public enum PlotGallery {
    /// The gallery report, named "gallery".
    public static func makeReport() -> Report {
        var report = Report(name: "gallery", title: "Plot gallery",
                            subtitle: "Every primitive of the drawing kit on simple analytic data: the look shared by all chapters.")
        for figure in [canvasPrimitives(), colormaps(), numberGrid(), heatmaps(), lineCharts()] {
            report.add(figure)
        }
        return report
    }

    /// A `rows` × `columns` matrix with `f(i, j)` at (i, j).
    static func sample(rows: Int, columns: Int, _ f: (Double, Double) -> Double) -> Matrix {
        var values: [Double] = []
        for i in 0..<rows {
            for j in 0..<columns { values.append(f(Double(i), Double(j))) }
        }
        // The count is rows × columns by construction.
        return (try? Matrix(rows: rows, columns: columns, values: values)) ?? Matrix(row: [])
    }
}
