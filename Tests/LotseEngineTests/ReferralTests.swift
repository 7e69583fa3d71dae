import LotseDialog
import Testing

@testable import LotseEngine

/// Ranking, regions, crisis first, reasons, facts and language notes.
@Suite struct ReferralTests {
    /// The answers of a walk through the mini dialog to its referral (the crisis question answered no).
    static func walk(
        age: String = "19", region: String = "Norden", goal: String = "Ausbildung", money: String = "nein",
        language: String = "Deutsch"
    ) -> [String] {
        ["nein", age, region, goal, money, language]
    }

    /// The referral turn of a session in `language` that answers `lines`.
    private func referral(_ lines: [String], language: String? = nil, dialog: Dialog = Fixture.dialog) -> [Event] {
        var session = Session.mini(language: language, dialog: dialog)
        return session.last(lines)
    }

    // MARK: - Ranking

    @Test func aReferralTurnInFull() {
        #expect(
            referral(Self.walk()) == [
                .say("Diese Stellen helfen dir."),
                .say("Fang hier an – diese Stelle geht die nächsten Schritte mit dir:"),
                .refer(rank: 1, partner: "jobs-nord", name: "Agentur Nord"),
                .why(partner: "jobs-nord", text: "Die Agentur findet Ausbildungsplätze."),
                .info(partner: "jobs-nord", field: .languages, value: "de"),
                .refer(rank: 2, partner: "youth-nord", name: "Jugendberatung Nord"),
                .why(partner: "youth-nord", text: "Die Jugendberatung ist für junge Menschen."),
                .info(partner: "youth-nord", field: .languages, value: "de,en"),
                .info(partner: "youth-nord", field: .languagesOnRequest, value: "ru"),
                .say("Alles Gute!"),
                .end(.referred),
                .wait,
            ])
    }

    @Test func higherPriorityComesFirstWhateverTheRuleOrder() {
        // 'young' (50) stands before 'training' (60) in rules.yaml.
        let events = referral(Self.walk())
        #expect(events.referred == ["jobs-nord", "youth-nord"])
        #expect(events.ranks == [1, 2])
    }

    @Test(arguments: [("35", ["jobs-nord", "youth-nord"]), ("45", ["youth-nord", "jobs-nord"])])
    func aPartnerRanksByTheHighestPriorityOfItsRules(_ young: String, _ expected: [String]) throws {
        // jobs-nord is named by 'work' (40) and 'money-maybe' (30): it ranks as 40.
        let dialog = try Fixture.variant("rules.yaml", [("    priority: 50\n", "    priority: \(young)\n")])
        #expect(referral(Self.walk(goal: "Arbeit", money: "ja"), dialog: dialog).referred == expected)
    }

    @Test func sureComesBeforeMayAtTheSamePriority() throws {
        // 'young' becomes a may-rule at 50 and 'money-maybe' a sure one at 50; young stands first.
        let dialog = try Fixture.variant(
            "rules.yaml",
            [
                ("    priority: 50\n", "    priority: 50\n    certainty: may\n"),
                (
                    "    priority: 30\n    source: https://example.org/fixture-basis\n    reviewed: 2026-11-20\n    certainty: may\n",
                    "    priority: 50\n"
                ),
            ])
        let events = referral(Self.walk(region: "Süden", goal: "Studium", money: "ja"), dialog: dialog)
        #expect(events.referred == ["jobs-everywhere", "youth-sued"])
        #expect(events.reasons(for: "youth-sued") == ["Frag dort nach: Die Jugendberatung ist für junge Menschen."])
    }

    @Test func equalRulesKeepTheirOrder() throws {
        let dialog = try Fixture.variant("rules.yaml", [("    priority: 60\n", "    priority: 50\n")])
        #expect(referral(Self.walk(), dialog: dialog).referred == ["youth-nord", "jobs-nord"])
    }

    @Test func eachPartnerOnceWithEveryReason() {
        // jobs-nord has the roles jobs and money: 'work' and 'money-maybe' both name it.
        let events = referral(Self.walk(goal: "Arbeit", money: "ja"))
        #expect(events.referred == ["youth-nord", "jobs-nord"])
        #expect(events.reasons(for: "jobs-nord") == ["Die Agentur vermittelt Arbeit.", "Frag dort nach: Dort gibt es vielleicht Geld."])
        #expect(events.reasons(for: "youth-nord") == ["Die Jugendberatung ist für junge Menschen."])
    }

    @Test func mayReasonsAreWrappedInTheMayMessage() {
        #expect(
            referral(Self.walk(money: "ja")).reasons(for: "jobs-nord")
                == ["Die Agentur findet Ausbildungsplätze.", "Frag dort nach: Dort gibt es vielleicht Geld."])
        #expect(
            referral(Self.walk(money: "yes"), language: "en").reasons(for: "jobs-nord")
                == ["The agency finds training places.", "Ask there: You may get money there."])
    }

    // MARK: - Emergencies

    @Test func crisisGoesStraightToTheEmergencyReferral() {
        var session = Session.mini()
        #expect(
            session.turn("ja") == [
                .say("Diese Stellen helfen dir."),
                .refer(rank: 1, partner: "crisis-line", name: "Krisentelefon"),
                .why(partner: "crisis-line", text: "Dort hilft man dir sofort."),
                .info(partner: "crisis-line", field: .phone, value: "0800 000"),
                .say("Alles Gute!"),
                .end(.emergency),
                .wait,
            ])
        #expect(session.outcome == .emergency)
    }

    @Test func emergencyRanksBeforeAnyPriority() throws {
        let dialog = try Fixture.variant("rules.yaml", [("    priority: 100\n", "    priority: 1\n")])
        let slots = SlotValues(dialog, ["crisis": .key("yes"), "age": .number(19), "region": .key("nord"), "goal": .key("ausbildung")])
        let ranked = Referral(dialog: dialog, slots: slots)
        #expect(ranked.entries.map(\.partner.id) == ["crisis-line", "jobs-nord", "youth-nord"])
        #expect(ranked.isEmergency)

        var session = Session.mini(after: ["nein", "19", "1", "1"], counselor: true, dialog: dialog)
        _ = session.turn("/set crisis yes")
        let events = session.turn("/goto referral")
        #expect(events.referred == ["crisis-line", "jobs-nord", "youth-nord"])
        #expect(events.outcome == .emergency)
    }

    // MARK: - Regions

    @Test(arguments: [
        ("Norden", ["jobs-nord", "youth-nord"]),
        ("Süden", ["jobs-everywhere", "youth-sued"]),
        ("Woanders", ["jobs-everywhere"]),
    ])
    func theRegionPicksThePartnersAndFallsBackToNationwide(_ region: String, _ expected: [String]) {
        // sued has no 'jobs' partner: the nationwide one. other has neither: no youth partner at all.
        #expect(referral(Self.walk(region: region)).referred == expected)
    }

    @Test func anUnknownRegionGetsTheNationwidePartners() {
        let ranked = Referral(dialog: Fixture.dialog, slots: SlotValues(Fixture.dialog, ["age": .number(19), "goal": .key("ausbildung")]))
        #expect(ranked.entries.map(\.partner.id) == ["jobs-everywhere"])
    }

    @Test(arguments: [("11", false), ("12", true), ("26", true), ("27", false)])
    func ruleConditionsDecide(_ age: String, _ young: Bool) {
        let events = referral(Self.walk(age: age, goal: "Studium"))
        #expect(events.referred == (young ? ["youth-nord"] : []))
        #expect(events.outcome == (young ? .referred : .noReferral))
    }

    @Test func nobodyToNameSaysSo() {
        #expect(
            referral(Self.walk(age: "30", goal: "Studium")) == [
                .say("Ich habe keine Stelle gefunden."), .say("Alles Gute!"),
                .end(.noReferral), .wait,
            ])
        #expect(referral(Self.walk(age: "30", goal: "Studium"), language: "en").said == ["I found no place.", "All the best!"])
    }

    // MARK: - Facts and language notes

    @Test func infoOnlyForKnownFacts() {
        let north = referral(Self.walk(goal: "Arbeit", money: "ja"))
        // youth-nord's address and phone are 'unknown': left out.
        #expect(north.infoFields("youth-nord") == [.languages, .languagesOnRequest])
        let south = referral(Self.walk(region: "Süden"))
        #expect(south.infoFields("jobs-everywhere") == [.web])
        #expect(south.info("jobs-everywhere", .web) == ["https://example.org"])
        #expect(south.infoFields("youth-sued") == [.languages, .note])
        #expect(south.info("youth-sued", .note) == ["Nur dienstags."])
        #expect(referral(Self.walk(region: "Süden"), language: "en").info("youth-sued", .note) == ["Tuesdays only."])
    }

    @Test(arguments: [
        ("Russisch", ["Russisch nur auf Anfrage."], ["Kein Russisch."]),
        ("Englisch", [], ["Kein Englisch."]),
        ("Deutsch", [], []),
        ("Andere Sprache", [], []),
    ])
    func languageNotes(_ language: String, _ youth: [String], _ jobs: [String]) {
        let events = referral(Self.walk(language: language))
        #expect(events.info("youth-nord", .note) == youth)
        #expect(events.info("jobs-nord", .note) == jobs)
    }

    @Test func languageNotesInTheSessionLanguageAndNotForPartnersWithoutLanguages() {
        let english = referral(Self.walk(language: "Russian"), language: "en")
        #expect(english.info("youth-nord", .note) == ["Russian on request only."])
        #expect(english.info("jobs-nord", .note) == ["No Russian."])
        let south = referral(Self.walk(region: "Süden", language: "Russisch"))
        #expect(south.info("youth-sued", .note) == ["Nur dienstags.", "Kein Russisch."])
        #expect(south.info("jobs-everywhere", .note).isEmpty)
    }

    // MARK: - /summary and /why

    @Test func summaryInEnglishAddsTheGermanReasons() {
        var session = Session.mini(after: Self.walk(money: "ja"), language: "en")
        let events = session.turn("/summary")
        #expect(events.said == ["Your summary", "Start here – this place takes the next steps with you:"])
        #expect(
            events.reasons(for: "jobs-nord") == [
                "The agency finds training places.", "(de) Die Agentur findet Ausbildungsplätze.",
                "Ask there: You may get money there.", "(de) Frag dort nach: Dort gibt es vielleicht Geld.",
            ])
        #expect(events.outcome == nil)
    }

    @Test func summaryInGermanGivesEachReasonOnce() {
        var session = Session.mini(after: Self.walk())
        let events = session.turn("/summary")
        #expect(events.said == ["Deine Übersicht", "Fang hier an – diese Stelle geht die nächsten Schritte mit dir:"])
        #expect(events.reasons(for: "youth-nord") == ["Die Jugendberatung ist für junge Menschen."])
    }

    @Test func summaryBeforeTheEndGivesWhatIsKnownSoFar() {
        var session = Session.mini()
        #expect(session.turn("/summary") == [.say("Noch keine Stellen."), .wait])
        _ = session.run(["nein", "19", "Norden"])
        #expect(session.turn("/summary").referred == ["youth-nord"])
        #expect(session.openQuestion == "ask-goal")
    }

    @Test func whyAfterTheEndNamesTheRules() {
        var session = Session.mini(after: Self.walk())
        let events = session.turn("/why")
        #expect(events.said == ["Darum diese Stellen:", "Fang hier an – diese Stelle geht die nächsten Schritte mit dir:"])
        #expect(events.referred == ["jobs-nord", "youth-nord"])
        #expect(events.reasons(for: "youth-nord") == ["Die Jugendberatung ist für junge Menschen."])
    }

    @Test func whyAtAQuestionNamesItsReasonAndThePartnersItDecides() {
        // Before the region is known, only nationwide partners can be named.
        var session = Session.mini(after: ["nein"])
        #expect(
            session.turn("/why").said == [
                "Manche Stellen sind nur für junge Menschen.",
                "Davon hängt ab, ob diese Stellen passen: Agentur überall",
            ])
        session = Session.mini(after: ["nein", "19", "1"])
        #expect(
            session.turn("/why").said == [
                "Für jedes Ziel gibt es andere Stellen.",
                "Davon hängt ab, ob diese Stellen passen: Agentur Nord",
            ])
        #expect(session.openQuestion == "ask-goal")
    }

    // MARK: - Slots by index

    @Test func everySlotTheBundledDialogReadsIsReadByItsIndex() {
        // A reference without its index would still be read right, through the id; this pins
        // that the loader gave every condition of the bundled dialog the fast path.
        let dialog = Fixture.bundled
        var conditions = dialog.rules.map(\.condition) + dialog.partners.compactMap(\.serves)
        for node in dialog.nodes {
            if case .branch(let cases, _) = node.kind { conditions += cases.map(\.condition) }
        }
        let references = conditions.flatMap(\.references)
        #expect(references.count > 100)
        let misplaced = references.filter { $0.index.map { dialog.slotLayout.order[$0] } != $0.id }
        #expect(misplaced.isEmpty, "read by id, not index: \(Set(misplaced.map(\.id)).sorted())")
    }
}

extension Condition {
    /// Every slot reference in the condition, in reading order.
    fileprivate var references: [SlotReference] {
        switch self {
        case .comparison(let slot, _, _), .membership(let slot, _): [slot]
        case .not(let inner): inner.references
        case .and(let a, let b), .or(let a, let b): a.references + b.references
        }
    }
}

extension SlotValues {
    /// The slots of `dialog` filled with `filled`.
    fileprivate init(_ dialog: Dialog, _ filled: [String: SlotValue]) {
        self.init(layout: dialog.slotLayout)
        for (id, value) in filled { self[id] = value }
    }
}
