@testable import Chapter3Convolution
import Testing

/// The backward pass drawn in figure 7, against values computed by hand (and with numpy's
/// correlate on the same 4×4 input, 3×3 filter and ∂L/∂Y).
@Suite("Backward pass of the convolution (figure 7)")
struct BackwardExampleTests {
    @Test("Y = X ⋆ W, ∂L/∂W = X ⋆ ∂L/∂Y and ∂L/∂X = full(∂L/∂Y) ⋆ rot180(W) on the figure's numbers")
    func figureNumbers() throws {
        let result = try BackwardExample.compute()
        #expect(result.output == [[1, 7], [4, 11]])
        #expect(result.kernelGradient == [[0, 7, 6], [4, 0, 4], [3, 2, 3]])
        #expect(result.inputGradient == [[1, 1, -2, 0], [2, 6, 0, 1], [-1, 3, 1, -3], [-2, -1, 4, 2]])
        #expect(result.flippedKernel == [[2, 0, -1], [-1, 1, 0], [0, 2, 1]])
        // ∂L/∂X[r, s] = Σ_{i, j} ∂L/∂Y[i, j]·W[r − i, s − j]: each output hands its gradient back
        // through the weights that carried the input to it.
        var scattered = [[Double]](repeating: [Double](repeating: 0, count: 4), count: 4)
        for i in 0..<2 {
            for j in 0..<2 {
                for u in 0..<3 { for v in 0..<3 { scattered[i + u][j + v] += BackwardExample.outputGradient[i][j] * BackwardExample.kernel[u][v] } }
            }
        }
        #expect(result.inputGradient == scattered)
    }

    @Test("the first sum is written term by term, as figure 1 writes its windows")
    func firstSum() {
        #expect(BackwardExample.firstSum([[1, 2], [0, 1]], [[1, -1], [2, 1]]) == "1·1 + 2·(−1) + 0·2 + 1·1 = 0")
    }
}
