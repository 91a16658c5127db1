import Chapters
import Plot

/// Figure 5: the chapter's slides against the computation (catalogue §8, §9, §15).
enum ErrataFigure {
    static func figure() -> Figure {
        let examples = Chapter5Pooling.examples
        let extraNotes = [
            "The vote of the X/O network (Pasco slides 28–30) uses learned weights the deck does not give; CNNLab's "
                + "are the prototypes' normalised pooled maps (a cosine), so its votes are CNNLab's, not the slides'.",
            "Pooling policy: windows that do not tile are dropped by default (floor, Keras/PyTorch); the X/O pipeline "
                + "keeps them (ceil, 7 → 4), as Rohrer's figures do.",
        ]
        return Figure(
            id: "errata", title: "Errata: the pooling and X/O slides against the computation",
            caption: "Yellow rows are ambiguous on the slide: the mean-pooling table has four cells that cannot come from "
                + "its input (the tests assert the computed means), and slide 144's 3×3 stride-2 pooling of an 8×8 table "
                + "breaks the deck's own size rule (both roundings are computed). OCR damage was recovered as noted; "
                + "every other value matches the slides.",
            source: "IFT 780, slides 141–144; Apprentissage profond ≈ 71–72; FIDLE; Pasco, slides 13–41 (catalogue §8, §9, §15)",
            width: 1080, height: 450
        ) { canvas, area in
            try WorkedExample.drawErrata(examples, extraNotes: extraNotes, on: canvas, in: area)
        }
    }
}
