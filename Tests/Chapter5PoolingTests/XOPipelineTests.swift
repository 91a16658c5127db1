import Chapter5Pooling
import NeuralNet
import Testing
import Tensors

/// Catalogue §9: Rohrer's X/O pipeline as Pasco's deck shows it (000, slides 13–27, 40–41), one
/// test per id. Values are ninths k/9: the tests compare the numerators k = 9·value, rounded,
/// exactly, and check the slides' truncated printing separately.
struct XOPipelineTests {
    /// The numerators k = 9·value of maps (C, H, W), rounded to the nearest integer.
    func numerators(_ maps: Tensor<Double>) -> [[[Int]]] {
        let (c, h, w) = (maps.shape[0], maps.shape[1], maps.shape[2])
        return (0..<c).map { k in (0..<h).map { i in (0..<w).map { j in Int((9 * maps[k, i, j]).rounded()) } } }
    }

    var x: XOFeatures {
        get throws { try XOPipeline.features(of: XOPipeline.image(XOImages.x)) }
    }

    @Test("xo-image-and-features — Pasco slides 14–16")
    func imageAndFeatures() throws {
        let image = XOImages.x.flatMap { $0 }
        #expect(image.allSatisfy { $0 == 1 || $0 == -1 })
        #expect(image.filter { $0 == 1 }.count == 13)          // two 7-pixel diagonals sharing (4,4)
        #expect(XOImages.x[4][4] == 1 && XOImages.x[1][7] == 1 && XOImages.x[0][0] == -1)
        #expect(XOImages.x == XOImages.x.map { $0.reversed() })   // the X is its own mirror image
        #expect(XOImages.features[0] == [[1, -1, -1], [-1, 1, -1], [-1, -1, 1]])
        #expect(XOImages.features[1] == [[1, -1, 1], [-1, 1, -1], [1, -1, 1]])
        #expect(XOImages.features[2] == XOImages.features[0].map { $0.reversed() })
    }

    @Test("xo-top-left-0.77 — Pasco slides 17–19")
    func topLeft() throws {
        // Row by row over the top-left window: 1·1 + (−1)(−1) + (−1)(−1) … the slide's row sums
        // 1, 3, 3 (the OCR lost the third row's last term, 1·1, which makes it 3, not 1).
        let window = XOImages.x[0..<3].map { Array($0[0..<3]) }
        let rowSums = zip(window, XOImages.features[0]).map { zip($0, $1).reduce(0) { $0 + $1.0 * $1.1 } }
        #expect(rowSums == [1, 3, 3])
        let value = try x.filtered[0, 0, 0]
        #expect(Int((9 * value).rounded()) == 7)
        #expect(SlideTruncation.string(value) == "0.77")       // truncated; rounding would print 0.78
        #expect(SlideTruncation.string(5.0 / 9) == "0.55" && SlideTruncation.string(-5.0 / 9) == "-0.55")
    }

    @Test("xo-conv-feature1 — Pasco slides 19–20")
    func feature1() throws {
        let maps = try x.filtered
        #expect(numerators(maps)[0] == XOImages.filteredNumerators[0])
        #expect(numerators(maps)[0][3] == [3, 3, -3, 5, -3, 3, 3])
        // As the slides print it: every cell truncated to two decimals.
        let printed = (0..<7).map { i in (0..<7).map { j in SlideTruncation.string(maps[0, i, j]) } }
        #expect(printed == XOImages.feature1Printed)
    }

    @Test("xo-conv-feature2 — Pasco slide 21")
    func feature2() throws {
        let k = numerators(try x.filtered)[1]
        #expect(k == XOImages.filteredNumerators[1])
        #expect(k[3][3] == 9 && k[2][3] == -7)                  // the centre matches perfectly
    }

    @Test("xo-conv-feature3 — Pasco slide 21")
    func feature3() throws {
        let k = numerators(try x.filtered)
        #expect(k[2] == XOImages.filteredNumerators[2])
        #expect(k[2] == k[0].map { $0.reversed() })             // feature 1's map mirrored left–right
    }

    @Test("xo-relu — Pasco slides 24–26")
    func relu() throws {
        let features = try x
        let rectified = features.rectified
        #expect((0..<7).map { SlideTruncation.string(rectified[0, 0, $0]) } == XOImages.reluFirstRowPrinted)
        // Negatives become 0, the rest is unchanged.
        #expect(zip(features.filtered.scalars, rectified.scalars).allSatisfy { $1 == Swift.max($0, 0) })
        #expect(numerators(rectified)[0][1] == [0, 9, 0, 3, 0, 1, 0])
    }

    @Test("xo-maxpool-2x2-s2 — Pasco slides 22–23")
    func maxPool() throws {
        let features = try x
        // (7 − 2)/2 + 1 = 3.5: the partial windows of the last row and column are kept, 7 → 4.
        #expect(features.pooled.shape == [3, 4, 4])
        #expect(numerators(features.pooled) == XOImages.pooledNumerators)
        // The same before or after ReLU: every pooled maximum is positive.
        let pooledBeforeReLU = try XOPipeline.pooling(features.filtered)
        #expect(pooledBeforeReLU == features.pooled)
        // The corner (3, 3) pools the single cell (6, 6): 7/9 for feature 1.
        #expect(numerators(features.pooled)[0][3][3] == 7)
    }

    @Test("pasco-gorner-rgb-kernels — Pasco slides 40–41")
    func rgbKernels() throws {
        // W[4,4,3]: one 4×4 kernel per colour; W[4,4,3,2]: two such kernels (two output maps).
        let one = try ConvolutionGeometry(inputShape: [1, 3, 28, 28], kernelShape: [1, 3, 4, 4], parameters: Conv2DParameters())
        let two = try ConvolutionGeometry(inputShape: [1, 3, 28, 28], kernelShape: [2, 3, 4, 4], parameters: Conv2DParameters())
        #expect(one.parameterCount(includingBias: false) == 48)
        #expect(two.parameterCount(includingBias: false) == 96)
        #expect(two.parameterCount() == 98)
        #expect(two.outputShape == [1, 2, 25, 25])
    }

    @Test("the vote: each prototype votes 1 for itself; shifted and deformed X still read as X")
    func vote() throws {
        let xTrace = try XOPipeline.run(XOPipeline.image(XOImages.x))
        let oTrace = try XOPipeline.run(XOPipeline.image(XOImages.o))
        #expect(xTrace.labels == ["X", "O"])
        #expect(abs(xTrace.votes[0] - 1) < 1e-12 && abs(oTrace.votes[1] - 1) < 1e-12)
        #expect(xTrace.decision == "X" && oTrace.decision == "O")
        // Symmetric: cos(P_X, P_O) is both the X's vote for O and the O's vote for X.
        #expect(abs(xTrace.votes[1] - oTrace.votes[0]) < 1e-12)
        for image in [XOImages.shiftedX, XOImages.deformedX] {
            let trace = try XOPipeline.run(XOPipeline.image(image))
            #expect(trace.decision == "X")
            #expect(trace.votes.allSatisfy { (0...1).contains($0) })
        }
        #expect(throws: XOError.imageShape([8, 8])) { try XOPipeline.run(Tensor<Double>(zeros: [8, 8])) }
    }
}
