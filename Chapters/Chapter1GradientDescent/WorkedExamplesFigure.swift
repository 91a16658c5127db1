import Chapters
import Plot

/// Figure 6: the chapter's worked examples — each slide, what it says, what the tests assert.
enum WorkedExamplesFigure {
    static func make() -> Figure {
        let examples = GradientDescentExamples.all
        let notes = WorkedExample.errataNotes(examples)
        return Figure(
            id: "worked-examples", title: "What the slides say, and what CNNLab computes",
            caption: "One row per numeric claim of the gradient-descent slides: the slide, what it says, the value "
                + "CNNLab computes (the chapter's tests assert it; the last column names the test). "
                + notes.joined(separator: " "),
            source: "the catalogue of the decks' worked examples, §1 (each recomputed with numpy)", width: 1240,
            height: Double(examples.count + 1) * 9.5 * 1.9 + 10
        ) { canvas, rect in
            try WorkedExample.table(examples).draw(on: canvas, in: rect)
        }
    }
}
