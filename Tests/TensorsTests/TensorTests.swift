import Testing
import Tensors

@Suite("Tensor basics")
struct TensorTests {
    @Test("Row-major indexing, strides and reshape")
    func indexing() throws {
        let x = try Tensor<Float>(shape: [2, 3, 4], scalars: (0..<24).map(Float.init))
        #expect(x.strides == [12, 4, 1])
        #expect(x[1, 2, 3] == 23)
        #expect(x[0, 1, 0] == 4)
        #expect(try x.reshaped([6, 4])[5, 3] == 23)
        #expect(throws: TensorError.countMismatch(shape: [5, 5], count: 24)) { try x.reshaped([5, 5]) }
    }

    @Test("Construction rejects counts that do not fit, negative dimensions and shapes beyond memory")
    func construction() throws {
        #expect(throws: TensorError.countMismatch(shape: [2, 2], count: 3)) {
            try Tensor<Double>(shape: [2, 2], scalars: [1, 2, 3])
        }
        #expect(throws: TensorError.self) { try Tensor<Double>(zeros: [2, -1]) }
        #expect(throws: TensorError.self) { try Tensor<Double>(rows: [[1, 2], [3]]) }
        // A size from a file or a command line: an error, not an overflow trap or an endless allocation.
        #expect(throws: TensorError.self) { try Tensor<Float>(zeros: [1 << 40, 1 << 40]) }
        #expect(throws: TensorError.self) { try Tensor<Float>(zeros: [4, 1 << 62]) }
        #expect(try Tensor<Float>(zeros: [0, 1 << 62]).count == 0)
        #expect(throws: TensorError.self) { try Tensor<Float>.checkShape([1 << 20, 1 << 20, 1 << 20]) }
        try Tensor<Float>.checkShape([2, 3])
        let built = try Tensor<Double>(shape: [2, 3]) { Double(10 * $0[0] + $0[1]) }
        #expect(built.scalars == [0, 1, 2, 10, 11, 12])
    }

    @Test("Element-wise arithmetic, with shapes checked")
    func arithmetic() throws {
        let a = Tensor<Double>([1, 2, 3])
        let b = Tensor<Double>([4, 5, 6])
        #expect(try (a + b).scalars == [5, 7, 9])
        #expect(try (b - a).scalars == [3, 3, 3])
        #expect(try (a * b).scalars == [4, 10, 18])
        #expect(try (b / a).scalars == [4, 2.5, 2])
        #expect((2 * a - 1).scalars == [1, 3, 5])
        #expect((-a).scalars == [-1, -2, -3])
        #expect(throws: TensorError.shapeMismatch(operation: "addition", [3], [2])) { try a + Tensor([1, 2]) }
    }

    @Test("A bias is broadcast along its axis (dense layer: axis 1 of (N, out); conv: axis 1 of NCHW)")
    func bias() throws {
        let batch = try Tensor<Double>(zeros: [2, 3])
        #expect(try batch.addingBias(Tensor([1, 2, 3]), axis: 1).scalars == [1, 2, 3, 1, 2, 3])
        let maps = try Tensor<Double>(zeros: [1, 2, 2, 2])
        #expect(try maps.addingBias(Tensor([10, 20]), axis: 1).scalars == [10, 10, 10, 10, 20, 20, 20, 20])
        #expect(throws: TensorError.self) { try batch.addingBias(Tensor([1, 2]), axis: 1) }
    }

    @Test("Reductions along an axis remove it")
    func reductions() throws {
        let x = try Tensor<Double>(rows: [[1, 5, 3], [4, 2, 6]])
        #expect(x.sum() == 21)
        #expect(x.mean() == 3.5)
        #expect(try x.sum(axis: 0).scalars == [5, 7, 9])
        #expect(try x.sum(axis: 1).scalars == [9, 12])
        #expect(try x.mean(axis: 1).scalars == [3, 4])
        #expect(try x.max(axis: 0).scalars == [4, 5, 6])
        #expect(try x.argmax(axis: 1) == [1, 2])
        #expect(try x.argmax(axis: 0) == [1, 0, 1])
        #expect(try Tensor<Double>([2, 7, 7]).argmax(axis: 0) == [1])  // first on ties
        #expect(throws: TensorError.self) { try x.sum(axis: 2) }
    }

    @Test("Transpose, permutation and batch slices")
    func rearranging() throws {
        let x = try Tensor<Double>(rows: [[1, 2, 3], [4, 5, 6]])
        #expect(try x.transposed() == Tensor(rows: [[1, 4], [2, 5], [3, 6]]))
        let nchw = try Tensor<Double>(shape: [1, 2, 1, 3], scalars: [1, 2, 3, 4, 5, 6])
        #expect(try nchw.permuted([0, 2, 3, 1]).scalars == [1, 4, 2, 5, 3, 6])
        let batch = try Tensor<Double>(shape: [3, 2], scalars: [1, 2, 3, 4, 5, 6])
        #expect(try batch.slice(1..<3).scalars == [3, 4, 5, 6])
        #expect(try batch.item(2).shape == [2])
        #expect(try batch.gathering([2, 0]).scalars == [5, 6, 1, 2])
        #expect(try Tensor.stacked([Tensor<Double>([1, 2]), Tensor([3, 4])]).shape == [2, 2])
        #expect(throws: TensorError.self) { try batch.slice(2..<4) }
        #expect(throws: TensorError.self) { try batch.permuted([0, 0]) }
    }
}
