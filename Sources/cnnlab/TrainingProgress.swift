import Foundation
import NeuralNet

/// What `cnnlab train` shows while it trains. On a terminal, one status line redrawn in place
/// (epoch, batch i/n, the running mean loss of the epoch, images per second, time left),
/// at most ten times a second; elsewhere (a log, CI) nothing but the epoch lines.
struct TrainingProgress {
    /// Whether stdout is a terminal.
    let redraws: Bool
    let epochs: Int
    private var epochStart = ContinuousClock.now
    private var lastDraw = ContinuousClock.now
    private var (lossSum, examples) = (0.0, 0)
    /// Seconds per batch so far, over every epoch (for the time left).
    private var (trainingSeconds, batchesDone) = (0.0, 0)
    private var drawn = false

    init(epochs: Int, redraws: Bool = isatty(STDOUT_FILENO) == 1) {
        self.epochs = epochs
        self.redraws = redraws
    }

    /// Called after every mini-batch.
    mutating func batch(_ record: BatchRecord) {
        guard redraws else { return }
        let now = ContinuousClock.now
        // The first line of an epoch waits 0.1 s, until the speed means something.
        if record.batch == 1 { (epochStart, lastDraw, lossSum, examples) = (now, now, 0, 0) }
        lossSum += record.loss * Double(record.examples)
        examples += record.examples
        let elapsed = seconds(epochStart.duration(to: now))
        if record.batch == record.batches {
            trainingSeconds += elapsed
            batchesDone += record.batches
        }
        guard record.batch == record.batches || seconds(lastDraw.duration(to: now)) >= 0.1 else { return }
        lastDraw = now
        let perBatch = batchesDone > 0 ? trainingSeconds / Double(batchesDone) : elapsed / Double(record.batch)
        let left = Double((epochs - record.epoch) * record.batches + record.batches - record.batch) * perBatch
        let line = String(format: "epoch %d/%d  batch %d/%d  loss %.4f  %.0f images/s  ETA %@",
                          record.epoch, epochs, record.batch, record.batches, lossSum / Double(examples),
                          Double(examples) / Swift.max(elapsed, 1e-9), Self.clock(left))
        FileHandle.standardOutput.write(Data(("\r\u{1B}[K" + line).utf8))
        drawn = true
    }

    /// Clears the status line before an epoch's line is printed.
    mutating func clear() {
        guard redraws, drawn else { return }
        FileHandle.standardOutput.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }

    /// m:ss, or h:mm:ss past an hour.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, s) : String(format: "%d:%02d", m, s)
    }

    private func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }
}
