import Chapters
import Plot

/// Figure 7: the chapter's worked examples as the tests check them.
enum WorkedExamplesFigure {
    static func make() -> Figure {
        let examples = BackpropagationExamples.catalogue
        let rows = examples.map { [$0.id, $0.source, $0.computed, $0.verdict.label] }
        let notes = examples.compactMap { example in example.verdict.explanation.map { "\(example.id): \($0)" } }
        let highlighted = Set(examples.indices.filter { examples[$0].verdict.explanation != nil })
        return Figure(
            id: "worked-examples", title: "The chapter's worked examples, as the tests check them",
            caption: "One test per catalogue id (Tests/Chapter2BackpropagationTests), named by the id; the computed column "
                + "is what the tests assert, with the library's Dense, Activation, Loss, Softmax, MLP and optimizers. "
                + "Highlighted: " + notes.joined(separator: "; ") + ".",
            source: "the catalogue of the decks' worked examples, §1 (mini-batches) and §2 (each recomputed with numpy)",
            width: 1240, height: Double(rows.count + 1) * FontSize.number * 1.9 + 10
        ) { canvas, rect in
            try Table(header: ["id", "source", "computed (asserted)", "verdict"], rows: rows, highlightedRows: highlighted,
                      fontSize: FontSize.number).draw(on: canvas, in: rect)
        }
    }
}
