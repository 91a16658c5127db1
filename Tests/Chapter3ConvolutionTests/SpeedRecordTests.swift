@testable import Chapter3Convolution
import Testing

/// The speed figure draws the recorded measurement (the table of the chapter's README), not a run.
@Suite("Recorded convolution speed (figure 9)")
struct SpeedRecordTests {
    @Test("the record holds the README's five layers with their one-thread forward + backward times")
    func recorded() throws {
        let record = try ConvolutionSpeed.recorded()
        #expect(record.layers.map(\.name) == ["LeNet-5 C1", "LeNet-5 C3", "AlexNet CONV1", "AlexNet CONV2", "AlexNet CONV3"])
        let c3 = record.layers[1].oneThread
        #expect(c3.direct == 76.5 && c3.im2col == 2.85 && c3.vectorized == 1.97 && c3.pytorch == 2.68)
        #expect(record.layers.allSatisfy { $0.twoThreads.direct == nil })
    }

    @Test("the caption states the direct loops' worst ratio to PyTorch, from the record")
    func caption() throws {
        let text = try SpeedFigure.figure().caption.english
        #expect(text.contains("up to 75× slower (AlexNet CONV3)"))
        #expect(!text.contains("Chapters/"))
    }
}
