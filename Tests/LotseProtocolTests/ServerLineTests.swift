import Foundation
import LotseDialog
import LotseEngine
import LotseTestSupport
import Testing

@testable import LotseProtocol

/// Engine events spelt as protocol v1 server lines.
@Suite struct ServerLineTests {
    static let mini = try! DialogLoader.load(directory: Repository.fixture("mini"))
    /// The mini dialog's questions, spelt ahead.
    static let questions = SpeltQuestions(dialog: mini)

    /// The lines of `events`, a question's from `questions`.
    static func lines(_ events: [Event]) -> [String] {
        ServerLine.lines(for: events, questions: questions)
    }

    /// The lines of one event.
    static func lines(_ event: Event) -> [String] {
        lines([event])
    }

    @Test(arguments: [
        (Event.say("Hallo!"), "SAY Hallo!"),
        (.ask(slot: "age", kind: .number(min: 5, max: 99)), "ASK age number min=5 max=99"),
        (.ask(slot: "temperature", kind: .number(min: -20, max: 0)), "ASK temperature number min=-20 max=0"),
        (.ask(slot: "region", kind: .choice), "ASK region choice"),
        (.ask(slot: "crisis", kind: .yesno), "ASK crisis yesno"),
        (.ask(slot: "name", kind: .text), "ASK name text"),
        (
            .option(number: 2, key: "siegen-wittgenstein", label: "Kreis Siegen-Wittgenstein"),
            "OPT 2 siegen-wittgenstein Kreis Siegen-Wittgenstein"
        ),
        (.refer(rank: 1, partner: "jmd-siegen", name: "Jugendmigrationsdienst Siegen"), "REFER 1 jmd-siegen Jugendmigrationsdienst Siegen"),
        (.why(partner: "jmd-siegen", text: "Weil."), "WHY jmd-siegen Weil."),
        (.note("Tipp"), "NOTE Tipp"),
        (.trace("rule x: a → true"), "TRACE rule x: a → true"),
        (.end(.referred), "END referred"),
        (.end(.noReferral), "END no-referral"),
        (.end(.emergency), "END emergency"),
        (.wait, "WAIT"),
    ])
    func eachEventIsOneLine(_ event: Event, _ line: String) {
        #expect(Self.lines(event) == [line])
    }

    @Test(arguments: [
        (InfoField.languages, "INFO p languages de,en"),
        (.languagesOnRequest, "INFO p languages-on-request de,en"),
        (.address, "INFO p address de,en"),
        (.phone, "INFO p phone de,en"),
        (.web, "INFO p web de,en"),
        (.hours, "INFO p hours de,en"),
        (.note, "INFO p note de,en"),
    ])
    func everyInfoField(_ field: InfoField, _ line: String) {
        #expect(Self.lines(.info(partner: "p", field: field, value: "de,en")) == [line])
    }

    @Test(arguments: [
        (ErrorCode.notUnderstood, "ERR 400 Nein."), (.counselorOnly, "ERR 403 Nein."), (.unknownCommand, "ERR 404 Nein."),
        (.lineTooLong, "ERR 413 Nein."), (.tooMany, "ERR 429 Nein."), (.shuttingDown, "ERR 503 Nein."),
    ])
    func everyErrorCode(_ code: ErrorCode, _ line: String) {
        #expect(ServerLine.lines(for: .server([.error(code, "Nein.")])) == [line])
    }

    @Test(arguments: [(ByeReason.quit, "BYE quit"), (.idle, "BYE idle"), (.shutdown, "BYE shutdown"), (.limit, "BYE limit")])
    func everyByeReason(_ reason: ByeReason, _ line: String) {
        #expect(ServerLine.lines(for: .server([.bye(reason)])) == [line])
    }

