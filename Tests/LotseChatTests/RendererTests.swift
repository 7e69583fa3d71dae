import LotseWire
import Testing

@testable import LotseChat

/// What people see for each server line, without a terminal.
@Suite struct RendererTests {
    private func render(_ lines: [String], width: Int = 40, language: String = "de", colored: Bool = false) -> [String] {
        var renderer = Renderer(width: width, language: language, style: Style(colored: colored))
        return lines.flatMap { renderer.render(ServerMessage(line: $0)) } + renderer.flush()
    }

    @Test func protocolNoiseShowsNothing() {
        let shown = render([
            "HELLO lotse/1 session=1 dialog=mini@1 langs=de,en", "ASK age number min=5 max=99", "WAIT", "END referred", "BYE quit",
        ])
        #expect(shown.isEmpty)
    }

    @Test func sayIsWrappedToTheWidth() {
        let shown = render(["SAY Hallo! Ich helfe dir, die passende Beratungsstelle zu finden."], width: 20)
        #expect(shown == ["Hallo! Ich helfe", "dir, die passende", "Beratungsstelle zu", "finden."])
        #expect(shown.allSatisfy { DisplayWidth.of($0) <= 20 })
    }

    @Test(arguments: [
        "Привет! Я помогу тебе найти подходящую консультацию рядом с тобой.",
        "Cześć! Pomogę ci znaleźć właściwe miejsce, gdzie dostaniesz pomoc.",
        "Merhaba! Sana uygun danışma yerini bulmana yardım edeceğim şimdi.",
        "مرحبًا! سأساعدك في العثور على مكان الاستشارة المناسب لك اليوم.",
    ])
    func otherScriptsWrapByColumnsNotBytes(_ text: String) {
        let shown = render(["SAY \(text)"], width: 24)
        #expect(shown.count > 1)
        #expect(shown.allSatisfy { DisplayWidth.of($0) <= 24 }, "\(shown)")
        #expect(shown.joined(separator: " ") == text)
    }

    @Test func optionsAreANumberedList() {
        let shown = render(["OPT 1 nord Norden", "OPT 2 sued Süden", "OPT 10 other Woanders"])
        #expect(shown == ["   1) Norden", "   2) Süden", "  10) Woanders"])
    }

    @Test func errorsNotesAndTracesHaveTheirMarks() {
        #expect(render(["ERR 400 Bitte wähle eine Zahl von 1 bis 3."]) == ["! Bitte wähle eine Zahl von 1 bis 3."])
        #expect(render(["NOTE Mit /back gehst du zurück."]) == ["» Mit /back gehst du zurück."])
        #expect(render(["TRACE rule young: age < 27 → true"]) == ["· rule young: age < 27 → true"])
    }

    @Test func coloursOnlyWhenAsked() {
        let plain = render(["ERR 400 Nein.", "OPT 1 a A", "TRACE x", "NOTE y"])
        #expect(!plain.joined().contains("\u{1B}"))
        let colored = render(["ERR 400 Nein.", "TRACE x"], colored: true)
        #expect(colored == ["\u{1B}[1;31m! Nein.\u{1B}[0m", "\u{1B}[2m· x\u{1B}[0m"])
    }

    @Test func theSlipIsABlockWithReasonsLanguagesAndContacts() {
        let shown = render(
            [
                "SAY Diese Stellen helfen dir.",
                "REFER 1 jmd-siegen Jugendmigrationsdienst Siegen",
                "WHY jmd-siegen Der JMD berät junge Menschen bis 27.",
                "INFO jmd-siegen languages de,en,pl",
                "INFO jmd-siegen languages-on-request ru,tr",
                "INFO jmd-siegen address Rathausstraße 1, 57072 Siegen",
                "INFO jmd-siegen phone 0271 000",
                "REFER 2 telefonseelsorge TelefonSeelsorge",
                "INFO telefonseelsorge hours rund um die Uhr",
                "WAIT",
            ], width: 60, language: "en")
        #expect(
            shown == [
                "Diese Stellen helfen dir.",
                "",
                "  1. Jugendmigrationsdienst Siegen",
                "     • Der JMD berät junge Menschen bis 27.",
                "     Languages · Sprachen: Deutsch, [English], Polski; on",
                "       request: Русский, Türkçe",
                "     Address · Adresse: Rathausstraße 1, 57072 Siegen",
                "     Phone · Telefon: 0271 000",
                "",
                "  2. TelefonSeelsorge",
                "     Opening hours · Öffnungszeiten: rund um die Uhr",
                "For your phone: /qr shows this overview as a code for the",
                "camera.",
                "",
            ])
    }

    @Test func theSlipInGermanNamesFieldsOnce() {
        let shown = render(["REFER 1 mbe MBE", "INFO mbe languages de", "INFO mbe web https://example.org"], width: 60)
        #expect(shown.contains("     Sprachen: [Deutsch]"))
        #expect(shown.contains("     Internet: https://example.org"))
    }

    @Test func aColouredSlipHighlightsTheLanguageWithoutBrackets() {
        let shown = render(["REFER 1 mbe MBE", "INFO mbe languages de,ru"], width: 60, language: "ru", colored: true)
        #expect(shown.joined().contains("\u{1B}[1;32mРусский\u{1B}[0m"))
        #expect(!shown.joined().contains("[Русский]"))
    }
}
