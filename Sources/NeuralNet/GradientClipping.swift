import Tensors

/// Gradient clipping by value, as min-char-rnn does it against exploding gradients (IFT 780
/// slides 235–236, the gist's `np.clip(dparam, -5, 5, out=dparam)`): every coordinate is
/// brought into [−c, c],
///
///     gᵢ ← min(max(gᵢ, −c), c)
///
/// which keeps the coordinates inside the interval as they are and changes the direction of
/// the others (unlike clipping by norm, which rescales the whole vector). A NaN stays NaN:
/// the training loop checks the loss and reports divergence instead.
public enum GradientClipping {
    /// min-char-rnn's limit, c = 5.
    public static let defaultLimit = 5.0

    /// Clips every coordinate of `gradient` to [−limit, limit] and returns how many it changed.
    @inlinable
    @discardableResult
    public static func clip<Scalar: TensorScalar>(_ gradient: inout Tensor<Scalar>, limit: Scalar = Scalar(defaultLimit)) -> Int {
        var changed = 0
        for i in 0..<gradient.count {
            if gradient[offset: i] > limit {
                gradient[offset: i] = limit
                changed += 1
            } else if gradient[offset: i] < -limit {
                gradient[offset: i] = -limit
                changed += 1
            }
        }
        return changed
    }
}
