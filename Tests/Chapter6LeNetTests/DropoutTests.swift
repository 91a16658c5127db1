import NeuralNet
import PropertyTesting
import Tensors
import Testing

/// Dropout's laws: the kept values are scaled by 1/(1 − p) so that the expectation is
/// preserved, the mask comes from the seed alone, and the test pass is the identity.
@Suite("Dropout")
struct DropoutTests {
    @Test("the mask holds 0 or 1/(1 − p); about a fraction p are zeros and its mean is about 1")
    func expectationPreserved() async {
        await checkProperty(count: 20, input: Gen.int(in: 0...9), Gen.int(in: 0...1_000_000)) { tenths, seed in
            try Self.checkMask(rate: Double(tenths) / 10, seed: UInt64(seed))
        }
    }

    static func checkMask(rate p: Double, seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let mask: Tensor<Double> = try Dropout(rate: p).mask(shape: [200, 100], using: &generator)
        let kept = 1 / (1 - p)
        #expect(mask.scalars.allSatisfy { $0 == 0 || $0 == kept })
        let zeros = Double(mask.scalars.filter { $0 == 0 }.count) / Double(mask.count)
        // 20,000 Bernoulli draws: the standard deviation of the fraction is at most 0.0036.
        #expect(abs(zeros - p) < 0.02)
        #expect(abs(mask.mean() - 1) < 0.02 * kept)
    }

    @Test("the same seed draws the same mask, another seed another one")
    func seededDeterminism() throws {
        let dropout = try Dropout(rate: 0.5)
        var (a, b, c) = (SeededGenerator(seed: 9), SeededGenerator(seed: 9), SeededGenerator(seed: 10))
        let first: Tensor<Float> = try dropout.mask(shape: [4, 64], using: &a)
        let second: Tensor<Float> = try dropout.mask(shape: [4, 64], using: &b)
        let third: Tensor<Float> = try dropout.mask(shape: [4, 64], using: &c)
        #expect(first.scalars == second.scalars)
        #expect(first.scalars != third.scalars)
    }

    @Test("test mode is the identity: a network's scores do not change when its dropout layer is removed")
    func identityAtTestTime() throws {
        var generator = SeededGenerator(seed: 4)
        let dense = try Dense<Double>(inputs: 6, outputs: 3, initialization: .glorotUniform, using: &generator)
        let with = try Sequential<Double>(inputShape: [1, 2, 3], layers: [
            .init("flatten", Flatten<Double>()), .init("dropout", DropoutLayer<Double>(try Dropout(rate: 0.5))), .init("out", dense),
        ], seed: 1)
        let without = try Sequential<Double>(inputShape: [1, 2, 3], layers: [.init("flatten", Flatten<Double>()), .init("out", dense)], seed: 1)
        let x = try Tensor<Double>.gaussian(shape: [5, 1, 2, 3], standardDeviation: 1, using: &generator)
        #expect(try with.scores(x).scalars == without.scores(x).scalars)
        // In training the dropout layer does change them.
        var training = with
        #expect(try training.forward(x).scores.scalars != without.scores(x).scalars)
    }

    @Test("a rate outside [0, 1) is refused")
    func rateRefused() {
        #expect(throws: TensorError.self) { try Dropout(rate: 1) }
        #expect(throws: TensorError.self) { try Dropout(rate: -0.1) }
        #expect(throws: TensorError.self) { try Dropout(rate: .nan) }
    }
}
