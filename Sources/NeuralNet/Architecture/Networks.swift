/// The networks of the course as data (catalogue §12). Each description is the slide's list of
/// layers; ``Architecture/table()`` computes the rest, and ``NetworkRecipe`` builds the
/// trainable network (chapter 6).
public enum Networks {
    /// AlexNet as IFT 780 slide 179 tables it: 227×227×3, five convolutions, three max poolings,
    /// two NORM layers, three dense layers; every filter sees all input channels.
    public static let alexNet = alexNet(input: 227)

    /// AlexNet with the paper's two-GPU groups: CONV2, CONV4 and CONV5 see half the channels each
    /// (60,965,224 parameters instead of 62,378,344; catalogue `alexnet-param-total`).
    public static let alexNetTwoGPU = alexNet(input: 227, groups: 2)

    /// AlexNet on an input of `input`×`input`×3 (002 ≈ slide 75 draws 224, which CONV1 cannot
    /// tile with stride 4).
    public static func alexNet(input: Int, groups: Int = 1) -> Architecture {
        Architecture(name: groups == 1 ? "AlexNet" : "AlexNet (two GPUs)", input: .maps(height: input, width: input, channels: 3), layers: [
            .init("CONV1", .conv(filters: 96, kernel: 11, stride: 4, padding: .explicit(0))),
            .init("MAX POOL1", .maxPool(size: 3, stride: 2)),
            .init("NORM1", .norm),
            .init("CONV2", .conv(filters: 256, kernel: 5, stride: 1, padding: .explicit(2), groups: groups)),
            .init("MAX POOL2", .maxPool(size: 3, stride: 2)),
            .init("NORM2", .norm),
            .init("CONV3", .conv(filters: 384, kernel: 3, stride: 1, padding: .explicit(1))),
            .init("CONV4", .conv(filters: 384, kernel: 3, stride: 1, padding: .explicit(1), groups: groups)),
            .init("CONV5", .conv(filters: 256, kernel: 3, stride: 1, padding: .explicit(1), groups: groups)),
            .init("MAX POOL3", .maxPool(size: 3, stride: 2)),
            .init("FC6", .dense(4096)),
            .init("FC7", .dense(4096)),
            .init("FC8", .dense(1000)),
        ])
    }

    /// VGG16 (IFT 780 slides 182–193; Apprentissage profond ≈ slide 77): 3×3 convolutions with
    /// P = 1 in five blocks of 64-128-256-512-512 filters, each closed by a 2×2 max pooling.
    public static let vgg16: Architecture = {
        var layers: [Architecture.Layer] = []
        for (block, (filters, count)) in [(64, 2), (128, 2), (256, 3), (512, 3), (512, 3)].enumerated() {
            for index in 1...count {
                layers.append(.init("conv\(block + 1)_\(index)", .conv(filters: filters, kernel: 3, stride: 1, padding: .explicit(1))))
            }
            layers.append(.init("pool\(block + 1)", .maxPool(size: 2, stride: 2)))
        }
        layers += [.init("fc6", .dense(4096)), .init("fc7", .dense(4096)), .init("fc8", .dense(1000))]
        return Architecture(name: "VGG16", input: .maps(height: 224, width: 224, channels: 3), layers: layers)
    }()

    /// LeNet-5 on 32×32 (Apprentissage profond ≈ slide 74): 5×5 valid convolutions, 2×2
    /// subsampling, C5 120, F6 84, 10 outputs — with a fully connected C3 and a dense output
    /// layer (the 1998 paper's partial C3 table and RBF output give 60,840 instead of 61,706).
    public static let leNet5 = Architecture(name: "LeNet-5 (32×32)", input: .maps(height: 32, width: 32, channels: 1), layers: [
        .init("C1", .conv(filters: 6, kernel: 5)),
        .init("S2", .meanPool(size: 2, stride: 2)),
        .init("C3", .conv(filters: 16, kernel: 5)),
        .init("S4", .meanPool(size: 2, stride: 2)),
        .init("C5", .conv(filters: 120, kernel: 5)),
        .init("F6", .dense(84)),
        .init("output", .dense(10)),
    ])

    /// LeNet-5 as IFT 780 slides 168–169 build it on 28×28 MNIST digits.
    public static let leNet5On28x28 = Architecture(name: "LeNet-5 (28×28)", input: .maps(height: 28, width: 28, channels: 1), layers: [
        .init("conv1", .conv(filters: 6, kernel: 5)),
        .init("pool1", .meanPool(size: 2, stride: 2)),
        .init("conv2", .conv(filters: 16, kernel: 5)),
        .init("pool2", .meanPool(size: 2, stride: 2)),
        .init("flatten", .flatten),
        .init("fc1", .dense(120)),
        .init("fc2", .dense(84)),
        .init("fc3", .dense(10)),
    ])

