import Chapters
import NeuralNet
import Tensors

/// The 1D examples of IFT 780 (Jodoin, slides 31–67 and 129–133; catalogue §3), as data: the
/// signal, the filters, and for each example what the slide prints and what CNNLab computes.
public enum SignalExamples {
    /// The signal of slides 39–59 and 129–133 (D = 9).
    public static let signal: [Double] = [40, 50, 70, 80, 90, 10, 20, 30, 40]
    /// The filter of width 9 (slides 132–133), which sees the whole signal at once.
    public static let filter9: [Double] = [0.2, -0.3, 0.4, -0.5, 0.6, -0.7, 0.8, 0.9, -0.1]

    /// The filter of width F: a prefix of [.2, −.3, .4, −.5, .6, −.7, .8] for F = 3, 5, 7, and
    /// ``filter9`` for F = 9.
    public static func filter(width: Int) -> [Double] {
        width == 9 ? filter9 : Array([0.2, -0.3, 0.4, -0.5, 0.6, -0.7, 0.8].prefix(width))
    }

    /// Slide 31's first example, [10, 20, −30, 40, −50] * [.1, .2, .3].
    public static let shortSignal: [Double] = [10, 20, -30, 40, -50]
    public static let shortFilter: [Double] = [0.1, 0.2, 0.3]

    /// One run of the filter along a signal: its stride, and the outputs the catalogue gives
    /// (`nil` when the D-F-S combination is invalid).
    public struct Run: Sendable {
        public let filterWidth: Int
        public let stride: Int
        public let expected: [Double]?
        /// The outputs of the windows that fit, when the combination is invalid (slide 58 draws them).
        public let windowsThatFit: [Double]?

        public init(filterWidth: Int, stride: Int, expected: [Double]?, windowsThatFit: [Double]? = nil) {
            self.filterWidth = filterWidth
            self.stride = stride
            self.expected = expected
            self.windowsThatFit = windowsThatFit
        }
    }

    /// The valid runs of slides 39–56 and the invalid one of slides 57–59, by catalogue id; the
    /// `computed` text is the run's own output (``Run/computedText``).
    public static let slideRuns: [(example: WorkedExample, run: Run)] = [
        slideRun("ift780-1d-valid-f3", "IFT 780, slides 39–45, 129", printed: "21 21 26 −7 23 8 11 (size 7)",
                 Run(filterWidth: 3, stride: 1, expected: [21, 21, 26, -7, 23, 8, 11])),
        slideRun("ift780-1d-valid-f5", "IFT 780, slides 46–50, 130", printed: "35 −18 33 1 32 (size 5)",
                 Run(filterWidth: 5, stride: 1, expected: [35, -18, 33, 1, 32])),
        slideRun("ift780-1d-valid-f7", "IFT 780, slides 51–53, 131", printed: "44 −8 44 (size 3)",
                 Run(filterWidth: 7, stride: 1, expected: [44, -8, 44])),
        slideRun("ift780-1d-f5-s2", "IFT 780, slides 54–56", printed: "35 33 32 (size 3)",
                 Run(filterWidth: 5, stride: 2, expected: [35, 33, 32])),
        slideRun("ift780-1d-f5-s3-invalid", "IFT 780, slides 57–59", printed: "35, then 35 1, then \"combinaison D-F-S invalide\"",
                 Run(filterWidth: 5, stride: 3, expected: nil, windowsThatFit: [35, 1])),
    ]

    /// A slide's run as a worked example whose `computed` text comes from the run itself.
    static func slideRun(_ id: String, _ source: String, printed: String, _ run: Run) -> (example: WorkedExample, run: Run) {
        (WorkedExample(id: id, source: source, printed: printed, computed: run.computedText, verdict: .matches), run)
    }

    /// `ift780-1d-derived-other-strides`: the other strides of the same signal and filters.
    public static let otherStrides = WorkedExample(
        id: "ift780-1d-derived-other-strides", source: "derived from IFT 780, slides 39–60", printed: "—",
        computed: "F3 S2: 21 26 23 11; F3 S3: 21 −7 11; F3 S4 invalid; F5 S4: 35 32; F7 S2: 44 44; F7 S3 invalid; F9: 67",
        verdict: .derived)
    public static let otherStrideRuns: [Run] = [
        Run(filterWidth: 3, stride: 2, expected: [21, 26, 23, 11]),
        Run(filterWidth: 3, stride: 3, expected: [21, -7, 11]),
        Run(filterWidth: 3, stride: 4, expected: nil, windowsThatFit: [21, 23]),
        Run(filterWidth: 5, stride: 4, expected: [35, 32]),
        Run(filterWidth: 7, stride: 2, expected: [44, 44]),
        Run(filterWidth: 7, stride: 3, expected: nil, windowsThatFit: [44]),
        Run(filterWidth: 9, stride: 5, expected: [67]),
    ]

