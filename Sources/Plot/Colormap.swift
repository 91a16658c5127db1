/// A colour ramp over 0…1, linear in sRGB between evenly spaced control colours.
public struct Colormap: Sendable {
    /// The control colours, first at t = 0 and last at t = 1.
    public let stops: [Color]

    /// A ramp through `stops`, evenly spaced over 0…1.
    public init(stops: [Color]) {
        self.stops = stops
    }

    /// The colour at `t`, clamped to 0…1; a non-finite `t` gives `Color.lightGray` ("no value").
    public func color(at t: Double) -> Color {
        guard t.isFinite, let first = stops.first else { return .lightGray }
        guard stops.count > 1 else { return first }
        let position = min(max(t, 0), 1) * Double(stops.count - 1)
        let index = min(Int(position), stops.count - 2)
        return stops[index].mixed(with: stops[index + 1], position - Double(index))
    }

    /// Viridis (van der Walt & Smith, matplotlib's default): perceptually uniform, dark purple to
    /// yellow, readable in grey and by colour-blind readers. For images and activations.
    /// Control points are matplotlib's viridis sampled at t = 0, 0.1, …, 1.
    public static let viridis = Colormap(stops: [
        0x440154, 0x482475, 0x414487, 0x355f8d, 0x2a788e, 0x21918c,
        0x22a884, 0x44bf70, 0x7ad151, 0xbddf26, 0xfde725,
    ].map { Color(hex: $0) })

    /// Blue–white–red (ColorBrewer RdBu reversed, its centre made pure white): for signed values
    /// — filters, gradients, signed feature maps — with 0 at t = 0.5 drawn white, negative blue,
    /// positive red. Symmetric: the same distance from the centre gives the same lightness.
    public static let diverging = Colormap(stops: [
        0x053061, 0x2166ac, 0x4393c3, 0x92c5de, 0xd1e5f0, 0xffffff,
        0xfddbc7, 0xf4a582, 0xd6604d, 0xb2182b, 0x67001f,
    ].map { Color(hex: $0) })
}
