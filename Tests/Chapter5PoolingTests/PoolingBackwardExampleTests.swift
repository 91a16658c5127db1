@testable import Chapter5Pooling
import Plot
import Testing

/// The backward pass drawn in figure 2, on the top-left 4×4 block of IFT 780 slide 141's table
/// [[1, 2, 4, 4], [6, 7, 8, 4], [9, −9, 8, −4], [8, −8, 9, −9]] with ∂L/∂y = [[4, −2], [8, 1]].
@Suite("Backward pass of pooling (figure 2)")
struct PoolingBackwardExampleTests {
    @Test("max pooling sends each gradient to its window's winner: 7, 8, 9 and 9 at (1, 1), (1, 2), (2, 0), (3, 2)")
    func maxGoesToWinners() throws {
        let pass = try PoolingBackwardExample.pass(.max)
        #expect(pass.output.scalars == [7, 8, 9, 9])
        #expect(pass.winners == [Cell(1, 1), Cell(1, 2), Cell(2, 0), Cell(3, 2)])
        #expect(pass.inputGradient.scalars == [0, 0, 0, 0, 0, 4, -2, 0, 8, 0, 0, 0, 0, 0, 1, 0])
    }

    @Test("mean pooling spreads each gradient as 1/k² = 1/4 over its window")
    func meanSpreads() throws {
        let pass = try PoolingBackwardExample.pass(.mean)
        #expect(pass.output.scalars == [4, 5, 0, 1])
        #expect(pass.inputGradient.scalars == [1, 1, -0.5, -0.5, 1, 1, -0.5, -0.5, 2, 2, 0.25, 0.25, 2, 2, 0.25, 0.25])
    }
}
