import Foundation
import LotseTestSupport
import LotseWire
import Testing

@testable import LotseSlip

/// The slip's QR code, read for real: the half blocks as the screen shows them are turned back
/// into modules, drawn as an image and decoded with zbarimg (Debian's zbar-tools, which
/// `.ci/run` installs).
@Suite struct QRCodeTests {
    private var slip: Slip {
        var slip = Slip()
        for message in [
            ServerMessage.refer(rank: 1, partner: "jmd-siegen", name: "Jugendmigrationsdienst Siegen (Internationaler Bund)"),
            .why(partner: "jmd-siegen", text: "Молодіжна міграційна служба (JMD) супроводжує молодих людей від 12 до 26 років."),
            .why(partner: "jmd-siegen", text: "(de) Der Jugendmigrationsdienst (JMD) begleitet junge Menschen von 12 bis 26."),
            .info(partner: "jmd-siegen", field: .known(.web), value: "https://www.jugendmigrationsdienste.de"),
            .refer(rank: 2, partner: "jobcenter-siegen-wittgenstein", name: "Jobcenter Kreis Siegen-Wittgenstein"),
            .info(partner: "jobcenter-siegen-wittgenstein", field: .known(.address), value: "Weidenauer Straße 167, Siegen-Weidenau"),
            .info(partner: "jobcenter-siegen-wittgenstein", field: .known(.languages), value: "de"),
            .refer(rank: 3, partner: "notruf", name: "Notruf"),
            .info(partner: "notruf", field: .known(.phone), value: "112, 110"),
        ] { _ = slip.add(message) }
        return slip
    }

    @Test func aCodeReadsBackAsItsText() throws {
        let text = "1. Jugendamt Lichtenfels\nTelefon: 0800 4 5555 00\nÜbersicht · Огляд · نظرة"
        let code = try #require(QRCode(text: text))
        #expect(try QRDecoder.decoded(code.halfBlockLines()) == text)
    }

    @Test func theSlipTextHasThePartnersInOrderWithBilingualFieldNames() {
        let text = SlipCode.fullText(slip, language: "uk")
        #expect(text.hasPrefix("1. Jugendmigrationsdienst Siegen (Internationaler Bund)\nМолодіжна міграційна служба"))
        #expect(!text.contains("(de)"), "one reason, in the person's language")
        #expect(text.contains("\n2. Jobcenter Kreis Siegen-Wittgenstein\n"))
        #expect(!text.contains("languages") && !text.contains(": de"), "contacts only")
        #expect(SlipCode.namesAndPhones(slip) == "Jugendmigrationsdienst Siegen\nJobcenter Kreis Siegen-Wittgenstein\nNotruf: 112, 110")
    }

    @Test func theSlipCodeFitsAPlainTerminalAndReads() throws {
        let (code, text) = try #require(SlipCode.code(for: slip, language: "uk", columns: 80, lines: 23))
        let lines = code.halfBlockLines()
        #expect(lines.count <= 23)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(try QRDecoder.decoded(lines) == text)
    }

    @Test func aSlipTooLongForTheScreenGetsTheShortCodeOrNone() throws {
        let (_, text) = try #require(SlipCode.code(for: slip, language: "uk", columns: 80, lines: 23))
        #expect(text == SlipCode.namesAndPhones(slip), "the Ukrainian reasons do not fit 80 × 24")
        let (_, full) = try #require(SlipCode.code(for: slip, language: "uk", columns: 200, lines: 60))
        #expect(full == SlipCode.fullText(slip, language: "uk"), "a large screen holds the whole slip")
        #expect(SlipCode.code(for: slip, language: "uk", columns: 30, lines: 12) == nil)
    }
}
