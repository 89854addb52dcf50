import Foundation

/// How a colour looks to someone with protanopia or deuteranopia (no working red or green
/// cones), and how far apart two colours look: so a test can check that a theme's state
/// colours (success, warning, danger, info) stay apart for the agents who most often confuse
/// them (issue 15 item 6).
///
/// The simulation is Machado, Oliveira and Fernandes (2009) at full severity, applied in
/// linear RGB; the distance is CIE 1976 ΔE in L*a*b* (D65), where about 2 is just noticeable
/// and 10 or more is plainly a different colour.
public enum ColourVision: Sendable, CaseIterable {
    case typical, protanopia, deuteranopia

    /// `colour` as this kind of vision sees it, in linear RGB (0…1 each).
    public func sees(_ colour: (UInt8, UInt8, UInt8)) -> (Double, Double, Double) {
        let (r, g, b) = Self.linear(colour)
        let m: [[Double]]
        switch self {
        case .typical: return (r, g, b)
        case .protanopia: m = [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
        case .deuteranopia: m = [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
        }
        func row(_ i: Int) -> Double { min(1, max(0, m[i][0] * r + m[i][1] * g + m[i][2] * b)) }
        return (row(0), row(1), row(2))
    }

    /// How different two colours look to this kind of vision (CIE76 ΔE).
    public func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Double {
        let la = Self.lab(sees(a)), lb = Self.lab(sees(b))
        return ((la.0 - lb.0) * (la.0 - lb.0) + (la.1 - lb.1) * (la.1 - lb.1) + (la.2 - lb.2) * (la.2 - lb.2)).squareRoot()
    }

    /// An sRGB colour's linear components (0…1).
    static func linear(_ colour: (UInt8, UInt8, UInt8)) -> (Double, Double, Double) {
        func channel(_ value: UInt8) -> Double {
            let c = Double(value) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return (channel(colour.0), channel(colour.1), channel(colour.2))
    }

    /// Linear RGB to CIE L*a*b* under D65.
    static func lab(_ rgb: (Double, Double, Double)) -> (Double, Double, Double) {
        let (r, g, b) = rgb
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
        func f(_ t: Double) -> Double { t > 216.0 / 24389 ? cbrt(t) : (24389.0 / 27 * t + 16) / 116 }
        return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))
    }
}
