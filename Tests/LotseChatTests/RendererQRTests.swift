import LotseSlip
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

/// The places `/more` shows join the slip before them, so that `/qr` and `/print` hold them all.
@Suite struct RendererMoreTests {
    @Test func placesShownWithMoreJoinTheLastSlipAndANewReferralReplacesIt() {
        var renderer = Renderer(width: 80, language: "de", style: Style(colored: false))
        func show(_ messages: [ServerMessage]) {
            for message in messages { _ = renderer.render(message) }
            _ = renderer.flush()
        }
        show([.refer(rank: 1, partner: "jmd", name: "JMD"), .refer(rank: 2, partner: "hwk", name: "HWK")])
        show([.refer(rank: 3, partner: "frauenhaus", name: "Frauenhaus")])
        #expect(renderer.lastSlip.entries.map(\.partner) == ["jmd", "hwk", "frauenhaus"])
        #expect(renderer.slipText().contains("3. Frauenhaus"))
        show([.refer(rank: 1, partner: "mbe", name: "MBE")])
        #expect(renderer.lastSlip.entries.map(\.partner) == ["mbe"], "a new referral starts a new slip")
    }
}
