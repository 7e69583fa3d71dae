import Foundation

/// Rules that can fire in a region where no partner (regional or nationwide) fills their role.
enum UnfilledRoles {
    static func check(_ dialog: Dialog) -> [Diagnostic] {
        let space = ValueSpace(dialog)
        let regions = dialog.slots[dialog.regionSlot]?.values ?? []
        return dialog.rules.compactMap { rule in
            let empty = regions.filter { region in
                dialog.partners(for: rule.role, in: region).isEmpty
                    && space.canBeTrue(rule.condition, fixed: [dialog.regionSlot: .key(region)])
            }
            guard !empty.isEmpty else { return nil }
            return .warning(
                "rule '\(rule.id)' can fire in \(empty.joined(separator: ", ")), where no partner has the role "
                    + "'\(rule.role)'; add a partner there or a nationwide one", at: rule.location)
        }
    }
}

/// Partners no rule can name: none of their roles is referred to where they are.
enum UnreachablePartners {
    static func check(_ dialog: Dialog) -> [Diagnostic] {
        let space = ValueSpace(dialog)
        let regions = dialog.slots[dialog.regionSlot]?.values ?? []
        return dialog.partners.compactMap { partner in
            let reachable = dialog.rules.contains { rule in
                guard partner.roles.contains(rule.role) else { return false }
                if partner.region != Partner.nationwide {
                    return space.canBeTrue(rule.condition, fixed: [dialog.regionSlot: .key(partner.region)])
                }
                let fallbackRegions = regions.filter { region in
                    !dialog.partners.contains { $0.region == region && $0.roles.contains(rule.role) }
                }
                return fallbackRegions.contains { space.canBeTrue(rule.condition, fixed: [dialog.regionSlot: .key($0)]) }
            }
            return reachable
                ? nil
                : .warning(
                    "no rule can refer partner '\(partner.id)'; give it a role a rule names in its region",
                    at: partner.location)
        }
    }
}

/// Facts not checked for more than a year: partners (`verified:` and each source's
/// `checked:`) and rules (`reviewed:`); and rules that name no source for their basis.
enum StaleEntries {
    static let maximumAge: TimeInterval = 365 * 24 * 3600

    static func check(_ dialog: Dialog, today: Date) -> [Diagnostic] {
        let format = DateFormatter()
        format.dateFormat = "yyyy-MM-dd"
        format.timeZone = TimeZone(identifier: "UTC")
        func isOld(_ day: String) -> Bool {
            format.date(from: day).map { today.timeIntervalSince($0) > maximumAge } ?? false
        }
        var findings: [Diagnostic] = []
        for partner in dialog.partners {
            guard let verified = partner.verified else {
                findings.append(
                    .warning(
                        "partner '\(partner.id)' has no 'verified:' date; add the day its facts were last checked",
                        at: partner.location))
                continue
            }
            if format.date(from: verified) == nil {
                findings.append(
                    .warning("partner '\(partner.id)': 'verified: \(verified)' is no date like 2026-11-25", at: partner.location))
            } else if isOld(verified) {
                findings.append(
                    .warning(
                        "partner '\(partner.id)' was last verified on \(verified), over a year ago; check its facts",
                        at: partner.location))
            }
            for source in partner.sources where isOld(source.checked) {
                findings.append(
                    .warning(
                        "partner '\(partner.id)': \(source.url) was read on \(source.checked), over a year ago; "
                            + "read it again and update \(source.gives.joined(separator: ", "))", at: source.location))
            }
        }
        for rule in dialog.rules {
            guard let source = rule.source, !source.checked.isEmpty else {
                findings.append(
                    .warning(
                        "rule '\(rule.id)' names no 'source:' and 'reviewed:' date; add the public page its basis "
                            + "comes from and the day you checked it", at: rule.location))
                continue
            }
            if isOld(source.checked) {
                findings.append(
                    .warning(
                        "rule '\(rule.id)' was last reviewed on \(source.checked), over a year ago; check \(source.url)",
                        at: rule.location))
            }
        }
        return findings
    }
}

/// Answers that would be ambiguous: two options of a slot share a label or synonym in a language.
enum LabelCollisions {
    static func check(_ dialog: Dialog) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for language in dialog.languages {
            for slotID in dialog.slotOrder {
                let terms = dialog.vocabulary.terms(for: slotID, in: language.code)
                var owner: [String: String] = [:]
                for term in terms {
                    for word in term.words {
                        if let other = owner[word], other != term.key {
                            let id = dialog.slots[slotID]?.kind == .yesno ? "msg.\(term.key)" : "\(slotID).\(term.key)"
                            let location =
                                dialog.texts.entry(id, in: language.code)?.location
                                ?? SourceLocation(file: "texts/\(language.code).yaml", line: 1, column: 1)
                            findings.append(
                                .warning(
                                    "in \(language.code), '\(word)' answers both '\(other)' and '\(term.key)' of "
                                        + "slot '\(slotID)'; the answer would be ambiguous", at: location))
                        }
                        owner[word] = owner[word] ?? term.key
                    }
                }
            }
        }
        return findings
    }
}
