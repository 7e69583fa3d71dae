import LotseDialog
import Testing

@testable import LotseEngine

/// /back, /restart, /skip, /lang, /help, /quit, unknown commands and the counselor commands.
@Suite struct NavigationTests {
    /// The greeting turn of a fresh session in `language`, as `start()` gives it.
    private func greeting(language: String? = nil) -> [Event] {
        var session = Session(dialog: Fixture.dialog, language: language)
        return session.greetingTurn()
    }

    /// The turn that asks the crisis question, as the greeting ends: SAY, ASK, OPTs, the skip hint.
    private var crisisQuestion: [Event] { Array(greeting().drop { $0 == .say("Hallo!") }.dropLast()) }

    // MARK: - /back

    @Test func backUndoesTheLastAnswerAndAsksItAgain() {
        var session = Session.mini(after: ["nein", "19"])
        #expect(session.openQuestion == "ask-region")
        let events = session.turn("/back")
        #expect(events == [.say("Wie alt bist du?"), .ask(slot: "age", kind: .number(min: 5, max: 99)), .wait])
        #expect(session.slots == ["crisis": .key("no")])
        #expect(session.openQuestion == "ask-age")
        #expect(session.path.map { Fixture.dialog.nodes[$0].id } == ["welcome", "ask-crisis", "crisis-check", "ask-age"])
        #expect(session.turn("20").asked == "region")
        #expect(session.slots["age"] == .number(20))
    }

    @Test func backStepsBackOneAnswerAtATime() {
        var session = Session.mini(after: ["nein", "19", "1"])
        #expect(session.run(["/back", "/back", "/back"]).map(\.asked) == ["region", "age", "crisis"])
        #expect(session.slots.isEmpty)
    }

    @Test func backAtTheStartSaysSoAndAsksAgain() {
        var session = Session.mini()
        #expect(session.turn("/back") == [.note("Das ist schon die erste Frage.")] + crisisQuestion + [.wait])
        #expect(session.openQuestion == "ask-crisis")
    }

    @Test func backAfterASkipAsksTheSkippedQuestionAgain() {
        var session = Session.mini(after: ["/skip"], counselor: true)
        #expect(session.turn("/slots") == [.note("crisis = (ausgelassen)"), .wait])
        #expect(session.turn("/back").asked == "crisis")
        #expect(session.turn("/slots") == [.note("(noch keine Slots gefüllt)"), .wait])
    }

    @Test func backAfterTheEndReopensTheLastQuestion() {
        var session = Session.mini(after: walkToReferral)
        #expect(session.outcome == .referred)
        let events = session.turn("/back")
        #expect(events.asked == "counsel-lang")
        #expect(events.referred.isEmpty)
        #expect(session.outcome == nil)
        #expect(session.referral == nil)
        #expect(session.turn("3").referred == ["jobs-nord", "youth-nord"])
        #expect(session.outcome == .referred)
    }

    @Test func backAfterAnEmergencyReopensTheCrisisQuestion() {
        var session = Session.mini(after: ["ja"])
        #expect(session.outcome == .emergency)
        #expect(session.turn("/back").asked == "crisis")
        #expect(session.turn("nein").asked == "age")
    }

    // MARK: - /restart

    @Test func restartForgetsEverythingAndGreetsAgain() {
        var session = Session.mini(after: ["nein", "19", "1"])
        #expect(session.turn("/restart") == greeting())
        #expect(session.slots.isEmpty)
        #expect(session.path.map { Fixture.dialog.nodes[$0].id } == ["welcome", "ask-crisis"])
        #expect(session.turn("/back").first == .note("Das ist schon die erste Frage."))
    }

    @Test func restartAfterTheEndKeepsTheLanguage() {
        var session = Session.mini(after: walkToReferral, language: "en")
        #expect(session.turn("/restart") == greeting(language: "en"))
        #expect(session.outcome == nil && session.referral == nil)
    }

    // MARK: - /skip

