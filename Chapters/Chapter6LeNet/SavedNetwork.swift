import Datasets
import Foundation
import NeuralNet
import Tensors

/// A trained chapter-6 network as a folder that outlives the run and that PyTorch can load
/// (format 1, issue 14): one `.npy` per parameter in PyTorch's layouts (convolutions (out, in,
/// k_h, k_w), dense layers (out, in)), one per batch-norm running statistic, and `manifest.json`
/// — the network's name, its layers, the parameters in the order of `model.parameters()` of the
/// equivalent `nn.Sequential` (PyTorch loads by order; the names are CNNLab's), the buffers, the
/// input preprocessing x′ = (x·scale − mean)/std, the training history and the recipe.
///
/// ``contents(of:run:dataset:)`` gives what to write (the command line writes it into a staging
/// folder renamed at the end); ``load(from:)`` rebuilds the network from its recipe and checks
/// every name and shape against the manifest before taking a value.
public enum SavedNetwork {
    /// The manifest's `format`.
    public static let format = 1
    /// The manifest's file name.
    public static let manifestFile = "manifest.json"

    /// manifest.json.
    public struct Manifest: Codable, Sendable, Equatable {
        public var format: Int
        /// The name `cnnlab train` knows it by (lenet5).
        public var network: String
        /// The slides' name of the architecture (LeNet-5 (28×28)).
        public var architecture: String
        /// One image, (C, H, W).
        public var inputShape: [Int]
        /// The data set it was trained on and its class names, score by score.
        public var dataset: String
        public var classNames: [String]
        public var preprocessing: Preprocessing
        public var layers: [LayerEntry]
        public var parameters: [ArrayEntry]
        public var buffers: [ArrayEntry]
        public var history: [TrainingRun.Epoch]
        public var recipe: Recipe
    }

    /// x′ = (x·scale − mean)/std from the grey levels x in 0…255.
    public struct Preprocessing: Codable, Sendable, Equatable {
        public var scale: Double
        public var mean: Double
        public var std: Double
    }

    /// One saved array: its name in the network (`C1.weight`), its file and its shape.
    public struct ArrayEntry: Codable, Sendable, Equatable {
        public var name: String
        public var file: String
        public var shape: [Int]
    }

    /// One layer, with what PyTorch needs to build its twin: `conv2d` (channels, kernel, stride,
    /// padding top, bottom, left, right), `max_pool2d`/`avg_pool2d` (kernel, stride, padding,
    /// ceil; a mean averages the cells its window covers), an activation by name (tanh, relu,
    /// sigmoid, leaky-relu with its slope), `flatten`, `linear` (features), `dropout` (p),
    /// `batch_norm` (features, eps, PyTorch's momentum = 1 − the fraction kept).
    public struct LayerEntry: Codable, Sendable, Equatable {
        public var name: String
        public var kind: String
        public var inChannels: Int? = nil
        public var outChannels: Int? = nil
        public var kernel: [Int]? = nil
        public var stride: [Int]? = nil
        public var padding: [Int]? = nil
        public var ceilMode: Bool? = nil
        public var inFeatures: Int? = nil
        public var outFeatures: Int? = nil
        public var slope: Double? = nil
        public var p: Double? = nil
        public var eps: Double? = nil
        public var momentum: Double? = nil
    }

    /// How it was trained.
    public struct Recipe: Codable, Sendable, Equatable {
        public var optimizer: String
        public var learningRate: Double
        /// β of momentum, absent for the others.
        public var momentum: Double?
        public var batch: Int
        public var epochs: Int
        public var seed: UInt64
        public var loss: String
        /// How the step changed from update to update.
        public var schedule: LearningRateSchedule
        /// How the training images were moved and mirrored.
        public var augmentation: Augmentation
    }

