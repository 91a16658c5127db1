import Plot

/// The lines of one training run in a chart: the training set solid with circles, the test set
/// dashed with squares, in the run's colour (figures 2, 7 and 8).
enum TrainingCurves {
    /// Loss (nats) or accuracy (%) per epoch from `first` on, the training set's line unless
    /// `train` is false.
    static func series(_ name: String, _ history: [TrainingRun.Epoch], color: Color, accuracy: Bool,
                       train: Bool = true, from first: Int = 0) -> [Series] {
        let epochs = history.filter { $0.epoch >= first }
        let x = epochs.map { Double($0.epoch) }
        func values(_ path: KeyPath<TrainingRun.Epoch, Double>) -> [Double] { epochs.map { (accuracy ? 100 : 1) * $0[keyPath: path] } }
        let test = Series("\(name), test", x: x, y: values(accuracy ? \.testAccuracy : \.testLoss), color: color, marker: .square,
                          dash: [6, 4])
        guard train else { return [test] }
        return [Series("\(name), train", x: x, y: values(accuracy ? \.trainAccuracy : \.trainLoss), color: color, marker: .circle), test]
    }
}