    /// `ift780-1d-d5-f3`, slide 31.
    public static let shortExample = WorkedExample(
        id: "ift780-1d-d5-f3", source: "IFT 780, slide 31",
        printed: "partial sums 1+4+9, 2−6+12, −3+8−15; outputs −4 / 4 8 / −4 8 −10",
        computed: "terms 1 4 −9, 2 −6 12, −3 8 −15; outputs −4 8 −10",
        verdict: .ocrDamage(recovered: "1+4−9 (the OCR dropped the minus) and −4 in the second frame"))

    /// `ift780-1d-f9-fully-connected`, slides 132–133: F = D, one output — a fully connected neuron.
    public static let fullyConnected = WorkedExample(
        id: "ift780-1d-f9-fully-connected", source: "IFT 780, slides 132–133", printed: "31",
        computed: "8 − 15 + 28 − 40 + 54 − 7 + 16 + 27 − 4 = 67",
        verdict: .erratum("40·.2 + 50·(−.3) + 70·.4 + 80·(−.5) + 90·.6 + 10·(−.7) + 20·.8 + 30·.9 + 40·(−.1) = 67; "
            + "no sign or digit slip an OCR could cause gives 31 (continuing the alternating signs, […, .8, −.9, .1], "
            + "gives 21; the flipped kernel 97)"))
    /// What the slide prints for the F = 9 neuron.
    public static let fullyConnectedPrinted: Double = 31
    /// The filter that continues the alternating signs of the prefixes: it gives 21, not 31 either.
    public static let alternatingFilter9: [Double] = [0.2, -0.3, 0.4, -0.5, 0.6, -0.7, 0.8, -0.9, 0.1]

    /// `ift780-1d-multifilter-counts`, slides 65–67: five filters of width 5 over 100 inputs, 'same'.
    public static let multifilterCounts = WorkedExample(
        id: "ift780-1d-multifilter-counts", source: "IFT 780, slides 65–67",
        printed: "100 neurons per map, 500 in all, 25 parameters",
        computed: "'same' needs P = 2: (100 − 5 + 4)/1 + 1 = 100; 5·100 = 500; 5·5 = 25 weights", verdict: .matches)
}

extension SignalExamples {
    /// The signal * filter of width F at stride S with ``conv1d(_:kernel:bias:parameters:implementation:)``
    /// (throws for an invalid D-F-S combination).
    public static func outputs(signal: [Double] = signal, filter: [Double], stride: Int = 1,
                               padding: Padding = .valid, flipped: Bool = false) throws -> [Double] {
        let x = try Tensor(shape: [1, 1, signal.count], scalars: signal)
        let w = try Tensor(shape: [1, 1, filter.count], scalars: filter)
        return try conv1d(x, kernel: w, parameters: Conv1DParameters(stride: stride, padding: padding, flipped: flipped)).scalars
    }

    /// Numbers as the slides print them: whole numbers without decimals, at most two otherwise,
    /// a true minus sign, separated by spaces.
    public static func slideText(_ values: [Double]) -> String {
        values.map { value in
            let rounded = (value * 100).rounded() / 100
            let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
            return text.replacingOccurrences(of: "-", with: "−")
        }.joined(separator: " ")
    }

    /// The products x(i·S + u)·W(u) of window i, the terms of its sum.
    public static func terms(signal: [Double] = signal, filter: [Double], window i: Int, stride: Int = 1) -> [Double] {
        filter.indices.map { u in signal[i * stride + u] * filter[u] }
    }
}

extension SignalExamples.Run {
    /// What the run computes, as the slides print numbers: "21 21 26 −7 23 8 11", or for an
    /// invalid combination its size rule and the windows that fit, "(9 − 5)/3 + 1 = 7/3: invalid;
    /// the windows that fit give 35 1". A size with a whole value is added when the stride is
    /// above 1: "35 33 32; (9 − 5)/2 + 1 = 3".
    public var computedText: String {
        do {
            let size = try self.size
            guard size.isValid else {
                return "\(size): invalid; the windows that fit give \(SignalExamples.slideText(try fittingOutputs()))"
            }
            let values = SignalExamples.slideText(try outputs())
            return stride > 1 ? "\(values); \(size)" : values
        } catch {
            return "\(error)"
        }
    }

    /// The outputs, or the error that refuses the combination.
    public func outputs() throws -> [Double] {
        try SignalExamples.outputs(filter: SignalExamples.filter(width: filterWidth), stride: stride)
    }

    /// The outputs of the windows that fit: those starting at 0, S, 2S, … with i·S + F ≤ D — the
    /// valid convolution of the signal cut after the last such window.
    public func fittingOutputs() throws -> [Double] {
        let d = SignalExamples.signal.count
        let last = (d - filterWidth) / stride * stride + filterWidth
        return try SignalExamples.outputs(signal: Array(SignalExamples.signal.prefix(last)),
                                          filter: SignalExamples.filter(width: filterWidth), stride: stride)
    }

    /// (D − F)/S + 1 for this run.
    public var size: OutputSize {
        get throws { try OutputSize(input: SignalExamples.signal.count, filter: filterWidth, stride: stride) }
    }
}