    /// The manifest and the arrays (file name, values) of a finished run.
    /// - Throws: the layers' errors when the network cannot be described (it always can for
    ///   the recipes of ``NetworkRecipe``).
    public static func contents(of outcome: TrainingRun.Outcome, run: TrainingRun, dataset: DigitDataset,
                                classNames: [String]) throws -> (manifest: Manifest, arrays: [(file: String, values: Tensor<Float>)]) {
        // A standardisation layer in front is the manifest's preprocessing, not a PyTorch layer.
        var network = outcome.network
        var standardization = Standardization.identity
        if let first = network.layers.first?.layer as? StandardizationLayer<Float> {
            standardization = first.standardization
            network.layers.removeFirst()
        }
        func entries(_ named: [(name: String, value: Tensor<Float>)]) -> [ArrayEntry] {
            named.map { ArrayEntry(name: $0.name, file: fileName($0.name), shape: $0.value.shape) }
        }
        let manifest = Manifest(
            format: format, network: run.recipe.name, architecture: run.recipe.architecture.name,
            inputShape: network.inputShape, dataset: dataset.rawValue, classNames: classNames,
            preprocessing: Preprocessing(scale: 1.0 / 255, mean: standardization.mean, std: standardization.standardDeviation),
            layers: try layerEntries(network), parameters: entries(network.namedParameters), buffers: entries(network.namedBuffers),
            history: outcome.history,
            recipe: Recipe(optimizer: run.optimizer.name, learningRate: run.learningRate, momentum: run.optimizer.momentum,
                           batch: run.batchSize, epochs: run.epochs, seed: run.seed, loss: "softmax cross-entropy",
                           schedule: run.schedule, augmentation: run.augmentation))
        let arrays = (network.namedParameters + network.namedBuffers).map { (fileName($0.name), $0.value) }
        return (manifest, arrays)
    }

