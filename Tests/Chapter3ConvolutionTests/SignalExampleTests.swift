import Chapter3Convolution
import NeuralNet
import Testing

/// The 1D examples of IFT 780 (catalogue §3), one test per catalogue id.
@Suite("Worked examples: 1D convolution")
struct SignalExampleTests {
    private func expectClose(_ a: [Double], _ b: [Double], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.count == b.count, "\(a) vs \(b)", sourceLocation: sourceLocation)
        for (x, y) in zip(a, b) { #expect(abs(x - y) < 1e-9, "\(a) vs \(b)", sourceLocation: sourceLocation) }
    }

    private func run(_ id: String) throws -> SignalExamples.Run {
        try #require(SignalExamples.slideRuns.first { $0.example.id == id }).run
    }

    @Test("ift780-1d-d5-f3 — IFT 780 slide 31")
    func shortSignal() throws {
        // OCR damage: the first partial sum is 1 + 4 − 9 (0.3·(−30)), printed "1+4+9"; its output −4.
        let terms = (0..<3).map { SignalExamples.terms(signal: SignalExamples.shortSignal, filter: SignalExamples.shortFilter, window: $0) }
        expectClose(terms.flatMap { $0 }, [1, 4, -9, 2, -6, 12, -3, 8, -15])
        expectClose(try SignalExamples.outputs(signal: SignalExamples.shortSignal, filter: SignalExamples.shortFilter), [-4, 8, -10])
    }

    @Test("the report's computed column is each run's own output, as slides 45, 50, 53, 56 and 58 print it")
    func computedColumnFromTheRun() {
        let computed = SignalExamples.slideRuns.map(\.example.computed)
        #expect(computed == ["21 21 26 −7 23 8 11", "35 −18 33 1 32", "44 −8 44", "35 33 32; (9 − 5)/2 + 1 = 3",
                             "(9 − 5)/3 + 1 = 7/3: invalid; the windows that fit give 35 1"])
    }

    @Test("ift780-1d-valid-f3 — IFT 780 slides 39–45, 129")
    func validF3() throws {
        expectClose(try run("ift780-1d-valid-f3").outputs(), [21, 21, 26, -7, 23, 8, 11])
        #expect(try run("ift780-1d-valid-f3").size.value == 7)
    }

    @Test("ift780-1d-valid-f5 — IFT 780 slides 46–50, 130")
    func validF5() throws {
        expectClose(try run("ift780-1d-valid-f5").outputs(), [35, -18, 33, 1, 32])
        #expect(try run("ift780-1d-valid-f5").size.value == 5)
    }

    @Test("ift780-1d-valid-f7 — IFT 780 slides 51–53, 131")
    func validF7() throws {
        expectClose(try run("ift780-1d-valid-f7").outputs(), [44, -8, 44])
        #expect(try run("ift780-1d-valid-f7").size.value == 3)
    }

    @Test("ift780-1d-f9-fully-connected — IFT 780 slides 132–133 (slide erratum: 67, not 31)")
    func fullyConnected() throws {
        // Slide erratum: with F = D = 9 there is one output, 40·.2 + 50·(−.3) + 70·.4 + 80·(−.5)
        // + 90·.6 + 10·(−.7) + 20·.8 + 30·.9 + 40·(−.1) = 67. The slide prints 31, which no OCR slip
        // explains: the alternating-sign filter gives 21, the true (flipped) convolution 97.
        let f9 = SignalExamples.filter9
        expectClose(SignalExamples.terms(filter: f9, window: 0), [8, -15, 28, -40, 54, -7, 16, 27, -4])
        expectClose(try SignalExamples.outputs(filter: f9), [67])
        #expect(SignalExamples.fullyConnectedPrinted == 31)
        expectClose(try SignalExamples.outputs(filter: SignalExamples.alternatingFilter9), [21])
        expectClose(try SignalExamples.outputs(filter: f9, flipped: true), [97])
        // 'same' padding (P = 4) would give nine outputs, none of them 31 either.
        expectClose(try SignalExamples.outputs(filter: f9, padding: .same), [108, 105, 56, -19, 67, 28, 44, -27, 32])
    }

    @Test("ift780-1d-f5-s2 — IFT 780 slides 54–56")
    func strideTwo() throws {
        expectClose(try run("ift780-1d-f5-s2").outputs(), [35, 33, 32])
        #expect(try run("ift780-1d-f5-s2").size.value == 3)
    }

    @Test("ift780-1d-f5-s3-invalid — IFT 780 slides 57–59")
    func strideThreeInvalid() throws {
        let invalid = try run("ift780-1d-f5-s3-invalid")
        // (9 − 5)/3 + 1 = 7/3 is not whole: "combinaison D-F-S invalide".
        let error = try #require(throws: ConvolutionError.self) { try invalid.outputs() }
        #expect(error.description == "stride 3 does not tile 9 with a 5-wide filter: (9 − 5)/3 + 1 = 7/3")
        #expect(try invalid.size.fraction == (7, 3))
        // The windows that fit, as slide 58 draws them.
        expectClose(try invalid.fittingOutputs(), [35, 1])
    }

    @Test("ift780-1d-derived-other-strides — derived from IFT 780 slides 39–60")
    func otherStrides() throws {
        let expected: [(Int, Int, [Double]?)] = [
            (3, 2, [21, 26, 23, 11]), (3, 3, [21, -7, 11]), (3, 4, nil), (5, 4, [35, 32]), (7, 2, [44, 44]), (7, 3, nil), (9, 5, [67]),
        ]
        #expect(SignalExamples.otherStrideRuns.count == expected.count)
        for (run, (f, s, outputs)) in zip(SignalExamples.otherStrideRuns, expected) {
            #expect(run.filterWidth == f && run.stride == s)
            if let outputs {
                expectClose(try run.outputs(), outputs)
            } else {
                #expect(throws: ConvolutionError.self) { try run.outputs() }
            }
        }
        // F3 S4: (9 − 3)/4 + 1 = 5/2; F7 S3: (9 − 7)/3 + 1 = 5/3.
        #expect(try SignalExamples.otherStrideRuns[2].size.fraction == (5, 2))
        #expect(try SignalExamples.otherStrideRuns[5].size.fraction == (5, 3))
    }

    @Test("ift780-1d-multifilter-counts — IFT 780 slides 65–67")
    func multifilterCounts() throws {
        // Five filters of width 5 over a 100-neuron layer, 'same': P = 2, 100 neurons per map.
        let g = try ConvolutionGeometry(signalShape: [1, 1, 100], kernelShape: [5, 1, 5],
                                        parameters: Conv1DParameters(padding: .same))
        #expect(g.paddingColumns == Padding.Width(2))
        #expect(g.outputWidth == 100)
        #expect(g.neuronCount == 500)
        #expect(g.parameterCount(includingBias: false) == 25)
    }
}
