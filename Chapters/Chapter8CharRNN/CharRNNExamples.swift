import Chapters
import Foundation
import NeuralNet
import Tensors

/// The chapter's worked examples (catalogue §13, IFT 780 slides 207–248) as data: the "masse"
/// toy problem, the constructed forward pass, the seq2seq alphabets and min-char-rnn's starting
/// loss. The tests assert these values; the report draws the same ones.
public enum CharRNNExamples {
    /// The word of slides 218–234.
    public static let masse = "masse"
    /// Its alphabet, slide 219: [a, e, m, s] (sorted, as the vocabulary sorts).
    public static let masseAlphabet = ["a", "e", "m", "s"]
    /// The hidden state h₁ slide 220 prints after x₁ = m (3 hidden units; the weights are not given).
    public static let printedFirstHidden = [-0.3, -0.1, 0.9]

    /// With h₀ = 0, h₁ = tanh(column m of Wxh + bh): the printed h₁ pins that column to atanh(h₁).
    public static var firstHiddenPreActivation: [Double] { printedFirstHidden.map(atanh) }

    /// The constructed weights of `ift780-rnn-forward-shapes` (slides 208–209's shapes, V = 4,
    /// H = 3): Wxh = 0.1 everywhere, Whh = 0.5·I, Why = 0.2 everywhere, no biases.
    public static func constructedNetwork() throws -> VanillaRNN {
        try VanillaRNN(
            wxh: Tensor(shape: [3, 4], repeating: 0.1),
            whh: Tensor(shape: [3, 3]) { $0[0] == $0[1] ? 0.5 : 0 },
            why: Tensor(shape: [4, 3], repeating: 0.2),
            bh: Tensor(zeros: [3]), by: Tensor(zeros: [4]))
    }

    /// Seq2seq's alphabets (slides 243–248), tokens first and last as the slides list them.
    public static let frenchAlphabet = ["<BoS>", "a", "e", "s", "z", "<EoS>"]
    /// The English alphabet of the same slides.
    public static let englishAlphabet = ["<BoS>", "e", "g", "h", "n", "o", "u", "<EoS>"]

    /// min-char-rnn's hyper-parameters as slide 235 prints them.
    public static let slideSettings = CharRNNTrainer.Settings(hiddenSize: 100, sequenceLength: 25, learningRate: 0.1)

    /// The four rows of catalogue §13, in its order: what the errata page draws.
    public static let all: [WorkedExample] = [
        WorkedExample(
            id: "ift780-rnn-masse-onehot", source: "IFT 780, slides 219–221",
            printed: "a = [1,0,0,0] … s = [0,0,0,1]; h₁ = [−0.3, −0.1, 0.9]",
            computed: "[2,0,3,3,1]; m,a,s,s → a,s,s,e; Wxh[:, m] + bh = atanh(h₁) = [−0.3095, −0.1003, 1.4722]",
            verdict: .matches),
        WorkedExample(
            id: "ift780-rnn-forward-shapes", source: "IFT 780, slides 208–209",
            printed: "h = tanh(Wxh x + Whh h), y = softmax(Why h)",
            computed: "Wxh = 0.1, Whh = 0.5·I, Why = 0.2: h₄ = [0.1842, 0.1842, 0.1842], p = [¼, ¼, ¼, ¼]",
            verdict: .constructed),
        WorkedExample(
            id: "ift780-seq2seq-assez-enough", source: "IFT 780, slides 243–248",
            printed: "fr [<BoS>,a,e,s,z,<EoS>], en [<BoS>,e,g,h,n,o,u,<EoS>]",
            computed: "assez = [1,3,3,2,4], enough = [1,4,5,6,2,3]; decoder out [1,4,5,6,2,3,7]",
            verdict: .matches),
        WorkedExample(
            id: "ift780-min-char-rnn", source: "IFT 780, slides 235–240",
            printed: "hidden 100, seq 25, lr 1e-1; the listing",
            computed: "S₀ = 25·ln V: 34.657 (V = 4), 104.36 (V = 65), 103.18 (Sonnets)",
            verdict: .ambiguous("the listing as OCR'd does not run (see the list below); CNNLab follows Karpathy's gist: "
                + "softmax output, cross-entropy, BPTT, clipping to [−5, 5], Adagrad with ε = 10⁻⁸, smoothed loss 0.999/0.001")),
    ]
}
