@testable import Engine
import Foundation
import PropertyTesting
import Testing

/// The engine's eight-lane exp, tanh and 1/√ against Foundation's, on random arguments.
@Suite("VectorMath against Foundation")
struct VectorMathTests {
    @Test("exp within 4·10⁻⁷ relative on [−80, 80]")
    func exp() async {
        await checkProperty(input: Gen.float(in: -80...80), Gen.float(in: -5...5)) { a, b in
            let x = SIMD8<Float>(a, b, a / 2, b / 3, -a, -b, 0, a * b / 100)
            let y = VectorMath.exp(x)
            for i in 0..<8 {
                let expected = Foundation.exp(Double(x[i]))
                #expect(abs(Double(y[i]) - expected) <= 4e-7 * expected, "exp(\(x[i])) = \(y[i]), expected \(expected)")
            }
        }
    }

    @Test("tanh within 3·10⁻⁷ absolute and 10⁻⁶ relative on [−20, 20]")
    func tanh() async {
        await checkProperty(input: Gen.float(in: -20...20), Gen.float(in: -1...1)) { a, b in
            let x = SIMD8<Float>(a, b, a / 10, b / 100, -a, -b, 0, 0.624)
            let y = VectorMath.tanh(x)
            for i in 0..<8 {
                let expected = Foundation.tanh(Double(x[i]))
                #expect(abs(Double(y[i]) - expected) <= 3e-7 + 1e-6 * abs(expected), "tanh(\(x[i])) = \(y[i]), expected \(expected)")
            }
        }
    }

    @Test("1/√x within 10⁻⁶ relative from 10⁻⁸ to 10⁶")
    func reciprocalSquareRoot() async {
        await checkProperty(input: Gen.float(in: -8...6)) { e in
            let x = SIMD8<Float>((0..<8).map { Float(pow(10, Double(e))) * (1 + Float($0) / 8) })
            let y = VectorMath.reciprocalSquareRoot(x)
            for i in 0..<8 {
                let expected = 1 / Double(x[i]).squareRoot()
                #expect(abs(Double(y[i]) - expected) <= 1e-6 * expected, "1/√\(x[i]) = \(y[i]), expected \(expected)")
            }
        }
    }
}
