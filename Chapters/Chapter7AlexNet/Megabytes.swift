import NeuralNet
import Plot

extension ArchitectureTable {
    /// Bytes as megabytes (10⁶ B) with two decimals, as the figures and `cnnlab shapes` print
    /// them: 60,950,432 → "60.95".
    public static func megabytes(_ bytes: Int) -> String { NumberFormat.string(Double(bytes) / 1e6, decimals: 2) }
}
