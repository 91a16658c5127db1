import Foundation

/// An sRGB colour with components in 0…1.
public struct Color: Sendable, Equatable {
    /// Red, 0…1.
    public var red: Double
    /// Green, 0…1.
    public var green: Double
    /// Blue, 0…1.
    public var blue: Double
    /// Opacity, 0 (transparent) … 1 (opaque).
    public var alpha: Double

    /// A colour from its sRGB components (0…1) and opacity.
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// A colour from a 24-bit hex value such as `0x21918c`.
    public init(hex: UInt32, alpha: Double = 1) {
        self.init(red: Double((hex >> 16) & 0xff) / 255, green: Double((hex >> 8) & 0xff) / 255,
                  blue: Double(hex & 0xff) / 255, alpha: alpha)
    }

    /// The same colour with another opacity.
    public func withAlpha(_ alpha: Double) -> Color {
        Color(red: red, green: green, blue: blue, alpha: alpha)
    }

    /// The straight line between two colours in sRGB: `t = 0` gives `self`, `t = 1` gives `other`.
    public func mixed(with other: Color, _ t: Double) -> Color {
        Color(red: red + (other.red - red) * t, green: green + (other.green - green) * t,
              blue: blue + (other.blue - blue) * t, alpha: alpha + (other.alpha - alpha) * t)
    }

    /// WCAG relative luminance (0 for black, 1 for white).
    public var luminance: Double {
        func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// Black or white, whichever contrasts more with this background (WCAG contrast ratio):
    /// numbers are drawn black on light cells and white on dark ones.
    public var contrastingText: Color {
        let l = luminance
        return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? .black : .white
    }

    /// Black: text on light cells.
    public static let black = Color(hex: 0x000000)
    /// White: the background, and text on dark cells.
    public static let white = Color(hex: 0xffffff)
    /// Text and axis grey.
    public static let gray = Color(hex: 0x555555)
    /// Grid lines and cell borders.
    public static let lightGray = Color(hex: 0xcccccc)
    /// The accent of the older API: ask for `Role.explained.color` instead.
    @available(*, deprecated, message: "figures ask for a role: Role.explained.color")
    public static var accent: Color { Role.explained.color }
    /// The error colour of the older API: ask for `Role.erratum.color` instead.
    @available(*, deprecated, message: "figures ask for a role: Role.erratum.color")
    public static var error: Color { Role.erratum.color }
    /// The data-series palette of the older API: ask for `Role.series(i).color` instead.
    @available(*, deprecated, message: "figures ask for a role: Role.series(i).color")
    public static var series: [Color] { Role.seriesPalette }
}
