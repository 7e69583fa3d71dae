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
    /// `SAY none` when nobody is named. The emergency partners come first; the first other one
    /// is introduced as the place to start; past the dialog's `referral-limit` the rest are
    /// only counted, in a `NOTE`.
    /// - Parameters:
    ///   - german: also give each reason in the source language (for the slip).
    ///   - sources: also give, as notes, each rule's basis and source and the pages the
    ///     partner's facts were read from (counselors' `/why`).
    func emitReferral(
        _ referral: Referral, intro: String?, none: String?, german: Bool = false, sources: Bool = false, into turn: inout Turn
    ) {
        if referral.entries.isEmpty {
            if let none { turn.add(.say(text(none))) }
            return
        }
        let emergencies = referral.entries.prefix { $0.isEmergency }.count
        let others = referral.entries.count - emergencies
        let shown = min(others, dialog.referralLimit ?? others)
        turn.reserve(Self.eventsPerPartner * (emergencies + shown))
        if let intro, dialog.texts.source(intro) != nil { turn.add(.say(text(intro))) }
        // The emergency partners stand first, then the others, of which `shown` are named.
        for (rank, entry) in referral.entries.prefix(emergencies + shown).enumerated() {
            let partner = entry.partner
            if rank == emergencies { turn.add(.say(message(.startHere))) }
            turn.add(.refer(rank: rank + 1, partner: partner.id, name: partner.name))
            for rule in entry.rules {
                turn.add(.why(partner: partner.id, text: reason(rule, in: language)))
                if german, language != dialog.sourceLanguage {
                    turn.add(.why(partner: partner.id, text: "(\(dialog.sourceLanguage)) \(reason(rule, in: dialog.sourceLanguage))"))
                }
            }
            addFacts(of: partner, into: &turn)
            if sources { sourceNotes(entry).forEach { turn.add(.note($0)) } }
        }
        if others > shown {
            turn.add(.note(message(.morePartners, ["count": String(others - shown)])))
        }
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