    @Test func skipWhereTheQuestionAllowsIt() {
        var session = Session.mini()
        let events = session.turn("/skip")
        #expect(
            events == [
                .note("Okay, weiter ohne diese Antwort."), .say("Wie alt bist du?"),
                .ask(slot: "age", kind: .number(min: 5, max: 99)), .wait,
            ])
        #expect(session.slots["crisis"] == nil)
    }

    @Test func skipWhereTheQuestionMustBeAnswered() {
        var session = Session.mini(after: ["nein"])
        #expect(session.turn("/skip") == [.error(.notUnderstood, "Diese Frage brauche ich."), .wait])
        #expect(session.openQuestion == "ask-age")
    }

    @Test func skipAfterTheEndIsRefused() {
        var session = Session.mini(after: walkToReferral)
        #expect(session.turn("/skip") == [.error(.notUnderstood, "Das Gespräch ist zu Ende."), .wait])
        #expect(session.turn("19") == [.error(.notUnderstood, "Das Gespräch ist zu Ende."), .wait])
    }

    @Test func aSkippedSlotStaysUnknown() {
        // Money skipped: the may-rule on money neither fires nor rules anything out.
        var session = Session.mini(after: ["nein", "19", "1", "1", "/skip"])
        #expect(session.slots["money"] == nil)
        #expect(session.turn("1").reasons(for: "jobs-nord") == ["Die Agentur findet Ausbildungsplätze."])
    }

    // MARK: - /lang

    @Test func langAsksTheOpenQuestionAgainInTheNewLanguage() {
        var session = Session.mini(after: ["nein", "19"])
        let events = session.turn("/lang en")
        #expect(
            events == [
                .say("Where do you live?"), .ask(slot: "region", kind: .choice),
                .option(number: 1, key: "nord", label: "North"), .option(number: 2, key: "sued", label: "South"),
                .option(number: 3, key: "other", label: "Elsewhere"), .wait,
            ])
        #expect(session.language == "en")
        #expect(session.turn("1").said == ["What do you want?"])
    }

    @Test func langCodesIgnoreCase() {
        var session = Session.mini()
        _ = session.turn("/LANG EN")
        #expect(session.language == "en")
    }

    @Test func langWithAnUnknownCodeIsRefused() {
        var session = Session.mini()
        #expect(
            session.turn("/lang fr") == [.error(.notUnderstood, "Diese Sprache gibt es nicht. Möglich: de Deutsch, en English"), .wait])
        #expect(session.language == "de")
    }

    @Test func langAloneListsTheLanguages() {
        var session = Session.mini()
        #expect(session.turn("/lang") == [.note("de Deutsch, en English"), .wait])
    }

    @Test func langAfterTheEndShowsTheSlipInTheNewLanguage() {
        var session = Session.mini(after: walkToReferral)
        let events = session.turn("/lang en")
        #expect(events.said == ["Your summary", "Start here – this place takes the next steps with you:"])
        #expect(events.referred == ["jobs-nord", "youth-nord"])
    }

    @Test func anUnknownSessionLanguageFallsBackToGerman() {
        #expect(Session(dialog: Fixture.dialog, language: "fr").language == "de")
    }

    // MARK: - /help, /quit, unknown commands

    @Test func helpGivesTheHelpText() {
        var session = Session.mini()
        #expect(session.turn("/help") == [.note("/back – zurück\n/quit – beenden\n"), .wait])
        #expect(session.turn("/?") == [.note("/back – zurück\n/quit – beenden\n"), .wait])
        _ = session.turn("/lang en")
        #expect(session.turn("/help").notes == ["/back – go back\n/quit – stop\n"])
        #expect(session.openQuestion == "ask-crisis")
    }

    @Test(arguments: ["/quit", "/exit", "/QUIT", "  /quit  "])
    func quitSaysByeAndClosesTheSession(_ line: String) {
        var session = Session.mini(after: ["nein"])
        #expect(session.turn(line) == [.bye(.quit)])
        #expect(session.isClosed)
        #expect(session.turn("19") == [.bye(.quit)])
        #expect(session.turn("/restart") == [.bye(.quit)])
    }

    @Test(arguments: [("/dance", "/dance"), ("/help me", "/help"), ("/back now", "/back"), ("/", "/")])
    func unknownCommands(_ line: String, _ word: String) {
        var session = Session.mini()
        #expect(session.turn(line) == [.error(.unknownCommand, "Den Befehl \(word) kenne ich nicht."), .wait])
        #expect(session.openQuestion == "ask-crisis")
    }

    @Test func commandWordsIgnoreCase() {
        var session = Session.mini(after: ["nein"])
        #expect(session.turn("/BACK").asked == "crisis")
        #expect(session.turn("/Help").notes.count == 1)
    }

    // MARK: - Counselor commands

    @Test(arguments: [
        "/trace on", "/trace", "/set age 19", "/goto referral", "/slots", "/path", "/auth secret", "/auth", "/reload",
        "/set", "/set age", "/goto",
    ])
    func counselorCommandsWithoutCounselorMode(_ command: String) {
        var session = Session.mini()
        #expect(session.turn(command) == [.error(.counselorOnly, "Nur für Beratende."), .wait])
        #expect(session.slots.isEmpty)
        #expect(session.openQuestion == "ask-crisis")
    }

    @Test(arguments: [
        ("/set", "So geht der Befehl: /set SLOT VALUE"), ("/set age", "So geht der Befehl: /set SLOT VALUE"),
        ("/goto", "So geht der Befehl: /goto NODE"),
    ])
    func counselorCommandsWithoutTheirArgumentsGiveTheirUsage(_ command: String, _ usage: String) {
        var session = Session.mini(counselor: true)
        #expect(session.turn(command) == [.error(.notUnderstood, usage), .wait])
    }

    @Test func anUnknownWordIsEchoedShortAndVisibleOnly() {
        var session = Session.mini()
        let typed = "/\u{202E}abc\u{200B}" + String(repeating: "x", count: 1000)
        let errors = session.turn(typed).errors
        #expect(errors == ["Den Befehl /abcxxxxxxxxxxxxxxxxxxx… kenne ich nicht."])
    }

    @Test func setFillsASlotAndGoesOnWhenItIsTheOpenOne() {
        var session = Session.mini(counselor: true)
        let events = session.turn("/set crisis no")
        #expect(events.first == .note("Gesetzt: crisis = no"))
        #expect(events.asked == "age")
        #expect(session.turn("/set region sued") == [.note("Gesetzt: region = sued"), .wait])
        #expect(session.openQuestion == "ask-age")
        #expect(session.slots == ["crisis": .key("no"), "region": .key("sued")])
    }

    @Test(arguments: [
        ("/set age 130", "age braucht eine ganze Zahl von 5 bis 99."),
        ("/set age neunzehn", "age braucht eine ganze Zahl von 5 bis 99."),
        ("/set region west", "region braucht einen dieser Werte: nord, sued, other"),
        ("/set weather sunny", "Den Slot 'weather' gibt es nicht. Slots: age, region, goal, crisis, money, counsel-lang"),
        ("/goto nowhere", "Den Knoten 'nowhere' gibt es nicht."),
    ])
    func counselorCommandsRefuseWhatDoesNotExist(_ command: String, _ message: String) {
        var session = Session.mini(counselor: true)
        #expect(session.turn(command) == [.error(.notUnderstood, message), .wait])
        #expect(session.slots.isEmpty)
    }

    @Test func slotsListsTheFilledSlotsInTheOrderOfTheSituation() {
        var session = Session.mini(after: ["nein", "19", "2"], counselor: true)
        #expect(session.turn("/slots") == [.note("age = 19\nregion = sued\ncrisis = no"), .wait])
        var fresh = Session.mini(counselor: true)
        #expect(fresh.turn("/slots") == [.note("(noch keine Slots gefüllt)"), .wait])
    }

    @Test func gotoRunsFromTheNodeAndPathNamesTheNodesVisited() {
        var session = Session.mini(after: ["nein", "19", "1", "1"], counselor: true)
        let events = session.turn("/goto referral")
        #expect(events.referred == ["jobs-nord", "youth-nord"])
        #expect(events.outcome == .referred)
        #expect(
            session.turn("/path") == [
                .note(
                    "welcome > ask-crisis > crisis-check > ask-age > ask-region > ask-goal > ask-money > referral > done"), .wait,
            ])
        #expect(session.turn("/back").asked == "money")
        #expect(session.turn("/goto main") == greeting())
    }

    @Test func traceShowsEveryBranchAndRuleWithItsValue() {
        var session = Session.mini(counselor: true)
        #expect(session.turn("/trace on") == [.note("Trace an: TRACE-Zeilen für jede Bedingung und Regel."), .wait])
        #expect(session.turn("nein").traces == ["branch crisis-check: crisis == yes → false"])
        let referral = session.last(["19", "1", "1", "/skip", "1"])
        #expect(
            referral.traces == [
                "rule crisis-line: crisis == yes → false",
                "rule young: age >= 12 and age < 27 → true",
                "rule training: goal == ausbildung → true",
                "rule work: goal in [arbeit] and age >= 15 → false",
                "rule money-maybe: money == yes → unknown",
            ])
        // The traces come before what they decide.
        #expect(referral.firstIndex(of: .trace("rule money-maybe: money == yes → unknown"))! < referral.firstIndex { $0.isRefer }!)
        #expect(session.turn("/trace") == [.note("Trace an: TRACE-Zeilen für jede Bedingung und Regel."), .wait])
        #expect(session.turn("/trace off") == [.note("Trace aus."), .wait])
        #expect(session.last(["/back", "1"]).traces.isEmpty)
    }

    @Test func counselorNotesComeInTheSessionLanguage() {
        var english = Session.mini(language: "en", counselor: true)
        #expect(english.turn("/trace on") == [.note("Trace on: TRACE lines for every condition and rule."), .wait])
        #expect(english.turn("/set region sued") == [.note("Set: region = sued"), .wait])
        #expect(english.turn("/goto nowhere") == [.error(.notUnderstood, "There is no node 'nowhere'."), .wait])
        var ukrainian = Session(dialog: Fixture.bundled, language: "uk")
        ukrainian.isCounselor = true
        _ = ukrainian.greetingTurn()
        #expect(ukrainian.turn("/trace off") == [.note("Трасування вимкнено."), .wait])
        #expect(ukrainian.turn("/slots") == [.note("(поки що жоден слот не заповнено)"), .wait])
        #expect(ukrainian.turn("/set") == [.error(.notUnderstood, "Як писати команду: /set SLOT VALUE"), .wait])
    }

    @Test func traceShowsAnUnknownBranch() {
        var session = Session.mini(counselor: true)
        _ = session.turn("/trace on")
        #expect(session.turn("/skip").traces == ["branch crisis-check: crisis == yes → unknown"])
    }

    @Test func withoutTraceThereAreNoTraceLines() {
        var session = Session.mini(counselor: true)
        #expect(session.run(walkToReferral).allSatisfy { $0.traces.isEmpty })
    }

    @Test func quitAfterTheEndKeepsTheOutcomeForTheLog() {
        var ended = Session.mini(after: walkToReferral)
        #expect(ended.outcome == .referred)
        #expect(ended.turn("/quit") == [.bye(.quit)])
        #expect(ended.isClosed)
        #expect(ended.outcome == .referred)
        var midway = Session.mini(after: ["nein", "19"])
        _ = midway.turn("/quit")
        #expect(midway.isClosed)
        #expect(midway.outcome == nil)
    }
}

extension Event {
    var isRefer: Bool {
        if case .refer = self { true } else { false }
    }

}
