import Chapter7AlexNet
import NeuralNet
import PropertyTesting
import Testing

/// The calculator against the rules it is built on, and the errors it throws.
@Suite("Architecture calculator")
struct ArchitecturePropertyTests {
    @Test("A convolution's output is OutputSize's value; a D-F-S that does not tile throws its error")
    func outputSizeRule() async {
        await checkProperty(count: 50, input: Gen.int(in: 1...40), Gen.int(in: 1...7), Gen.int(in: 1...4)) { d, f, s in
            let net = Architecture(name: "one", input: .maps(height: d, width: d, channels: 2),
                                   layers: [.init("conv", .conv(filters: 3, kernel: f, stride: s))])
            let rule = try OutputSize(input: d, filter: f, stride: s, axis: "height")
            if rule.isValid {
                let o = try rule.value
                let output = try net.table().output
                #expect(output == .maps(height: o, width: o, channels: 3))
            } else if rule.span >= 0 {
                #expect(throws: ConvolutionError.strideDoesNotTile(rule)) { try net.table() }
            } else {
                #expect(throws: ConvolutionError.filterDoesNotFit(rule)) { try net.table() }
            }
        }
    }

    @Test("Convolution parameters do not depend on the image size: m(n·k·k + 1)")
    func parametersIndependentOfSize() async {
        await checkProperty(count: 50, input: Gen.int(in: 1...8), Gen.int(in: 1...5), Gen.int(in: 1...16)) { n, k, m in
            let layer = LayerSpec.conv(filters: m, kernel: k, stride: 1, padding: .same)
            let counts = try [k, 2 * k + 3, 50].map { side in
                try Architecture(name: "one", input: .maps(height: side, width: side, channels: n),
                                  layers: [.init("conv", layer)]).table().parameters
            }
            #expect(counts == Array(repeating: m * (n * k * k + 1), count: 3))
        }
    }

    @Test("L stacked k×k layers of stride 1 see 1 + L(k − 1)")
    func receptiveFieldOfStack() async {
        await checkProperty(count: 50, input: Gen.int(in: 1...6), Gen.int(in: 1...7)) { depth, k in
            let net = Architecture(name: "stack", input: .maps(height: 64, width: 64, channels: 1),
                                   layers: (0..<depth).map { .init("conv\($0)", .conv(filters: 1, kernel: k)) })
            let fields = try net.receptiveFields()
            #expect(fields == (1...depth).map { 1 + $0 * (k - 1) })
        }
    }

    @Test("Layers that cannot follow are refused with a sentence")
    func errors() throws {
        let flat = Architecture(name: "bad", input: .vector(10), layers: [.init("conv", .conv(filters: 1, kernel: 3))])
        #expect(throws: ArchitectureError.needsMaps(layer: "conv", given: .vector(10))) { try flat.table() }
        let groups = Architecture(name: "bad", input: .maps(height: 8, width: 8, channels: 3),
                                  layers: [.init("conv", .conv(filters: 4, kernel: 3, groups: 2))])
        #expect(throws: ArchitectureError.self) { try groups.table() }
        #expect(throws: ArchitectureError.notSpatial(layer: "FC6")) { try Networks.alexNet.receptiveFields() }
        let message = ArchitectureError.needsMaps(layer: "conv", given: .vector(10)).description
        #expect(message == "layer conv needs feature maps H×W×C, got a flat vector of 10")
    }

    @Test("Every worked example of the chapter is a catalogue id, once, in the catalogue's order")
    func catalogue() {
        #expect(ArchitectureExamples.all.map(\.id) == [
            "lenet5-32x32-shapes", "lenet5-28x28-jodoin", "lenet1-28x28-jodoin", "alexnet-shapes-and-conv1",
            "alexnet-param-total", "alexnet-224-vs-227", "alexnet-imagenet-counts", "vgg16-counts-and-memory",
            "gorner-config1", "gorner-config2", "ranvier-keras-model", "receptive-field-3x3-stack", "pasco-lenet7-norb",
            "pasco-pipeline-sketch",
        ])
        let ambiguous = ArchitectureExamples.all.filter { $0.verdict.label == "ambiguous" }.map(\.id)
        #expect(ambiguous == ["alexnet-param-total", "pasco-lenet7-norb", "pasco-pipeline-sketch"])
    }

    @Test("The report has its six figures")
    func report() throws {
        let report = try Chapter7AlexNet.makeReport(quick: true)
        #expect(report.figures.map(\.id) == ["alexnet-diagram", "alexnet-table", "vgg16-table", "parameters-vs-neurons",
                                             "receptive-field", "errata"])
    }
}
