import Chapters
import Plot

/// Figure 6: the chapter's worked examples against the computation, and what the OCR'd
/// min-char-rnn listing of slide 235 gets wrong (catalogue §13, §15).
enum ErrataFigure {
    /// The listing's faults, each with what CNNLab does instead (after Karpathy's gist).
    static let listing: [[String]] = [
        ["chars = list(data)", "every character of the text, repeats included (V = len(data))",
         "the distinct characters, sorted: list(set(data)) in the gist, sorted here so the order is fixed"],
        ["ix_to_char = {i:c for c,i in enumerate(chars)}", "keys and values swapped: characters → indices again",
         "index → character (CharacterVocabulary.symbols)"],
        ["print \"…%d unique: %s\" % (data_size, vocab_size)", "three placeholders, two values: a TypeError",
         "the command prints the sizes and the alphabet's size"],
        ["tanh(Wih·x + Whh·hprev + Why + biases)", "Why (V×H, the output weights) added inside the hidden step",
         "h_t = tanh(Wxh·x_t + Whh·h_{t−1} + bh)"],
        ["y = np.exp(hprev)", "exponential of the hidden state: no output layer, no normalisation",
         "y_t = Why·h_t + by, p_t = softmax(y_t)"],
        ["loss += -np.log(y[targets[i], 0])", "loss is never initialised (a NameError)", "L = Σ_t −ln p_t[target_t] from 0"],
        ["def backprop(…): the forward loop again", "no gradient is computed; x[0] of an empty list",
         "BPTT: dy = p − onehot, draw = (1 − h²)·dh, dhnext = Whhᵀ·draw (gradient-checked)"],
        ["(the listing stops there)", "no update, no clipping, no sampling",
         "clip to [−5, 5], Adagrad (ε = 10⁻⁸ in the root), S ← 0.999·S + 0.001·L, sampling"],
        ["one-hot vectors ∈ ℝ²⁵⁶", "a byte alphabet", "V entries: 4 for masse, 62 for the Sonnets, 65 for Karpathy's text"],
    ]

    static func figure() -> Figure {
        let examples = CharRNNExamples.all
        let listingTable = Table(header: ["slide 235, as OCR'd", "what is wrong", "CNNLab (after Karpathy's gist)"],
                                 rows: listing, alignments: [.left, .left, .left], fontSize: 8.5)
        return Figure(
            id: "errata", title: "Errata: the recurrent-network slides and the min-char-rnn listing against the computation",
            caption: "The three worked examples match the slides (the forward pass uses constructed weights, since the slides "
                + "give none). The yellow (ambiguous) row is the listing of slide 235 as OCR'd: it does not run, and the table below says "
                + "why, line by line. The hyper-parameters it prints (hidden_size 100, seq_length 25, learning_rate 1e-1, "
                + "weights 0.01·randn, zero biases) are the gist's and are used as printed.",
            source: "IFT 780, slides 207–248 (catalogue §13, §15); Karpathy, gist d4dee566867f8291f086",
            width: 1200, height: 330
        ) { canvas, area in
            let top = try WorkedExample.drawErrata(examples, on: canvas, in: area)
            _ = try listingTable.draw(on: canvas, in: Rect(x: area.minX, y: top + 10, width: area.width, height: area.maxY - top - 10))
        }
    }
}
