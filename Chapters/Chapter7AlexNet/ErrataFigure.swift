import Chapters
import Plot

/// Figure 6: the chapter's slides against the computation (catalogue §10, §12, §15).
enum ErrataFigure {
    static func figure() -> Figure {
        let examples = ArchitectureExamples.all
        let extraNotes = [
            "Ranvier's model: batch norm's γ and β are counted as trainable (128), its running mean and variance (128) "
                + "apart, as Keras separates trainable from total parameters (422,282 trainable, 422,410 in all).",
            "AlexNet's 224 input (Apprentissage profond ≈ slide 75) is refused by the output-size rule, as the deck's own "
                + "\"combinaison D-F-S invalide\" demands; the chapter uses IFT 780's 227.",
        ]
        return Figure(
            id: "errata",
            title: "Errata and ambiguities: the architecture slides against the computation",
            caption: "Yellow rows are ambiguous on the slide: AlexNet's \"~68 M\" parameters (62.4 M computed, 61.0 M on two "
                + "GPUs), LeNet-7's 90,857 (90,957 computed from the NORB connection table) and Pasco's pipeline sketch (only "
                + "its flattening and classifier size are checkable). Every other printed value matches; \"derived\" rows are "
                + "computed from a layer list the slide gives without numbers; grey rows are OCR damage the catalogue recovered.",
            source: "IFT 780, slides 166–193; Apprentissage profond ≈ slides 74–77; Pasco, slides 37–48; Ranvier (catalogue §10, §12, §15)",
            width: 1200, height: 430
        ) { canvas, area in
            try WorkedExample.drawErrata(examples, extraNotes: extraNotes, on: canvas, in: area)
        }
    }
}
