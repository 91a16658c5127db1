import Tensors

extension Tensor {
    /// The tensor read as a batch of rows, one example per row: (N, C) for a matrix, (1, C) for
    /// a single example given as a vector (the deck's x, ŷ, y are vectors; IFT 780 slides 13–16
    /// stack them into a matrix).
    /// - Throws: ``TensorError/invalidArgument(_:)`` for any other rank, naming `role`.
    @inlinable
    func batchShape(role: String) throws -> (rows: Int, columns: Int) {
        switch rank {
        case 1: return (1, shape[0])
        case 2: return (shape[0], shape[1])
        default:
            throw TensorError.invalidArgument(
                "\(role) must be a vector or a batch of rows (N, C), got shape \(TensorError.format(shape))")
        }
    }
}
