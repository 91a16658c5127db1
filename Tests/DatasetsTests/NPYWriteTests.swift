import Foundation
import PropertyTesting
import Tensors
import Testing
@testable import Datasets

/// Writing `.npy` files: byte for byte what `np.save` writes, atomically, and readable by numpy.
@Suite("NPY writing")
struct NPYWriteTests {
    @Test("CNNLab writes the very bytes np.save wrote for the same float32 and float64 arrays")
    func sameBytesAsNumPy() throws {
        let matrix = try Tensor<Float>(shape: [2, 3], scalars: [1.5, -2.25, 3.0, 0.1, 1e-8, -0.0])
        #expect(NPY.encode(matrix) == (try Data(contentsOf: TestFiles.fixture("float32_2d.npy"))))
        let cube = try Tensor<Double>(shape: [2, 3, 4], scalars: (0..<24).map { (Double($0) - 11.5) / 8 })
        #expect(NPY.encode(cube) == (try Data(contentsOf: TestFiles.fixture("float64_3d.npy"))))
        let scalar = try Tensor<Double>(shape: [], scalars: [3.25])
        #expect(NPY.encode(scalar) == (try Data(contentsOf: TestFiles.fixture("float64_scalar.npy"))))
    }

    @Test("Write then read gives the tensor back, and no temporary file stays behind")
    func roundTrip() throws {
        try TestFiles.withScratchFolder { folder in
            let url = folder.appendingPathComponent("x.npy")
            let x = try Tensor<Float>(shape: [2, 1, 3], scalars: [0.25, -1, .pi, 1e30, -1e-30, 7])
            try NPY.write(x, to: url)
            #expect(try NPY.readTensor(from: url, as: Float.self) == x)
            try NPY.write(x.converted(to: Double.self), to: url)  // replaces the file
            #expect(try NPY.read(from: url).storage == .float64(x.scalars.map(Double.init)))
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["x.npy"])
        }
    }

    @Test("Any shape of rank 0–4 survives encoding and decoding; the data starts on a 64-byte boundary")
    func anyShape() async {
        await checkProperty(count: 50, input: Gen.int(in: 0...5).array(of: 0...4)) { shape in
            let count = shape.reduce(1, *)
            let x = try! Tensor<Float>(shape: shape, scalars: (0..<count).map { Float($0) * 0.37 - 1 })
            let data = NPY.encode(x)
            #expect((data.count - count * 4) % 64 == 0)
            #expect((try? NPY.decode(data, file: "shape.npy"))?.tensor(Float.self) == x)
        }
    }

    @Test("A header longer than 65,535 bytes switches to version 2.0, as numpy does")
    func longHeader() throws {
        let x = try Tensor<Double>(shape: Array(repeating: 1, count: 22_000), scalars: [2.5])
        let data = NPY.encode(x)
        #expect(Array(data[6...7]) == [2, 0])
        #expect(try NPY.decode(data, file: "long.npy").tensor(Double.self) == x)
    }

    @Test("Writing into a missing folder is an error naming the file")
    func missingFolder() {
        let url = URL(fileURLWithPath: "/nonexistent-cnnlab-folder/y.npy")
        let error = #expect(throws: DatasetError.self) { try NPY.write(Tensor<Float>([1, 2]), to: url) }
        #expect(error?.description == "cannot write /nonexistent-cnnlab-folder/y.npy: the directory /nonexistent-cnnlab-folder does not exist")
    }

    @Test("Writing over a directory is an error that says so, and leaves the directory as it was")
    func directoryInTheWay() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cnnlab-npy-\(getpid())-dir")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let error = #expect(throws: DatasetError.self) { try NPY.write(Tensor<Float>([1, 2]), to: directory) }
        #expect(error?.description == "cannot write \(directory.path): it is a directory, not a file")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    // numpy itself must read what CNNLab writes. `make setup` (tools/setup.sh) installs numpy,
    // so this runs under `make test` and in CI; a bare `swift test` without numpy skips it, and
    // the skip is listed with this reason.
    @Test("numpy reads CNNLab's files: same dtype, shape, values and bytes as np.save",
          .enabled(if: PythonNumPy.isAvailable, "python3 with numpy is needed (make setup installs it)"))
    func numpyReadsOurFiles() throws {
        try TestFiles.withScratchFolder { folder in
            let float32 = folder.appendingPathComponent("a.npy")
            let float64 = folder.appendingPathComponent("b.npy")
            try NPY.write(try Tensor<Float>(shape: [2, 3], scalars: [1.5, -2.25, 3, 0.1, 1e-8, -0.0]), to: float32)
            try NPY.write(try Tensor<Double>(shape: [2, 3, 4], scalars: (0..<24).map { (Double($0) - 11.5) / 8 }), to: float64)
            let script = """
                import io, sys, numpy as np
                def check(path, expected):
                    a = np.load(path)
                    assert a.dtype == expected.dtype and a.shape == expected.shape, (a.dtype, a.shape)
                    assert np.array_equal(a, expected) and np.signbit(a).tolist() == np.signbit(expected).tolist()
                    buffer = io.BytesIO(); np.save(buffer, expected)
                    assert buffer.getvalue() == open(path, 'rb').read(), 'bytes differ from np.save'
                check(sys.argv[1], np.array([[1.5, -2.25, 3], [0.1, 1e-8, -0.0]], dtype='<f4'))
                check(sys.argv[2], ((np.arange(24, dtype='<f8') - 11.5) / 8).reshape(2, 3, 4))
                print('numpy agrees')
                """
            let (status, output) = try PythonNumPy.run(script, arguments: [float32.path, float64.path])
            #expect(status == 0, "python3 said: \(output)")
            #expect(output.contains("numpy agrees"))
        }
    }
}

/// Runs python3 (found on the PATH) for the interoperability test.
enum PythonNumPy {
    static let isAvailable: Bool = (try? run("import numpy").status == 0) ?? false

    static func run(_ script: String, arguments: [String] = []) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}
