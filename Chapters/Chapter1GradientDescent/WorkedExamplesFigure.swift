import Chapters
import Plot

/// Figure 6: the chapter's worked examples as the tests check them.
enum WorkedExamplesFigure {
    static func make() -> Figure {
        let rows = GradientDescentExamples.all.map { [$0.id, $0.source, $0.computed, $0.verdict.label] }
        let notes = GradientDescentExamples.all.compactMap { example in
            example.verdict.explanation.map { "\(example.id): \($0)" }
        }
        return Figure(
            id: "worked-examples", title: "The chapter's worked examples, as the tests check them",
            caption: "One test per catalogue id (Tests/Chapter1GradientDescentTests), named by the id; the computed "
                + "column is what the tests assert. " + notes.joined(separator: "; ") + ".",
            source: "the catalogue of the decks' worked examples, §1 (each recomputed with numpy)", width: 980, height: 125
        ) { canvas, rect in
            try Table(header: ["id", "source", "computed (asserted)", "verdict"], rows: rows, fontSize: FontSize.number)
                .draw(on: canvas, in: rect)
        }
    }
}
