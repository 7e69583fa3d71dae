import LotseTestSupport
import LotseWire
import Testing

@testable import LotseSlip

/// The slip's short code in the person's language: a title, and per place its name, a few
/// words of what it is for and its phone.
@Suite struct SlipCodeShortTests {
    private func slip(_ messages: [ServerMessage]) -> Slip {
        var slip = Slip()
        for message in messages { _ = slip.add(message) }
        return slip
    }

    private var siegen: Slip {
        slip([
            .refer(rank: 1, partner: "jmd", name: "Jugendmigrationsdienst Siegen (Internationaler Bund)"),
            .why(partner: "jmd", text: "Молодіжна міграційна служба (JMD) супроводжує молодих людей від 12 до 26 років."),
            .why(partner: "jmd", text: "(de) Der Jugendmigrationsdienst (JMD) begleitet junge Menschen von 12 bis 26."),
            .info(partner: "jmd", field: .known(.address), value: "Koblenzer Straße 9, 57072 Siegen"),
            .info(partner: "jmd", field: .known(.phone), value: "0271 2345 (Mo–Fr)"),
            .info(partner: "jmd", field: .known(.web), value: "https://www.jugendmigrationsdienste.de"),
            .refer(rank: 2, partner: "jobcenter", name: "Jobcenter Kreis Siegen-Wittgenstein"),
            .why(partner: "jobcenter", text: "(de) Das Jobcenter hilft mit Geld zum Leben, Wohnung und Arbeit."),
            .why(partner: "jobcenter", text: "Джобцентр допомагає з грошима на життя, житлом і пошуком роботи."),
            .info(partner: "jobcenter", field: .known(.address), value: "Weidenauer Straße 167, Siegen-Weidenau"),
            .info(partner: "jobcenter", field: .known(.hours), value: "Mo–Fr 8–12:30, Do 14–17:30"),
            .refer(rank: 3, partner: "notruf", name: "Notruf"),
            .why(partner: "notruf", text: "Коли є небезпека для життя."),
            .info(partner: "notruf", field: .known(.phone), value: "112, 110"),
        ])
    }

    @Test func theShortCodeHasTheTitleAndTheCutReasonsInTheLanguageInOrder() throws {
        let (code, text) = try #require(SlipCode.code(for: siegen, language: "uk", maximumSize: 69))
        #expect(
            text == """
                Lotse – твої місця
                1. Jugendmigrationsdienst Siegen
                Молодіжна міграційна служба (JMD)…
                0271 2345
                2. Jobcenter Kreis Siegen-Wittgenstein
                Джобцентр допомагає з грошима на життя…
                3. Notruf
                Коли є небезпека для життя.
                112, 110
                """)
        #expect(try QRDecoder.decoded(code.halfBlockLines()) == text)
    }

    @Test func aPlainTerminalGetsTheShortCodeInTheLanguageWhenItFitsElseNamesAndPhones() throws {
        let olpe = slip([
            .refer(rank: 1, partner: "jugendamt", name: "Jugendamt Olpe"),
            .why(partner: "jugendamt", text: "Югендамт допомагає дітям, молоді та сім’ям у складних ситуаціях."),
            .info(partner: "jugendamt", field: .known(.address), value: "Westfälische Straße 75, 57462 Olpe"),
            .info(partner: "jugendamt", field: .known(.phone), value: "02761 81-0"),
            .info(partner: "jugendamt", field: .known(.web), value: "https://www.kreis-olpe.de"),
        ])
        let (code, text) = try #require(SlipCode.code(for: olpe, language: "uk", columns: 80, lines: 23))
        #expect(text == "Lotse – твої місця\n1. Jugendamt Olpe\nЮгендамт допомагає дітям, молоді та…\n02761 81-0")
        #expect(try QRDecoder.decoded(code.halfBlockLines()) == text)
        let (_, names) = try #require(SlipCode.code(for: siegen, language: "uk", columns: 80, lines: 23))
        #expect(names == "Jugendmigrationsdienst Siegen: 0271 2345\nJobcenter Kreis Siegen-Wittgenstein\nNotruf: 112, 110")
    }
}
