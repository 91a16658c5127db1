@testable import Chapter6LeNet
import NeuralNet
import Testing

/// The report's figures that need no training show the numbers the other tests assert.
@Suite("Report")
struct ReportTests {
    @Test("the LeNet-5 diagram's boxes carry the catalogue's shapes and parameters (IFT 780 slides 168–169)")
    func leNet5Diagram() throws {
        let network: Sequential<Float> = try NetworkRecipe.leNet5.build(seed: 1)
        let boxes = try DiagramFigure.diagram(network).layers
        #expect(boxes.map(\.shape) == ["28×28×1", "24×24×6", "12×12×6", "8×8×16", "4×4×16", "256", "120", "84", "10"])
        #expect(boxes[1].detail == "6 × 5×5, valid · 156 params + tanh")
        #expect(boxes.last?.detail == "dense · 850 params + softmax")
    }

    @Test("the LeNet-1 diagram (IFT 780 slides 166–167): 24×24×4 → 12×12×4 → 8×8×12 → 4×4×12 = 192 → 10")
    func leNet1Diagram() throws {
        let network: Sequential<Float> = try NetworkRecipe.leNet1.build(seed: 1)
        #expect(try DiagramFigure.diagram(network).layers.map(\.shape) == ["28×28×1", "24×24×4", "12×12×4", "8×8×12", "4×4×12", "192", "10"])
    }

    @Test("the errata page's parameter counts are the built networks'")
    func notesCounts() throws {
        let text = NotesFigure.rows.joined().joined(separator: " ")
        let gorner1: Sequential<Float> = try NetworkRecipe.gorner1.build(seed: 1)
        let gorner1Figure: Sequential<Float> = try NetworkRecipe(name: "g", architecture: Networks.gorner1(w2Kernel: 4), activation: .relu).build(seed: 1)
        let leNet5: Sequential<Float> = try NetworkRecipe.leNet5.build(seed: 1)
        let ranvier: Sequential<Float> = try NetworkRecipe.ranvier.build(seed: 1)
        #expect(gorner1.parameterCount == 122_270 && text.contains("122,270"))
        #expect(gorner1Figure.parameterCount == 121_982 && text.contains("121,982"))
        #expect(leNet5.parameterCount == 44_426 && text.contains("44,426"))
        #expect(ranvier.parameterCount + ranvier.statisticCount == 422_410 && text.contains("422,410"))
        #expect(NotesFigure.rows.allSatisfy { $0.count == 4 })
    }
}

@Suite("Per-class accuracy")
struct PerClassAccuracyTests {
    @Test("each class's share of its examples predicted right, in percent (the bars of figures 6 and 9)")
    func shares() {
        // Class 0: 2 of 3 right; class 1: 1 of 1; class 2: 0 of 2.
        let labels = [0, 0, 0, 1, 2, 2], predictions = [0, 1, 0, 1, 0, 1]
        let accuracy = ErrorFigures.perClassAccuracy(labels: labels, predictions: predictions, classes: 3)
        #expect(accuracy.count == 3)
        #expect(abs(accuracy[0] - 200.0 / 3) < 1e-12 && accuracy[1] == 100 && accuracy[2] == 0)
    }
}