    @Test func textWithLineBreaksBecomesSeveralLinesOfTheSameTag() {
        #expect(Self.lines(.say("Eins.\nZwei.\r\n\nDrei.")) == ["SAY Eins.", "SAY Zwei.", "SAY Drei."])
        #expect(Self.lines(.note("/back – zurück\n/quit – beenden\n")) == ["NOTE /back – zurück", "NOTE /quit – beenden"])
        #expect(Self.lines(.why(partner: "p", text: "a\rb\u{2028}c")) == ["WHY p a", "WHY p b", "WHY p c"])
        #expect(
            Self.lines(.info(partner: "p", field: .hours, value: "Mo 9-12\nDi 14-16")) == [
                "INFO p hours Mo 9-12", "INFO p hours Di 14-16",
            ])
        #expect(Self.lines(.trace("a\nb")) == ["TRACE a", "TRACE b"])
    }

    @Test func singleLineFieldsTurnLineBreaksIntoSpaces() {
        #expect(Self.lines(.error(.notUnderstood, "a\nb")) == ["ERR 400 a b"])
        #expect(Self.lines(.option(number: 1, key: "k", label: "Zwei\nZeilen")) == ["OPT 1 k Zwei Zeilen"])
        #expect(Self.lines(.refer(rank: 1, partner: "p", name: "Name\r\nmit Umbruch")) == ["REFER 1 p Name mit Umbruch"])
    }

    @Test func controlCharactersAreStripped() {
        #expect(Self.lines(.say("a\u{1B}[31mb\u{7}c\u{0}d\u{9B}e\u{7F}f")) == ["SAY a[31mbcdef"])
        #expect(Self.lines(.option(number: 1, key: "k", label: "x\ty")) == ["OPT 1 k xy"])
        #expect(Self.lines(.error(.notUnderstood, "\u{1B}[2Jweg")) == ["ERR 400 [2Jweg"])
        #expect(Self.lines(.refer(rank: 1, partner: "p", name: "\u{85}Name")) == ["REFER 1 p Name"])
    }

    @Test func spacesAroundEachLineAreTrimmedAndEmptyLinesDropped() {
        #expect(Self.lines(.say("  Hallo  \n   \nDu ")) == ["SAY Hallo", "SAY Du"])
        #expect(Self.lines(.say("")) == ["SAY"])
        #expect(Self.lines(.note("\n\u{1B}\n")) == ["NOTE"])
    }

    /// The fast path that passes a text through untouched must agree with the slow cleaning.
    @Test(arguments: [
        "Hallo", "Привет, как дела?", "مرحبا ١٩", "Zażółć gęślą jaźń", "", " x", "x ", "\tx", "a\u{85}b", "a\u{9F}",
        "a\u{A0}b", "a\u{2027}b", "a\u{2028}b", "a\u{2029}", "a\u{7F}", "a\nb", "a\u{1B}[0m", "𝄞 ok",
    ])
    func cleanTextIsRecognisedWithoutCopying(_ text: String) {
        let unchanged = ServerLine.clean(text) == text && !text.contains(where: \.isNewline)
        #expect(ServerLine.isClean(text) == unchanged)
    }

    /// Texts are checked eight bytes at a time: a character that needs cleaning is found at
    /// every place in and across those words.
    @Test(arguments: ["\u{0}", "\u{1F}", "\u{7F}", "\u{85}", "\u{9F}", "\u{2028}", "\u{2029}", "\t", "\n"])
    func aControlCharacterIsFoundAtEveryPlaceInAWord(_ control: String) {
        for place in 1...20 {
            let text = String(repeating: "a", count: place) + control + String(repeating: "b", count: 21 - place)
            #expect(!ServerLine.isClean(text), "at \(place)")
        }
        // Printable neighbours of the control characters stay clean: space, ~, U+00A0, U+2027.
        let near = String(repeating: "a ~", count: 7) + "\u{A0}\u{2027}" + String(repeating: "z", count: 9)
        #expect(ServerLine.isClean(near))
    }

    @Test func aTurnIsItsEventsLinesInOrder() {
        var session = Session(dialog: Self.mini)
        #expect(
            Self.lines(session.start()) == [
                "SAY Hallo!", "SAY Bist du in Not?", "ASK crisis yesno", "OPT 1 yes Ja", "OPT 2 no Nein",
                "NOTE Mit /skip geht es ohne Antwort weiter.", "WAIT",
            ])
        #expect(Self.lines(session.step("/help")) == ["NOTE /back – zurück", "NOTE /quit – beenden", "WAIT"])
        #expect(Self.lines(session.step("nein")) == ["SAY Wie alt bist du?", "ASK age number min=5 max=99", "WAIT"])
        #expect(Self.lines(session.step("/quit")) == ["BYE quit"])
    }

    @Test func helloNamesSessionDialogAndLanguages() {
        let version = Self.mini.version
        #expect(
            ServerLine.hello(session: "7f3a09c1", dialog: Self.mini)
                == "HELLO lotse/1 session=7f3a09c1 dialog=mini@\(version) langs=de,en lang-slot=counsel-lang")
        #expect(version.count == 8 && version.allSatisfy(\.isHexDigit))
        #expect(ServerLine.protocolVersion == "lotse/1")
    }
}
