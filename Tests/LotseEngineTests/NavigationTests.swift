import Testing

@testable import LotseEngine

/// /back, /restart, /skip, /lang, /help, /quit and the counselor commands.
@Suite struct NavigationTests {
    @Test func backUndoesTheLastAnswerAndAsksAgain() {
        var session = Session.mini(after: ["nein", "19"])
        #expect(session.openQuestion == "ask-region")
        let events = session.step("/back")
        #expect(events.asked == "age")
        #expect(session.slots["age"] == nil)
        #expect(session.slots["crisis"] == .key("no"))
        #expect(session.step("20").asked == "region")
        #expect(session.slots["age"] == .number(20))
    }

    @Test func backAtTheStartSaysSo() {
        var session = Session.mini()
        let events = session.step("/back")
        #expect(events.first == .note("Das ist schon die erste Frage."))
        #expect(events.asked == "crisis")
    }

    @Test func backAfterTheEndReopensTheLastQuestion() {
        var session = Session.mini(after: walkToReferral)
        #expect(session.outcome == .referred)
        #expect(session.step("/back").asked == "counsel-lang")
        #expect(session.outcome == nil)
        #expect(session.step("3").referred == ["jobs-nord", "youth-nord"])
    }

    @Test func restartForgetsEverything() {
        var session = Session.mini(after: ["nein", "19", "1"])
        let events = session.step("/restart")
        #expect(events.said.first == "Hallo!")
        #expect(events.asked == "crisis")
        #expect(session.slots.isEmpty)
        #expect(session.step("/back").first == .note("Das ist schon die erste Frage."))
    }

    @Test func skipWhereAllowedOnly() {
        var session = Session.mini()
        let skipped = session.step("/skip")
        #expect(skipped.first == .note("Okay, weiter ohne diese Antwort."))
        #expect(skipped.asked == "age")
        #expect(session.slots["crisis"] == nil)
        #expect(session.step("/skip").errors == ["Diese Frage brauche ich."])
    }

    @Test func langSwitchesAndAsksAgain() {
        var session = Session.mini(after: ["nein", "19"])
        let events = session.step("/lang en")
        #expect(events.said == ["Where do you live?"])
        #expect(events.contains(.option(number: 1, key: "nord", label: "North")))
        #expect(session.step("/lang fr").errors == ["No such language. Possible: de Deutsch, en English"])
        #expect(session.step("/lang").first == .note("de Deutsch, en English"))
    }

    @Test func helpQuitAndUnknownCommands() {
        var session = Session.mini()
        #expect(session.step("/help").first == .note("/back – zurück\n/quit – beenden\n"))
        #expect(session.step("/dance") == [.error(.unknownCommand, "Den Befehl /dance kenne ich nicht."), .wait])
        #expect(session.step("/quit") == [.bye(.quit)])
        #expect(session.isClosed)
        #expect(session.step("19") == [.bye(.quit)])
    }

    @Test(arguments: ["/trace on", "/set age 19", "/goto referral", "/slots", "/path", "/auth secret", "/reload"])
    func counselorCommandsNeedCounselorMode(_ command: String) {
        var session = Session.mini()
        #expect(session.step(command) == [.error(.counselorOnly, "Nur für Beratende."), .wait])
    }

    @Test func counselorCommands() {
        var session = Session.mini()
        session.isCounselor = true
        #expect(session.step("/set crisis no").asked == "age")
        #expect(session.step("/set age 130").errors == ["age takes a whole number from 5 to 99"])
        #expect(session.step("/set region sued").contains(.note("region = sued")))
        #expect(session.openQuestion == "ask-age")
        #expect(session.step("/slots").first == .note("region = sued\ncrisis = no"))
        #expect(session.step("/trace on").first == .note("trace on"))
        let jumped = session.step("/goto referral")
        #expect(jumped.contains(.trace("rule young: age >= 12 and age < 27 → unknown")))
        #expect(jumped.contains(.trace("rule crisis-line: crisis == yes → false")))
        #expect(session.outcome == .noReferral)
        #expect(session.step("/path").first == .note("welcome > ask-crisis > crisis-check > ask-age > referral > done"))
        #expect(session.step("/goto nowhere").errors == ["unknown node 'nowhere'"])
    }

    @Test func traceShowsBranches() {
        var session = Session.mini()
        session.isCounselor = true
        _ = session.step("/trace on")
        #expect(session.step("nein").contains(.trace("branch crisis-check: crisis == yes → false")))
    }

    @Test func answersAfterTheEndAreRefused() {
        var session = Session.mini(after: walkToReferral)
        #expect(session.step("19").errors == ["Das Gespräch ist zu Ende."])
    }
}
