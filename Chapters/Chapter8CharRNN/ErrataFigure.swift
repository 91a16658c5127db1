import Chapters
import Plot

/// Figure 6: the chapter's worked examples against the computation, and what the OCR'd
/// min-char-rnn listing of slide 235 gets wrong (catalogue §13, §15).
enum ErrataFigure {
    /// The listing's faults, each with what CNNLab does instead (after Karpathy's gist): the slide's
    /// code as OCR'd (quoted as it is in every language), what is wrong, the fix (a formula where
    /// the fix is one, written the same in both languages).
    static let listing: [(code: Words, wrong: Text, fix: Words)] = [
        (.same("chars = list(data)"), .wrong1, Text.fix1.words()),
        (.same("ix_to_char = {i:c for c,i in enumerate(chars)}"), .wrong2, Text.fix2.words()),
        (.same("print \"…%d unique: %s\" % (data_size, vocab_size)"), .wrong3, Text.fix3.words()),
        (.same("tanh(Wih·x + Whh·hprev + Why + biases)"), .wrong4, .same("h_t = tanh(Wxh·x_t + Whh·h_{t−1} + bh)")),
        (.same("y = np.exp(hprev)"), .wrong5, .same("y_t = Why·h_t + by, p_t = softmax(y_t)")),
        (.same("loss += -np.log(y[targets[i], 0])"), .wrong6, Text.fix6.words()),
        (Text.listingBackprop.words(), .wrong7, Text.fix7.words()),
        (Text.listingStops.words(), .wrong8, Text.fix8.words()),
        (.same("one-hot vectors ∈ ℝ²⁵⁶"), .wrong9, Text.fix9.words()),
    ]

    static func figure() -> Figure {
        let examples = CharRNNExamples.all
        func listingTable(_ language: Language) -> Table {
            Table(header: [Text.listingSlide(language), Text.listingWrong(language), Text.listingCNNLab(language)],
                  rows: listing.map { [$0.code(language), $0.wrong(language), $0.fix(language)] }, alignments: [.left, .left, .left],
                  fontSize: 8.5)
        }
        return Figure(
            id: "errata", title: Text.errataTitle.words(), caption: Text.errataCaption.words(), source: Text.errataSource.words(),
            width: 1200, height: 330
        ) { canvas, area, language in
            let top = try WorkedExample.drawErrata(examples, language: language, french: Text.examples, on: canvas, in: area)
            _ = try listingTable(language).draw(on: canvas, in: Rect(x: area.minX, y: top + 10, width: area.width, height: area.maxY - top - 10))
        }
    }
}
