/// How Rohrer's figures, and Pasco's slides after them, print the X/O maps: truncated toward
/// zero to two decimals — 7/9 = 0.777… prints "0.77", 5/9 "0.55", −5/9 "-0.55", where rounding
/// would give 0.78 and 0.56 (catalogue §0, convention 5). The tests compare the numerators k of
/// k/9 exactly and use this only to check the printed form.
public enum SlideTruncation {
    /// `value` truncated toward zero to two decimals, e.g. "0.77", "-0.11", "1.00", "0.00".
    /// `minus` is the sign to print ("-" as the slides, "−" for the figures' typography).
    public static func string(_ value: Double, minus: String = "-") -> String {
        let hundredths = self.hundredths(value)
        let magnitude = abs(hundredths)
        let digits = "\(magnitude / 100)." + (magnitude % 100 < 10 ? "0" : "") + "\(magnitude % 100)"
        return (hundredths < 0 ? minus : "") + digits
    }

    /// `value` truncated toward zero to two decimals, as a number (7/9 → 0.77): a grid that
    /// rounds to two decimals then shows what the slides print.
    public static func truncated(_ value: Double) -> Double {
        Double(hundredths(value)) / 100
    }

    /// ⌊100·|value|⌋ with the sign of `value`, with a hair of slack so that a value such as 0.29,
    /// stored as 0.28999…, is not cut to 0.28.
    static func hundredths(_ value: Double) -> Int {
        Int((value * 100 + (value < 0 ? -1e-9 : 1e-9)).rounded(.towardZero))
    }
}
