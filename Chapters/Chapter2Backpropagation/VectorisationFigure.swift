import Foundation
import Plot

/// Figure 5: time per example of one matrix product per mini-batch against one matrix–vector
/// product per example, as the batch grows — drawn from the measurement `cnnlab bench mlp
/// --record` wrote in Measurements/vectorisation.json, never timed while the report renders.
enum VectorisationFigure {
    static func make() throws -> Figure {
        let record = try Vectorisation.recorded()
        let results = record.measurements
        let b = results.map { Double($0.batch) }
        let us = 1e6
        let series = { (language: Language) in [
            Series(Text.forwardBatched(language), x: b, y: results.map { $0.forwardBatched * us }, color: Role.series(0).color, marker: .circle),
            Series(Text.forwardPerExample(language), x: b, y: results.map { $0.forwardPerExample * us }, color: Role.series(0).color,
                   marker: .square, dash: [5, 4]),
            Series(Text.trainingBatched(language), x: b, y: results.map { $0.trainingBatched * us }, color: Role.series(2).color, marker: .circle),
            Series(Text.trainingPerExample(language), x: b, y: results.map { $0.trainingPerExample * us }, color: Role.series(2).color,
                   marker: .square, dash: [5, 4]),
        ] }
        let rows = results.map { r in
            [String(r.batch), measured(r.forwardBatched * us), measured(r.forwardPerExample * us),
             measured(r.forwardPerExample / r.forwardBatched, digits: 2) + "×",
             measured(r.trainingBatched * us), measured(r.trainingPerExample * us),
             measured(r.trainingPerExample / r.trainingBatched, digits: 2) + "×"]
        }
        let n = record.layerSize
        return Figure(
            id: "minibatch-vectorisation", title: Text.vectorisationTitle.words(),
            caption: caption(record), source: Text.vectorisationSource.words(), width: 1000, height: 470
        ) { canvas, rect, language in
            let (chart, side) = rect.sliceRight(520, spacing: 24)
            try LineChart(series: series(language), xLabel: Text.batchAxis(language, ["n": .integer(n)]),
                          yLabel: Text.timeAxis(language), logX: true, logXBase: 2, logY: true,
                          legend: .bottomLeft)
                .draw(on: canvas, in: chart)
            try Table(header: ["B"] + [Text.fwdGEMM, .fwdPerExample, .gain, .trainGEMM, .trainPerExample, .gain].map { $0(language) },
                      rows: rows, fontSize: FontSize.number).draw(on: canvas, in: side.inset(top: 10))
        }
    }

    /// A measured time or ratio, every digit shown ("2.00", not "2").
    static func measured(_ value: Double, digits: Int = 3) -> String {
        NumberFormat.significant(value, digits: digits, trailingZeros: true)
    }

    /// What was timed, where the numbers come from, and what they show (every number from `record`).
    static func caption(_ record: Vectorisation.Record) -> Words {
        let us = 1e6, n = record.layerSize
        let machine = record.machine
        let first = record.measurements[0]
        let top = record.measurements.last { $0.batch <= 32 } ?? first
        let kernel = machine.openblasCoretype.map { Words.same("OPENBLAS_CORETYPE=\($0)") } ?? Text.defaultKernel.words()
        // A measured value keeps every digit ("2.00"), with the language's decimal separator.
        let value = { (number: Double, digits: Int) in TextValue.words(Words { NumberFormat.prose(measured(number, digits: digits), in: $0) }) }
        let threads = Text.threadCount.words(["k": .integer(machine.blasThreads)])
        return Text.vectorisationCaption.words([
            "n": .integer(n), "b1": .integer(first.batch), "batched": value(first.forwardBatched * us, 3),
            "perExample": value(first.forwardPerExample * us, 3), "top": .integer(top.batch),
            "forwardGain": value(top.forwardPerExample / top.forwardBatched, 2),
            "trainingGain": value(top.trainingPerExample / top.trainingBatched, 2), "kilobytes": .integer(n * n * 4 / 1024),
            "cores": .integer(machine.cores), "processor": .text(machine.processor), "date": .text(record.date),
            "threads": .words(machine.blasThreads == 1 ? threads : .concatenation(threads, .same("s"))),
            "kernel": .words(kernel), "repetitions": .integer(record.repetitions),
        ])
    }
}
