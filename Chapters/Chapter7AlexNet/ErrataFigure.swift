import Chapters
import Plot

/// Figure 6: the chapter's slides against the computation (catalogue §10, §12, §15).
enum ErrataFigure {
    static func figure() -> Figure {
        let examples = ArchitectureExamples.all
        return Figure(
            id: "errata", title: Text.errataTitle.words(), caption: Text.errataCaption.words(),
            source: Text.errataSource.words(), width: 1200, height: 430
        ) { canvas, area, language in
            try WorkedExample.drawErrata(examples, extraNotes: [Text.ranvierNote(language), Text.inputNote(language)],
                                         language: language, french: Text.examples, on: canvas, in: area)
        }
    }
}
