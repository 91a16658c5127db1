import NeuralNet
import PropertyTesting
import Tensors
import Testing

/// The recipe's extras: augmentation (IFT 780 slide 180) and the cosine schedule.
@Suite("Data augmentation and the learning-rate schedule")
struct AugmentationTests {
    /// Image n of a batch of 3×3 images holding 10n + (1 … 9), row by row.
    static func numbered(_ count: Int) throws -> Tensor<Double> {
        try Tensor(shape: [count, 1, 3, 3]) { index in Double(10 * index[0] + 3 * index[2] + index[3] + 1) }
    }

    /// Where each value of `image` came from: (dy, dx, mirrored) such that the image is `original`
    /// moved and mirrored, or nil when no move explains it.
    static func move(of image: [Double], from original: [Double]) -> (dy: Int, dx: Int, mirrored: Bool)? {
        for mirrored in [false, true] {
            for dy in -1...1 {
                for dx in -1...1 {
                    let expected = (0..<3).flatMap { i in
                        (0..<3).map { j -> Double in
                            let (si, sj) = (i - dy, (mirrored ? 2 - j : j) - dx)
                            return (0..<3).contains(si) && (0..<3).contains(sj) ? original[3 * si + sj] : 0
                        }
                    }
                    if expected == image { return (dy, dx, mirrored) }
                }
            }
        }
        return nil
    }

    @Test("a shift of (1, −1) and a mirror, by hand: [1 2 3; 4 5 6; 7 8 9] becomes [0 0 0; 0 3 2; 0 6 5]")
    func oneMoveByHand() throws {
        // Found by drawing until the generator gives dy = 1, dx = −1, mirrored; the expected
        // image is written from the formula out[i, j] = x[i − 1, (2 − j) + 1]: row 1 is row 0
        // read from column 3 − j, (outside, 3, 2); row 2 is row 1's (outside, 6, 5).
        let x = try Self.numbered(1)
        let augmentation = Augmentation(maxShift: 1, horizontalFlips: true)
        var generator = SeededGenerator(seed: 0)
        for _ in 0..<200 {
            let image = try augmentation.apply(x, generator: &generator).scalars
            guard let move = Self.move(of: image, from: x.scalars), move == (1, -1, true) else { continue }
            #expect(image == [0, 0, 0, 0, 3, 2, 0, 6, 5])
            return
        }
        Issue.record("200 draws never gave the move (1, −1) mirrored")
    }

    @Test("every augmented image is its own image moved by at most maxShift and maybe mirrored; all 18 moves occur")
    func everyImageIsAMove() throws {
        let x = try Self.numbered(400)
        var generator = SeededGenerator(seed: 3)
        let moved = try Augmentation(maxShift: 1, horizontalFlips: true).apply(x, generator: &generator)
        var seen = Set<String>()
        for n in 0..<400 {
            let image = Array(moved.scalars[(9 * n)..<(9 * n + 9)]), original = Array(x.scalars[(9 * n)..<(9 * n + 9)])
            let move = try #require(Self.move(of: image, from: original), "image \(n) is not a move of its original")
            seen.insert("\(move.dy) \(move.dx) \(move.mirrored)")
        }
        #expect(seen.count == 18)
    }

    @Test("none returns the batch as it is, whatever its shape; the same seed draws the same moves")
    func identityAndSeeds() throws {
        var generator = SeededGenerator(seed: 5)
        let vectors = try Tensor<Double>(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
        #expect(try Augmentation.none.apply(vectors, generator: &generator) == vectors)
        let x = try Self.numbered(50)
        var (a, b, c) = (SeededGenerator(seed: 5), SeededGenerator(seed: 5), SeededGenerator(seed: 6))
        let augmentation = Augmentation(maxShift: 2, horizontalFlips: true)
        #expect(try augmentation.apply(x, generator: &a) == augmentation.apply(x, generator: &b))
        #expect(try augmentation.apply(x, generator: &c) != augmentation.apply(x, generator: &a))
    }

    @Test("refused: a negative shift, and a batch that is not (N, C, H, W)")
    func refused() throws {
        var generator = SeededGenerator(seed: 1)
        #expect(throws: TensorError.self) { try Augmentation(maxShift: -1).apply(Self.numbered(1), generator: &generator) }
        #expect(throws: TensorError.self) {
            try Augmentation(maxShift: 1).apply(Tensor<Double>(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6]), generator: &generator)
        }
    }

    @Test("flips alone: every image keeps its rows' values, each row as it is or reversed")
    func flipsKeepTheRows() async {
        await checkProperty(count: 20, input: Gen.int(in: 0...1_000_000)) { seed in
            var generator = SeededGenerator(seed: UInt64(seed))
            let x = try Self.numbered(30)
            let flipped = try Augmentation(horizontalFlips: true).apply(x, generator: &generator)
            for n in 0..<30 {
                let rows = (0..<3).map { i in Array(x.scalars[(9 * n + 3 * i)..<(9 * n + 3 * i + 3)]) }
                let out = (0..<3).map { i in Array(flipped.scalars[(9 * n + 3 * i)..<(9 * n + 3 * i + 3)]) }
                #expect(out == rows || out == rows.map { Array($0.reversed()) })
            }
        }
    }

    @Test("cosine schedule: μ at the first update, μ/2 halfway, μ(1 + cos(π·3/4))/2 ≈ 0.1464μ at 3/4; constant stays μ")
    func cosine() {
        #expect(LearningRateSchedule.cosine.rate(base: 0.002, step: 0, totalSteps: 100) == 0.002)
        #expect(abs(LearningRateSchedule.cosine.rate(base: 0.002, step: 50, totalSteps: 100) - 0.001) < 1e-15)
        #expect(abs(LearningRateSchedule.cosine.rate(base: 1, step: 75, totalSteps: 100) - 0.146_446_609_4) < 1e-9)
        #expect(LearningRateSchedule.constant.rate(base: 0.002, step: 75, totalSteps: 100) == 0.002)
    }
}