    /// The manifest as pretty, sorted JSON with snake_case keys.
    public static func encode(_ manifest: Manifest) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return try encoder.encode(manifest) + Data("\n".utf8)
    }

    /// The network a folder holds, its weights and running statistics loaded, and its manifest.
    /// - Throws: ``SavedNetworkError`` for a missing folder or manifest, another format, a
    ///   network `cnnlab train` does not know, or arrays whose names, order or shapes are not the
    ///   network's; the `.npy` reader's errors for a damaged array.
    public static func load(from folder: URL) throws -> (network: Sequential<Float>, manifest: Manifest) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw SavedNetworkError("\(folder.path) is not a folder of saved weights (no such folder)")
        }
        let manifestURL = folder.appendingPathComponent(manifestFile)
        guard let data = FileManager.default.contents(atPath: manifestURL.path) else {
            throw SavedNetworkError("\(folder.path) is not a folder of saved weights: it has no \(manifestFile) (write one with cnnlab train --save)")
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let manifest: Manifest
        do {
            manifest = try decoder.decode(Manifest.self, from: data)
        } catch {
            throw SavedNetworkError("\(manifestURL.path) is not a CNNLab manifest of format \(format)")
        }
        guard manifest.format == format else {
            throw SavedNetworkError("\(manifestURL.path) has format \(manifest.format); this CNNLab reads format \(format)")
        }
        guard let recipe = NetworkRecipe.byName.first(where: { $0.name == manifest.network }) else {
            throw SavedNetworkError("\(manifestURL.path) names the network '\(manifest.network)', which is not one of \(NetworkRecipe.byName.map(\.name).joined(separator: ", "))")
        }
        var network: Sequential<Float> = try recipe.build(seed: 0)
        try check(manifest.parameters, against: network.namedParameters, kind: "parameters", network: manifest.network, folder: folder)
        try check(manifest.buffers, against: network.namedBuffers, kind: "buffers", network: manifest.network, folder: folder)
        let files = Dictionary((manifest.parameters + manifest.buffers).map { ($0.name, $0.file) }, uniquingKeysWith: { first, _ in first })
        func read(_ target: inout Tensor<Float>, _ name: String) throws {
            let file = files[name] ?? fileName(name)
            guard !file.contains("/"), file != "..", file != "." else {
                throw SavedNetworkError("\(manifestURL.path) names the file '\(file)' for \(name): files must lie in the folder itself")
            }
            let values = try NPY.readTensor(from: folder.appendingPathComponent(file), as: Float.self)
            guard values.shape == target.shape else {
                throw SavedNetworkError("\(file) holds an array \(TensorError.format(values.shape)), but \(name) of \(manifest.network) is \(TensorError.format(target.shape))")
            }
            target = values
        }
        try network.updateParameters(read)
        try network.updateBuffers(read)
        let p = manifest.preprocessing
        guard abs(p.scale * 255 - 1) < 1e-9, p.std > 0, p.std.isFinite, p.mean.isFinite else {
            throw SavedNetworkError("\(manifestURL.path) asks for the preprocessing (x·\(p.scale) − \(p.mean))/\(p.std); CNNLab's images are x/255, and std must be a positive number")
        }
        if p.mean != 0 || p.std != 1 {
            let standardization = Standardization(mean: p.mean, standardDeviation: p.std)
            network.layers.insert(.init("standardize", StandardizationLayer(standardization)), at: 0)
        }
        return (network, manifest)
    }

    /// Names, order and shapes of the manifest's arrays against the network's.
    private static func check(_ entries: [ArrayEntry], against named: [(name: String, value: Tensor<Float>)], kind: String,
                              network: String, folder: URL) throws {
        guard entries.map(\.name) == named.map(\.name) else {
            throw SavedNetworkError("the \(kind) listed in \(folder.path)/\(manifestFile) are not those of \(network) "
                + "(\(entries.map(\.name).joined(separator: ", ")) instead of \(named.map(\.name).joined(separator: ", ")))")
        }
        for (entry, parameter) in zip(entries, named) where entry.shape != parameter.value.shape {
            throw SavedNetworkError("\(entry.name) is \(TensorError.format(entry.shape)) in \(folder.path)/\(manifestFile), but \(network) needs \(TensorError.format(parameter.value.shape))")
        }
    }

    /// `C1.weight.npy`; a space in a layer's name (`C1 BN`) becomes an underscore.
    static func fileName(_ name: String) -> String {
        name.replacingOccurrences(of: " ", with: "_") + ".npy"
    }

    /// What each layer is, from its type and the shape a zero image gives its input.
    public static func layerEntries(_ network: Sequential<Float>) throws -> [LayerEntry] {
        let probe = try Tensor<Float>(zeros: [1] + network.inputShape)
        let outputs = try network.outputs(probe)
        return try network.layers.enumerated().map { index, named in
            let input = index == 0 ? probe : outputs[index - 1]
            var entry = LayerEntry(name: named.name, kind: "")
            switch named.layer {
            case let conv as ConvolutionLayer<Float>:
                let g = try ConvolutionGeometry(inputShape: input.shape, kernelShape: conv.kernel.shape, parameters: conv.parameters)
                entry.kind = "conv2d"
                (entry.inChannels, entry.outChannels) = (g.inputChannels, g.outputChannels)
                entry.kernel = [g.kernelHeight, g.kernelWidth]
                entry.stride = [g.strideHeight, g.strideWidth]
                entry.padding = [g.paddingRows.before, g.paddingRows.after, g.paddingColumns.before, g.paddingColumns.after]
            case let pool as PoolingLayer<Float>:
                let p = pool.pooling
                entry.kind = p.kind == .max ? "max_pool2d" : "avg_pool2d"
                entry.kernel = [p.rows.size, p.columns.size]
                entry.stride = [p.rows.stride, p.columns.stride]
                entry.padding = [p.rows.padding, p.columns.padding]
                entry.ceilMode = p.rounding == .ceil
            case let activation as ActivationLayer<Float>:
                entry.kind = activation.activation.name
                if case let .leakyReLU(slope) = activation.activation { entry.slope = slope }
            case is Flatten<Float>:
                entry.kind = "flatten"
            case let dense as Dense<Float>:
                entry.kind = "linear"
                (entry.inFeatures, entry.outFeatures) = (dense.inputCount, dense.outputCount)
            case let dropout as DropoutLayer<Float>:
                entry.kind = "dropout"
                entry.p = dropout.dropout.rate
            case let norm as BatchNormalization<Float>:
                entry.kind = "batch_norm"
                entry.inFeatures = norm.channels
                (entry.eps, entry.momentum) = (norm.epsilon, 1 - norm.momentum)
            default:
                throw SavedNetworkError("layer \(named.name) is of a kind format \(format) cannot describe")
            }
            return entry
        }
    }
}

/// A saved folder that cannot be read as the network it claims, in one sentence.
public struct SavedNetworkError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ description: String) { self.description = description }
}
