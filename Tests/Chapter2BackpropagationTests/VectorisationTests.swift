@testable import Chapter2Backpropagation
import Foundation
import Testing

/// Figure 5 draws the measurement `cnnlab bench mlp --record` committed in the chapter's
/// Measurements/ folder; these tests read it the way the report does.
@Suite("Mini-batch vectorisation record")
struct VectorisationTests {
    @Test("the committed record holds every batch size of the benchmark with positive times")
    func committedRecord() throws {
        let record = try Vectorisation.recorded()
        #expect(record.layerSize == Vectorisation.layerSize)
        #expect(record.measurements.map(\.batch) == Vectorisation.batches)
        #expect(record.machine.cores >= 1 && record.machine.blasThreads >= 1 && record.repetitions >= 1)
        #expect(record.date.count == 10 && record.date.hasPrefix("20"), "ISO 8601 day, got \(record.date)")
    }

    @Test("IFT 780's claim holds in the record: from B = 32 on, one GEMM per batch is faster per example")
    func claim() throws {
        for m in try Vectorisation.recorded().measurements where m.batch >= 32 {
            #expect(m.forwardBatched < m.forwardPerExample, "forward at B = \(m.batch)")
            #expect(m.trainingBatched < m.trainingPerExample, "training step at B = \(m.batch)")
        }
    }

    @Test("a record survives its JSON form; malformed or non-positive records are refused")
    func roundTrip() throws {
        let record = try Vectorisation.recorded()
        #expect(try Vectorisation.Record.decode(record.json()) == record)
        #expect(throws: VectorisationError.self) { try Vectorisation.Record.decode(Data("{}".utf8)) }
        let zero = Vectorisation.Record(
            date: "2025-01-01", machine: record.machine, layerSize: 256, repetitions: 1,
            measurements: [.init(batch: 1, forwardBatched: 0, forwardPerExample: 1, trainingBatched: 1, trainingPerExample: 1)])
        #expect(throws: VectorisationError.self) { try Vectorisation.Record.decode(zero.json()) }
    }

    @Test("the caption says where the numbers come from and prints the record's gains at B = 32")
    func caption() throws {
        let record = try Vectorisation.recorded()
        let text = VectorisationFigure.caption(record).english
        let at32 = try #require(record.measurements.first { $0.batch == 32 })
        #expect(text.contains("recorded with the chapter's sources"))
        #expect(!text.contains("Chapters/"), "no file path in a caption (issue 16)")
        #expect(text.contains("cnnlab bench mlp --record"))
        #expect(text.contains("on \(record.date)") && text.contains("\(record.machine.cores)-core"))
        let gain = VectorisationFigure.measured(at32.forwardPerExample / at32.forwardBatched, digits: 2)
        #expect(text.contains("it is \(gain)× faster forward"))
    }
}
