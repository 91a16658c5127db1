import ArgumentParser

/// `--implementation lesson|engine`: which tier computes `conv2d` or `pool2d`. The engine
/// (the default: inputs on the command line may be large) runs the tuned kernels of
/// Sources/Engine on every core; the lesson runs NeuralNet's readable loops, the slides' forms.
/// Both give the same values (to rounding for the convolution; Tests/EngineTests proves it).
enum Implementation: String, CaseIterable, ExpressibleByArgument {
    case lesson
    case engine
}
