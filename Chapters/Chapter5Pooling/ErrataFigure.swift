import Chapters
import Plot

/// Figure 5: the chapter's slides against the computation (catalogue §8, §9, §15).
enum ErrataFigure {
    static func figure() -> Figure {
        let examples = Chapter5Pooling.examples
        return Figure(
            id: "errata", title: Text.errataTitle.words(), caption: Text.errataCaption.words(),
            source: Text.errataSource.words(), width: 1140, height: 450
        ) { canvas, area, language in
            try WorkedExample.drawErrata(examples, extraNotes: [Text.voteNote(language), Text.policyNote(language)],
                                         language: language, french: Text.examples, on: canvas, in: area)
        }
    }
}
