import LotseWire
import Testing

@testable import LotseChat

/// The terminal's drawing of the last slip's code.
@Suite struct RendererQRTests {
    @Test func theRendererDrawsTheLastSlipWhiteOnBlack() {
        var renderer = Renderer(width: 80, language: "uk", style: Style(colored: true))
        #expect(renderer.qrCode(lines: 24).isEmpty, "no slip yet")
        for message in [
            ServerMessage.refer(rank: 1, partner: "mbe", name: "MBE"),
            .info(partner: "mbe", field: .known(.web), value: "https://www.migrationsberatung.org"),
        ] {
            _ = renderer.render(message)
        }
        #expect(renderer.flush().contains { $0.contains("/qr") })
        let lines = renderer.qrCode(lines: 24)
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.hasPrefix("\u{1B}[97;40m") })
    }
}
