import Plot

/// The lines of training runs in a chart: the training set solid with circles, the test set
/// dashed with squares, in the run's colour (figures 2, 8 and 9).
enum TrainingCurves {
    /// Loss (nats) or accuracy (%) per epoch from `first` on, the training set's line unless
    /// `train` is false. Several histories (one per seed) draw their mean with the lowest…highest
    /// of the seeds as a band.
    static func series(_ name: String, _ histories: [[TrainingRun.Epoch]], color: Color, accuracy: Bool,
                       train: Bool = true, from first: Int = 0) -> [Series] {
        let epochs = histories.map { $0.filter { $0.epoch >= first } }
        let x = (epochs.first ?? []).map { Double($0.epoch) }
        func runs(_ path: KeyPath<TrainingRun.Epoch, Double>) -> [[Double]] {
            epochs.map { $0.map { (accuracy ? 100 : 1) * $0[keyPath: path] } }
        }
        let test = Series("\(name), test", x: x, runs: runs(accuracy ? \.testAccuracy : \.testLoss), color: color, marker: .square,
                          dash: [6, 4])
        guard train else { return [test] }
        return [Series("\(name), train", x: x, runs: runs(accuracy ? \.trainAccuracy : \.trainLoss), color: color, marker: .circle), test]
    }

    /// One run's lines.
    static func series(_ name: String, _ history: [TrainingRun.Epoch], color: Color, accuracy: Bool,
                       train: Bool = true, from first: Int = 0) -> [Series] {
        series(name, [history], color: color, accuracy: accuracy, train: train, from: first)
    }
}