    /// LeNet-1 as IFT 780 slides 166–167 build it on 28×28: 4 and 12 filters 5×5, two average
    /// poolings, one dense layer.
    public static let leNet1 = Architecture(name: "LeNet-1 (28×28)", input: .maps(height: 28, width: 28, channels: 1), layers: [
        .init("conv1", .conv(filters: 4, kernel: 5)),
        .init("pool1", .meanPool(size: 2, stride: 2)),
        .init("conv2", .conv(filters: 12, kernel: 5)),
        .init("pool2", .meanPool(size: 2, stride: 2)),
        .init("flatten", .flatten),
        .init("fc", .dense(10)),
    ])

    /// Görner's first MNIST network (Pasco slides 42–43), TensorFlow `SAME` paddings. `w2Kernel`
    /// is 5 in the slide's code, 4 in its figure.
    public static func gorner1(w2Kernel: Int = 5) -> Architecture {
        Architecture(name: "Görner config 1 (W2 \(w2Kernel)×\(w2Kernel))", input: .maps(height: 28, width: 28, channels: 1), layers: [
            .init("W1", .conv(filters: 4, kernel: 5, stride: 1, padding: .same)),
            .init("W2", .conv(filters: 8, kernel: w2Kernel, stride: 2, padding: .same)),
            .init("W3", .conv(filters: 12, kernel: 4, stride: 2, padding: .same)),
            .init("flatten", .flatten),
            .init("W4", .dense(200)),
            .init("W5", .dense(10)),
        ])
    }

    /// Görner's second MNIST network (Pasco slides 46–48): 6, 12, 24 filters, dropout (no
    /// parameters, not listed).
    public static let gorner2 = Architecture(name: "Görner config 2", input: .maps(height: 28, width: 28, channels: 1), layers: [
        .init("W1", .conv(filters: 6, kernel: 6, stride: 1, padding: .same)),
        .init("W2", .conv(filters: 12, kernel: 5, stride: 2, padding: .same)),
        .init("W3", .conv(filters: 24, kernel: 4, stride: 2, padding: .same)),
        .init("flatten", .flatten),
        .init("W4", .dense(200)),
        .init("W5", .dense(10)),
    ])

    /// Ranvier's Keras example ("Exemple d'architecture"), on an assumed 28×28×1 input.
    public static let ranvier = Architecture(name: "Ranvier's Keras model", input: .maps(height: 28, width: 28, channels: 1), layers: [
        .init("Conv2D 32", .conv(filters: 32, kernel: 5, stride: 1, padding: .same)),
        .init("MaxPool 2", .maxPool(size: 2, stride: 2)),
        .init("Conv2D 64", .conv(filters: 64, kernel: 3, stride: 1, padding: .same)),
        .init("MaxPool 2b", .maxPool(size: 2, stride: 2)),
        .init("BatchNorm", .batchNorm),
        .init("Flatten", .flatten),
        .init("Dense 128", .dense(128)),
        .init("Dense 10", .dense(10)),
    ])

    /// LeNet-7 for NORB (Pasco ≈ slide 37), completed from LeCun's description (8, 24 and 100
    /// maps): its layers are only in the figure, so only the shapes and the receptive field are
    /// checked.
    public static let leNet7 = Architecture(name: "LeNet-7 (NORB)", input: .maps(height: 96, width: 96, channels: 2), layers: [
        .init("C1", .conv(filters: 8, kernel: 5)),
        .init("S2", .meanPool(size: 4, stride: 4)),
        .init("C3", .conv(filters: 24, kernel: 6)),
        .init("S4", .meanPool(size: 3, stride: 3)),
        .init("C5", .conv(filters: 100, kernel: 6)),
    ])

    /// The networks of `cnnlab shapes`, by the name on its command line. One name, one network in
    /// `train`, `summary` and `shapes` alike: `lenet5` is the course's 28×28 LeNet-5, `lenet5-32`
    /// the 1998 paper's 32×32 one.
    public static let byName: [(name: String, architecture: Architecture)] = [
        ("lenet1", leNet1), ("lenet5", leNet5On28x28), ("lenet5-32", leNet5), ("gorner1", gorner1()), ("gorner2", gorner2),
        ("alexnet", alexNet), ("vgg16", vgg16),
    ]
}
