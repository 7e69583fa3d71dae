import LotseDialog

extension Session {
    /// The referral for the slots as they are now, tracing every rule in counselor mode.
    func evaluateReferral(into turn: inout Turn) -> Referral {
        guard isTracing else { return Referral(dialog: dialog, slots: slotValues) }
        var traces: [Event] = []
        let referral = Referral(dialog: dialog, slots: slotValues) { rule, value in
            traces.append(.trace("rule \(rule.id): \(rule.conditionSource) → \(TraceValue(value))"))
        }
        traces.forEach { turn.add($0) }
        return referral
    }

    /// `SAY intro`, then per partner `REFER`, a `WHY` per rule, and `INFO` per known fact;
    /// `SAY none` when nobody is named. The partners stand in the slip's order
    /// (`Referral.slipOrder`): the emergency ones, the first other one introduced as the place
    /// to start, each need's best place, the rest. Past the dialog's `referral-limit` the others
    /// are counted in a `NOTE` that points to `/more`.
    /// - Parameters:
    ///   - german: also give each reason in the source language (for the slip).
    ///   - sources: also give, as notes, each rule's basis and source and the pages the
    ///     partner's facts were read from (counselors' `/why`).
    ///   - all: every partner, past the limit too (`/summary`).
    func emitReferral(
        _ referral: Referral, intro: String?, none: String?, german: Bool = false, sources: Bool = false, all: Bool = false,
        into turn: inout Turn
    ) {
        if referral.entries.isEmpty {
            if let none { turn.add(.say(text(none))) }
            return
        }
        let entries = referral.slipOrder(needs: slipNeeds)
        let emergencies = entries.prefix { $0.isEmergency }.count
        let shown = all ? entries.count : shownCount(of: entries)
        turn.reserve(Self.eventsPerPartner * shown)
        if let intro, dialog.texts.source(intro) != nil { turn.add(.say(text(intro))) }
        for (rank, entry) in entries.prefix(shown).enumerated() {
            if rank == emergencies { turn.add(.say(message(.startHere))) }
            emit(entry, rank: rank + 1, german: german, sources: sources, into: &turn)
        }
        if entries.count > shown {
            turn.add(.note(message(.morePartners, ["count": String(entries.count - shown)])))
        }
    }

    /// `/more`: after the referral, the partners past the slip's limit, numbered on from it.
    func emitMore(into turn: inout Turn) {
        guard case .ended = position, let referral else {
            turn.add(.say(message(.noMore)))
            return
        }
        let entries = referral.slipOrder(needs: slipNeeds)
        let shown = shownCount(of: entries)
        guard entries.count > shown else {
            turn.add(.say(message(.noMore)))
            return
        }
        turn.reserve(Self.eventsPerPartner * (entries.count - shown))
        for (rank, entry) in entries.enumerated().dropFirst(shown) {
            emit(entry, rank: rank + 1, german: false, sources: false, into: &turn)
        }
    }

    /// How many of the slip's `entries` the referral names: the emergency ones and at most
    /// `referral-limit` others.
    private func shownCount(of entries: [Referral.Entry]) -> Int {
        let emergencies = entries.prefix { $0.isEmergency }.count
        let others = entries.count - emergencies
        return emergencies + min(others, dialog.referralLimit ?? others)
    }

    /// The needs of `slip-needs` the person has: a yes/no slot answered yes, a choice slot answered.
    private var slipNeeds: Set<String> {
        Set(
            dialog.slipNeeds.filter { id in
                guard case .key(let value)? = slotValues[id] else { return false }
                return dialog.slots[id]?.kind != .yesno || value == "yes"
            })
    }

    /// One partner: `REFER`, its reasons, its facts, and for counselors its sources.
    private func emit(_ entry: Referral.Entry, rank: Int, german: Bool, sources: Bool, into turn: inout Turn) {
        let partner = entry.partner
        turn.add(.refer(rank: rank, partner: partner.id, name: partner.name))
        for rule in entry.rules {
            turn.add(.why(partner: partner.id, text: reason(rule, in: language)))
            if german, language != dialog.sourceLanguage {
                turn.add(.why(partner: partner.id, text: "(\(dialog.sourceLanguage)) \(reason(rule, in: dialog.sourceLanguage))"))
            }
        }
        addFacts(of: partner, into: &turn)
        if sources { sourceNotes(entry).forEach { turn.add(.note($0)) } }
    }

    /// About how many events a referred partner takes (`REFER`, a `WHY` or two, an `INFO` per
    /// fact): room for them is made at once instead of the turn growing step by step.
    private static let eventsPerPartner = 10

    /// For counselors: each rule's basis with its source and review day, and where the partner's
    /// contact facts come from.
    private func sourceNotes(_ entry: Referral.Entry) -> [String] {
        let rules = entry.rules.map { rule in
            let basis = rule.basis ?? message(.basisNone)
            guard let source = rule.source else { return message(.sourceRuleNone, ["rule": rule.id, "basis": basis]) }
            return message(.sourceRule, ["rule": rule.id, "basis": basis, "url": source.url, "checked": "\(source.checked)"])
        }
        let facts = entry.partner.sources.map {
            message(
                .sourceFact,
                ["partner": entry.partner.id, "fields": $0.gives.joined(separator: ", "), "url": $0.url, "checked": "\($0.checked)"])
        }
        return rules + facts
    }

    /// A rule's reason in `code`; a `may` rule's reason says it is only a possibility.
    private func reason(_ rule: Rule, in code: String) -> String {
        let because = dialog.texts.text(rule.textID, in: code)
        guard rule.certainty == .may else { return because }
        return Template.fill(dialog.texts.text(MessageID.may.textID, in: code), ["reason": because])
    }

    /// `INFO` for each of the partner's known facts, and whether it speaks the person's
    /// counselling language.
    private func addFacts(of partner: Partner, into turn: inout Turn) {
        func add(_ field: InfoField, _ value: String?) {
            if let value { turn.add(.info(partner: partner.id, field: field, value: value)) }
        }
        if !partner.languages.isEmpty { add(.languages, partner.languageList) }
        if !partner.languagesOnRequest.isEmpty { add(.languagesOnRequest, partner.languagesOnRequestList) }
        add(.address, partner.address)
        add(.phone, partner.phone)
        add(.web, partner.web)
        add(.hours, partner.hours)
        if partner.hasNote { add(.note, text(partner.noteID)) }
        add(.note, languageNote(for: partner))
    }

    /// Says when the partner speaks the person's counselling language only on request, or not at all.
    private func languageNote(for partner: Partner) -> String? {
        guard case .key(let wanted)? = slotValues[dialog.languageSlot], !partner.languages.isEmpty,
            dialog.slots[dialog.languageSlot]?.values.contains(wanted) == true,
            wanted != "other", !partner.languages.contains(wanted)
        else { return nil }
        let name = label(wanted, of: dialog.languageSlot)
        return partner.languagesOnRequest.contains(wanted)
            ? message(.languageOnRequest, ["language": name]) : message(.languageNotSpoken, ["language": name])
    }
}
