import Foundation
import Plot

/// The convolution's speed as measured by `make bench` (`cnnlab bench conv` beside PyTorch) and
/// recorded in Measurements/convolution-speed.json, so that the report is the same bytes at every
/// generation: milliseconds for forward + backward per layer and implementation.
struct ConvolutionSpeed: Decodable {
    /// One layer's times in ms; nil where the implementation was not timed.
    struct Times: Decodable {
        let direct: Double?
        let im2col: Double
        let vectorized: Double
        let pytorch: Double
    }

    struct Layer: Decodable {
        let name: String
        let shape: String
        let oneThread: Times
        let twoThreads: Times
    }

    let date: String
    let machine: String
    let peer: String
    let layers: [Layer]

    /// The record committed with the chapter; the error says what is wrong with it.
    static func recorded() throws -> ConvolutionSpeed {
        guard let url = Bundle.module.url(forResource: "convolution-speed", withExtension: "json", subdirectory: "Measurements")
        else { throw SpeedRecordError("the chapter's resources hold no Measurements/convolution-speed.json") }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let record: ConvolutionSpeed
        do {
            record = try decoder.decode(ConvolutionSpeed.self, from: Data(contentsOf: url))
        } catch {
            throw SpeedRecordError("Measurements/convolution-speed.json is not a speed record: \(error)")
        }
        let times = record.layers.flatMap { [$0.oneThread, $0.twoThreads] }
            .flatMap { times -> [Double] in [times.direct ?? 1, times.im2col, times.vectorized, times.pytorch] }
        guard !record.layers.isEmpty, times.allSatisfy({ $0.isFinite && $0 > 0 }) else {
            throw SpeedRecordError("Measurements/convolution-speed.json needs positive times for at least one layer")
        }
        return record
    }
}

/// A speed record that is missing or malformed.
struct SpeedRecordError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Figure 8: direct, im2col and vectorized against PyTorch, per layer, as a time relative to
/// PyTorch's on a logarithmic axis — points, not bars: a ratio's position, not a length, is read.
enum SpeedFigure {
    /// The implementations drawn, with their role and marker.
    static var implementations: [(name: Text, time: (ConvolutionSpeed.Times) -> Double?, role: Role, marker: MarkerShape)] { [
        (.direct, { $0.direct }, .series(4), .cross),
        (.im2col, { $0.im2col }, .series(0), .square),
        (.vectorized, { $0.vectorized }, .series(1), .triangle),
    ] }

    static func figure() throws -> Figure {
        let record = try ConvolutionSpeed.recorded()
        let slowest = record.layers.compactMap { layer in layer.oneThread.direct.map { ($0 / layer.oneThread.pytorch, layer.name) } }
            .max { $0.0 < $1.0 }
        let fastest = record.layers.map { layer -> Words in
            let best = min(layer.oneThread.im2col, layer.oneThread.vectorized)
            return Text.fastestLayer.words(["layer": .text(layer.name), "best": .number(best, digits: 3),
                                            "pytorch": .number(layer.oneThread.pytorch, digits: 3)])
        }
        let slowestText = slowest.map {
            Text.slowerBy.words(["ratio": .text(NumberFormat.string($0.0, decimals: 0)), "layer": .text($0.1)])
        } ?? Text.slower.words()
        return Figure(
            id: "convolution-speed",
            title: Text.speedTitle.words(),
            caption: Text.speedCaption.words([
                "peer": .text(record.peer), "slowest": .words(slowestText), "fastest": .words(.list(fastest, english: "; ")),
                "machine": .text(record.machine), "date": .text(record.date),
            ]),
            source: Text.speedSource.words(), width: 940, height: 440
        ) { canvas, area, language in
            let ratios = record.layers.flatMap { layer in implementations.compactMap { $0.time(layer.oneThread).map { $0 / layer.oneThread.pytorch } } }
            let top = pow(10, log10(ratios.max() ?? 10).rounded(.up))
            let axes = Axes(x: .linear(0...Double(record.layers.count)), y: .logarithmic(0.1...top), xLabel: "",
                            yLabel: Text.speedAxis(language), in: area.inset(bottom: 34), on: canvas, exactRanges: true)
            axes.drawFrame(on: canvas, numericX: false)
            let one = axes.point(for: Point(0, 1)).y
            canvas.line(from: Point(axes.plot.minX, one), to: Point(axes.plot.maxX, one), color: .black, width: 1.5, dash: [6, 4])
            let slot = axes.plot.width / Double(record.layers.count)
            for (index, layer) in record.layers.enumerated() {
                let center = axes.plot.minX + (Double(index) + 0.5) * slot
                for (k, implementation) in implementations.enumerated() {
                    guard let time = implementation.time(layer.oneThread) else { continue }
                    let x = center + (Double(k) - 1) * 26
                    let p = Point(x, axes.point(for: Point(0, time / layer.oneThread.pytorch)).y)
                    canvas.marker(implementation.marker, at: p, size: 9, color: implementation.role.color)
                    canvas.text(NumberFormat.significant(time, digits: 3), at: Point(x + 7, p.y), size: 8, color: .gray,
                                align: .left, baseline: .middle)
                }
                canvas.text(layer.name, at: Point(center, axes.plot.maxY + 6), size: FontSize.number, style: .bold,
                            align: .center, baseline: .top)
                canvas.text(layer.shape, at: Point(center, axes.plot.maxY + 20), size: 8, color: .gray, align: .center,
                            baseline: .top)
            }
            try LegendBox.draw(implementations.map { ($0.name(language), $0.role.color, $0.marker) } + [("PyTorch = 1", .black, nil)],
                               on: canvas, at: Point(axes.plot.maxX - 8, axes.plot.minY + 8))
        }
    }
}

/// A legend of marker samples in a box whose top-right corner is `corner`.
enum LegendBox {
    static func draw(_ entries: [(name: String, color: Color, marker: MarkerShape?)], on canvas: Canvas, at corner: Point) throws {
        let width = (entries.map { canvas.textWidth($0.name, size: FontSize.number) }.max() ?? 0) + 40
        let box = Rect(x: corner.x - width, y: corner.y, width: width, height: Double(entries.count) * 16 + 8)
        canvas.box(box, fill: .white, stroke: .lightGray)
        for (index, entry) in entries.enumerated() {
            let y = box.minY + 12 + Double(index) * 16
            if let marker = entry.marker {
                canvas.marker(marker, at: Point(box.minX + 14, y), size: 9, color: entry.color)
            } else {
                canvas.line(from: Point(box.minX + 6, y), to: Point(box.minX + 22, y), color: entry.color, width: 1.5, dash: [4, 3])
            }
            canvas.text(entry.name, at: Point(box.minX + 30, y), size: FontSize.number, baseline: .middle)
        }
        try canvas.check()
    }
}
