// swift-tools-version: 6.1
// CNNLab — the course's neural networks and CNNs, from scratch, proven against the slides.
import Foundation
import PackageDescription

/// Release builds use the machine's own vector units (real FMA, AVX): the numeric kernels are
/// 10–100× slower on the baseline x86-64 target (see ../shared/SWIFT-NOTES.md).
let fast: [SwiftSetting] = [.unsafeFlags(["-target-cpu", "native"], .when(configuration: .release))]

/// Property tests reach swift-property-based only through the project's wrapper, which turns an
/// error thrown inside a property into a failure (Tests/PropertyTesting).
let propertyTesting: Target.Dependency = "PropertyTesting"
let argumentParser: Target.Dependency = .product(name: "ArgumentParser", package: "swift-argument-parser")

/// The chapters, in the course's order. Each is a library target under Chapters/ with a test
/// target under Tests/ that holds its worked examples; add a chapter by adding its name here.
let chapters: [String] = [
    "Chapter1GradientDescent",
    "Chapter2Backpropagation",
    "Chapter3Convolution",
    "Chapter4Padding",
    "Chapter5Pooling",
    "Chapter6LeNet",
    "Chapter7AlexNet",
    "Chapter8CharRNN",
]

let libraries: [Target] = [
    .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
    .systemLibrary(name: "CBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    .target(name: "Tensors", dependencies: ["CBLAS"], swiftSettings: fast),
    .target(name: "NeuralNet", dependencies: ["Tensors"], swiftSettings: fast),
    .target(name: "Engine", dependencies: ["NeuralNet", "Tensors"], swiftSettings: fast),
    .target(name: "FileSafety", swiftSettings: fast),
    .target(name: "Datasets", dependencies: ["Tensors", "CZlib", "FileSafety"], swiftSettings: fast),
    .target(name: "Plot", dependencies: ["CCairo", "FileSafety"], swiftSettings: fast),
    .target(name: "Chapters", dependencies: ["Plot", "Datasets", "NeuralNet"],
            path: "Chapters/Common", swiftSettings: fast),
]

let libraryTests: [Target] = [
    .target(name: "PropertyTesting", dependencies: [.product(name: "PropertyBased", package: "swift-property-based")],
            path: "Tests/PropertyTesting"),
    .testTarget(name: "PropertyTestingTests", dependencies: [propertyTesting]),
    .testTarget(name: "TensorsTests", dependencies: ["Tensors", propertyTesting], swiftSettings: fast),
    .testTarget(name: "DatasetsTests", dependencies: ["Datasets", propertyTesting], resources: [.copy("Fixtures")], swiftSettings: fast),
    .testTarget(name: "PlotTests", dependencies: ["Plot"], swiftSettings: fast),
    .testTarget(name: "NeuralNetTests", dependencies: ["NeuralNet", propertyTesting], swiftSettings: fast),
    .testTarget(name: "EngineTests", dependencies: ["Engine", propertyTesting], swiftSettings: fast),
]

let chapterTargets: [Target] = chapters.flatMap { name -> [Target] in
    // Measurements a figure draws (recorded by a benchmark, so the report's bytes do not depend on
    // the run: chapter 2's vectorisation, chapter 3's convolution speed, chapter 8's NumPy loss curve) live
    // in the chapter's Measurements/ folder when it has one, read through Bundle.module.
    let measurements = Context.packageDirectory + "/Chapters/\(name)/Measurements"
    let library: Target = .target(
        name: name, dependencies: ["Chapters", "NeuralNet", "Engine", "Datasets", "Plot"],
        path: "Chapters/\(name)", exclude: ["README.md"],
        resources: FileManager.default.fileExists(atPath: measurements) ? [.copy("Measurements")] : [],
        swiftSettings: fast)
    // Expected values computed by an independent script live, with the script, in the test
    // target's Fixtures/ folder when it has one; the tests read them beside their own source file.
    let fixtures = Context.packageDirectory + "/Tests/\(name)Tests/Fixtures"
    let tests: Target = .testTarget(
        name: "\(name)Tests", dependencies: [.target(name: name), propertyTesting],
        exclude: FileManager.default.fileExists(atPath: fixtures) ? ["Fixtures"] : [], swiftSettings: fast)
    return [library, tests]
}

var toolDependencies: [Target.Dependency] = [argumentParser, "Tensors", "NeuralNet", "Engine", "Datasets", "Plot", "Chapters",
                                              "FileSafety"]
toolDependencies += chapters.map { Target.Dependency.target(name: $0) }
let tool: Target = .executableTarget(name: "cnnlab", dependencies: toolDependencies, swiftSettings: fast)

let package = Package(
    name: "CNNLab",
    products: [
        .executable(name: "cnnlab", targets: ["cnnlab"]),
        .library(name: "NeuralNet", targets: ["NeuralNet"]),
        .library(name: "Plot", targets: ["Plot"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: libraries + libraryTests + chapterTargets + [tool],
    swiftLanguageModes: [.v6]
)
