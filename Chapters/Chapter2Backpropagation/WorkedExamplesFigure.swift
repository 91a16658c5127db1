import Chapters
import Plot

/// Figure 7: the chapter's worked examples — each slide, what it says, what the tests assert.
enum WorkedExamplesFigure {
    static func make() -> Figure {
        let examples = BackpropagationExamples.catalogue
        let notes = Words { language in
            WorkedExample.errataNotes(examples, language: language, french: Text.examples).joined(separator: " ")
        }
        return Figure(
            id: "worked-examples", title: Text.examplesTitle.words(), caption: .concatenation(Text.examplesCaption.words(), notes),
            source: Text.examplesSource.words(), width: 1480, height: Double(examples.count + 1) * 9.5 * 1.9 + 10
        ) { canvas, rect, language in
            try WorkedExample.table(examples, language: language, french: Text.examples).draw(on: canvas, in: rect)
        }
    }
}
