import Foundation

/// The drawing kit's own report (`Reports/gallery/`): one page per primitive, drawn from simple
/// analytic data, so every look of every chapter can be checked in one place.
public enum PlotGallery {
    /// The gallery report, named "gallery".
    public static func makeReport() -> Report {
        var report = Report(name: "gallery", title: "Plot gallery",
                            subtitle: "Every primitive of the drawing kit on simple analytic data: the look shared by all chapters.")
        for figure in [canvasPrimitives(), roles(), colormaps(), numberGrid(), heatmaps(), imageGallery(), lineCharts(),
                       contours(), table(), layerDiagram()] {
            report.add(figure)
        }
        return report
    }

    /// A `rows` × `columns` matrix with `f(i, j)` at (i, j).
    static func sample(rows: Int, columns: Int, _ f: (Double, Double) -> Double) -> Matrix {
        Matrix(sampling: { j, i in f(i, j) }, xs: (0..<columns).map(Double.init), ys: (0..<rows).map(Double.init))
    }
}
