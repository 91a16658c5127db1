import Chapters

/// The chapter's worked examples (catalogue §10 `receptive-field-3x3-stack` and §12), in the
/// catalogue's order: what the slides print, what ``Architecture/table()`` computes, the verdict.
/// The tests assert the computed column; the errata figure draws this list.
public enum ArchitectureExamples {
    public static let all: [WorkedExample] = [
        WorkedExample(
            id: "lenet5-32x32-shapes", source: "Apprentissage profond ≈ slide 74",
            printed: "C1 6@28×28, S2 6@14×14, C3 16@10×10, S4 16@5×5, C5 120, F6 84, 10",
            computed: "the same shapes; 61,706 parameters (full C3, dense output)",
            verdict: .matches),
        WorkedExample(
            id: "lenet5-28x28-jodoin", source: "IFT 780, slides 168–169",
            printed: "layer list only",
            computed: "24×24×6 → 12×12×6 → 8×8×16 → 256 → 120 → 84 → 10; 44,426 parameters",
            verdict: .derived),
        WorkedExample(
            id: "lenet1-28x28-jodoin", source: "IFT 780, slides 166–167",
            printed: "layer list only",
            computed: "24×24×4 → 12×12×4 → 8×8×12 → 4×4×12 = 192 → 10; 3,246 parameters",
            verdict: .derived),
        WorkedExample(
            id: "alexnet-shapes-and-conv1", source: "IFT 780, slides 172–179",
            printed: "55×55×96; 11·11·96·3 = 34,848; 27×27×96, 0 parameters; slide 179",
            computed: "every shape and count of slide 179 (CONV1 34,944 with biases)",
            verdict: .matches),
        WorkedExample(
            id: "alexnet-param-total", source: "IFT 780, slide 180",
            printed: "~68 millions de paramètres",
            computed: "62,378,344; 60,965,224 with the two-GPU groups",
            verdict: .ambiguous("neither reading gives 68M; \"~60M\" is the usual figure, so the slide's 68 is an OCR "
                + "0 → 8 slip or a rough number; the tests assert the computed counts")),
        WorkedExample(
            id: "alexnet-224-vs-227", source: "Apprentissage profond ≈ slide 75",
            printed: "224×224 input, stride 4, 55×55 maps",
            computed: "(224 − 11)/4 + 1 = 217/4: refused; 227 gives 55",
            verdict: .matches),
        WorkedExample(
            id: "alexnet-imagenet-counts", source: "Apprentissage profond ≈ slide 75",
            printed: "1.2MM images (app.), 50M (val.), 150M (test), 1M catégories",
            computed: "1,200,000 / 50,000 / 150,000 images (M = 10³), 1,000 classes",
            verdict: .matches),
        WorkedExample(
            id: "vgg16-counts-and-memory", source: "IFT 780, slides 182–193",
            printed: "≈ 15 M, ≈ 60 Mo; 138 M, ≈ 552 Mo; ≈ 612 Mo; > 1.1 Go",
            computed: "15,237,608, 60.95 MB; 138,357,544, 553.4 MB; 614.4 MB",
            verdict: .matches),
        WorkedExample(
            id: "gorner-config1", source: "Pasco, slides 42–43",
            printed: "28×28×4 → 14×14×8 → 7×7×12 → 200 → 10",
            computed: "122,270 (W2 5×5, code); 121,982 (W2 4×4, figure)",
            verdict: .ocrDamage(recovered: "shapes read from \"19 x14x8\", \"TxTxlZ\"; the slide's figure (W2 4×4) and code (W2 5×5) disagree")),
        WorkedExample(
            id: "gorner-config2", source: "Pasco, slides 46–48",
            printed: "28×28×6 → 14×14×12 → 7×7×24 → 200 → 10",
            computed: "244,076 parameters",
            verdict: .ocrDamage(recovered: "shapes read from \"19219 xI2\", \"W3(Y4, 4 12, 24]\", \"7x7x24\"")),
        WorkedExample(
            id: "ranvier-keras-model", source: "Ranvier, \"Exemple d'architecture\"",
            printed: "Keras code only",
            computed: "… → 7×7×64 → 3,136 → 128 → 10; 422,282 trainable (+ 128 BN statistics)",
            verdict: .derived),
        WorkedExample(
            id: "receptive-field-3x3-stack", source: "IFT 780, slides 184–186",
            printed: "three 3×3 see 7×7; 3x3x3xC vs 7x7xC",
            computed: "1 + 3·(3 − 1) = 7; 27C vs 49C (27C² vs 49C² for C → C)",
            verdict: .matches),
        WorkedExample(
            id: "pasco-lenet7-norb", source: "Pasco ≈ slide 37",
            printed: "receptive field 96×96; 90,857 parameters",
            computed: "96 → 92 → 23 → 18 → 6 → 1; field 5, 8, 28, 36, 96; 90,957 parameters",
            verdict: .ambiguous("the layers are only in the figure; with a weight and bias per subsampling map and the "
                + "NORB connection table (16, 96, 2,400 kernels) the count is 90,957, 100 from the slide's")),
        WorkedExample(
            id: "pasco-pipeline-sketch", source: "Pasco ≈ slides 56–57",
            printed: "2×2×3 flattened into a small ANN; 0.52 cat, 0.25 dog, 0.91 robot, 0.33 tree",
            computed: "12 inputs; 12 → 4 dense: 52 parameters; decision robot; the scores sum to 2.01",
            verdict: .ambiguous("a schematic: only the flattening and the classifier's size can be checked; the scores "
                + "sum to 2.01, so they are not softmax probabilities")),
    ]
}
