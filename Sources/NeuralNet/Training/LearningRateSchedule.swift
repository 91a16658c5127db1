import Foundation

/// How the step μ changes from update to update of a training run. IFT 780 slide 180 lowers it
/// when the validation loss stops improving ("réduction sur plateau"); the cosine schedule
/// (Loshchilov & Hutter, SGDR, 2017: beyond the slides) lowers it smoothly and on a timetable
/// known in advance, so no extra evaluation decides it: large steps while the network is far
/// from a minimum, small ones at the end so that it settles into one.
public enum LearningRateSchedule: String, Sendable, Equatable, Codable, CaseIterable, CustomStringConvertible {
    /// μ_t = μ at every update.
    case constant
    /// μ_t = μ · ½(1 + cos(π t / T)) for update t = 0 … T − 1 of T: from μ down to nearly 0.
    case cosine

    /// The step of update `step` (counted from 0) out of `totalSteps`, for a base step `base`.
    public func rate(base: Double, step: Int, totalSteps: Int) -> Double {
        switch self {
        case .constant: base
        case .cosine: base * 0.5 * (1 + cos(Double.pi * Double(step) / Double(Swift.max(totalSteps, 1))))
        }
    }

    /// "constant", "cosine".
    public var description: String { rawValue }
}
