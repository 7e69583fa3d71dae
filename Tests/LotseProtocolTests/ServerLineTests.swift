import Foundation
import LotseDialog
import LotseEngine
import Testing

@testable import LotseProtocol

/// Engine events spelt as protocol v1 server lines.
@Suite struct ServerLineTests {
    @Test(arguments: [
        (Event.say("Hallo!"), ["SAY Hallo!"]),
        (.ask(slot: "age", kind: .number(min: 5, max: 99)), ["ASK age number min=5 max=99"]),
        (.ask(slot: "region", kind: .choice), ["ASK region choice"]),
        (.ask(slot: "crisis", kind: .yesno), ["ASK crisis yesno"]),
        (.option(number: 2, key: "siegen-wittgenstein", label: "Kreis Siegen-Wittgenstein"),
         ["OPT 2 siegen-wittgenstein Kreis Siegen-Wittgenstein"]),
        (.refer(rank: 1, partner: "jmd-siegen", name: "Jugendmigrationsdienst Siegen"), ["REFER 1 jmd-siegen Jugendmigrationsdienst Siegen"]),
        (.why(partner: "jmd-siegen", text: "Weil."), ["WHY jmd-siegen Weil."]),
        (.info(partner: "notruf", field: .languagesOnRequest, value: "ru,tr"), ["INFO notruf languages-on-request ru,tr"]),
        (.note("Tipp"), ["NOTE Tipp"]),
        (.trace("rule x: a → true"), ["TRACE rule x: a → true"]),
        (.error(.lineTooLong, "Zu lang."), ["ERR 413 Zu lang."]),
        (.end(.noReferral), ["END no-referral"]),
        (.wait, ["WAIT"]),
        (.bye(.shutdown), ["BYE shutdown"]),
    ])
    func eachEventIsOneLine(_ event: Event, _ lines: [String]) {
        #expect(ServerLine.lines(for: event) == lines)
    }

    @Test func lineBreaksBecomeSeveralLinesOfTheSameTag() {
        #expect(ServerLine.lines(for: .say("Eins.\nZwei.\r\n\nDrei.")) == ["SAY Eins.", "SAY Zwei.", "SAY Drei."])
        #expect(ServerLine.lines(for: .why(partner: "p", text: "a\nb")) == ["WHY p a", "WHY p b"])
        #expect(ServerLine.lines(for: .error(.notUnderstood, "a\nb")) == ["ERR 400 a b"])
    }

    @Test func controlCharactersAreStripped() {
        #expect(ServerLine.lines(for: .say("a\u{1B}[31mb\u{7}c\u{0}d\u{9B}e")) == ["SAY a[31mbcde"])
        #expect(ServerLine.lines(for: .option(number: 1, key: "k", label: "x\ty")) == ["OPT 1 k xy"])
    }

    @Test func emptyTextStillGivesTheTag() {
        #expect(ServerLine.lines(for: .say("")) == ["SAY"])
    }

    @Test func helloNamesSessionDialogAndLanguages() throws {
        let dialog = try DialogLoader.load(directory: Fixtures.mini)
        #expect(ServerLine.hello(session: "7f3a", dialog: dialog) == "HELLO lotse/1 session=7f3a dialog=mini@\(dialog.version) langs=de,en")
    }
}

enum Fixtures {
    static let mini = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/mini").path
}
