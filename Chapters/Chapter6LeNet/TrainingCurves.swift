import Plot

/// The lines of training runs in a chart: the training set solid with circles, the test set
/// dashed with squares, in the run's colour (figures 2, 8 and 9).
enum TrainingCurves {
    /// Loss (nats) or accuracy (%) per epoch from `first` on, the training set's line unless
    /// `train` is false, named in `language`. Several histories (one per seed) draw their mean
    /// with the lowest…highest of the seeds as a band.
    static func series(_ name: String, _ histories: [[TrainingRun.Epoch]], color: Color, accuracy: Bool,
                       train: Bool = true, from first: Int = 0, language: Language) -> [Series] {
        let epochs = histories.map { $0.filter { $0.epoch >= first } }
        let x = (epochs.first ?? []).map { Double($0.epoch) }
        func runs(_ path: KeyPath<TrainingRun.Epoch, Double>) -> [[Double]] {
            epochs.map { $0.map { (accuracy ? 100 : 1) * $0[keyPath: path] } }
        }
        let test = Series(Text.test(language, ["name": .text(name)]), x: x, runs: runs(accuracy ? \.testAccuracy : \.testLoss),
                          color: color, marker: .square, dash: [6, 4])
        guard train else { return [test] }
        return [Series(Text.train(language, ["name": .text(name)]), x: x, runs: runs(accuracy ? \.trainAccuracy : \.trainLoss),
                       color: color, marker: .circle), test]
    }

    /// One run's lines.
    static func series(_ name: String, _ history: [TrainingRun.Epoch], color: Color, accuracy: Bool,
                       train: Bool = true, from first: Int = 0, language: Language) -> [Series] {
        series(name, [history], color: color, accuracy: accuracy, train: train, from: first, language: language)
    }
}
