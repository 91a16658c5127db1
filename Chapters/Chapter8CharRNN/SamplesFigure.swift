import NeuralNet
import Plot

/// Figure 4: text sampled from the network as training goes on (slide 237's "train more"
/// ladder, here on the Sonnets), set in DejaVu Sans Mono, line breaks as generated.
enum SamplesFigure {
    /// Lines of at most `width` characters: the sample's own lines, long ones cut into pieces.
    static func lines(_ text: String, width: Int) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            let characters = Array(line)
            guard characters.count > width else { return [String(line)] }
            return stride(from: 0, to: characters.count, by: width).map {
                String(characters[$0..<min($0 + width, characters.count)])
            }
        }
    }

    static let lineWidth = 96
    static let fontSize = 9.5

    static func figure(_ run: SonnetsRun) -> Figure {
        let blocks = run.samples.map { sample in
            (title: sample.iteration == 0 ? Text.untrained.words() : Text.afterWindows.words(["count": .count(sample.iteration)]),
             text: sample.text)
        }
        return figure(
            id: "sonnets-samples", title: Text.samplesTitle.words(),
            caption: Text.samplesCaption.words(["length": .integer(SonnetsRun.sampleLength)]),
            source: Text.samplesSource.words(), blocks: blocks)
    }

    /// A figure of titled text blocks, each set in monospace on a light grey band.
    static func figure(id: String, title: Words, caption: Words, source: Words,
                       blocks: [(title: Words, text: String)]) -> Figure {
        let blocks = blocks.map { (title: $0.title, lines: lines($0.text, width: lineWidth)) }
        let lineHeight = fontSize * 1.3
        let height = blocks.reduce(0.0) { $0 + FontSize.label * 1.9 + Double($1.lines.count) * lineHeight + 12 }
        return Figure(id: id, title: title, caption: caption, source: source, width: 900, height: height) { canvas, area, language in
            var top = area.minY
            for block in blocks {
                canvas.text(block.title(language), at: Point(area.minX, top), size: FontSize.label, style: .bold, baseline: .top)
                top += FontSize.label * 1.9
                let box = Rect(x: area.minX, y: top - 4, width: area.width, height: Double(block.lines.count) * lineHeight + 8)
                canvas.fill(box, color: Color.white.mixed(with: .lightGray, 0.2))
                for line in block.lines {
                    canvas.text(line, at: Point(area.minX + 8, top), size: fontSize, style: .monospaced, baseline: .top)
                    top += lineHeight
                }
                top += 12
            }
        }
    }
}
