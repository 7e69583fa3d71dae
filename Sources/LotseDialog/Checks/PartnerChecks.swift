import Foundation

/// The places a person can be in, as the checks try them: each network (with its Land), and
/// the nationwide path of someone no network serves.
struct Areas {
    struct Area {
        /// The network, nil for the nationwide path.
        let network: Network?
        /// The slots the area fixes: the region and the Land.
        let fixed: [String: SlotValue]
        var name: String { network?.id ?? "the nationwide path" }
    }

    static func all(_ dialog: Dialog) -> [Area] {
        dialog.networks.map { network in
            Area(network: network, fixed: [dialog.regionSlot: .key(network.id), dialog.landSlot: .key(network.land)])
        } + [
            Area(network: nil, fixed: [dialog.regionSlot: .key(Dialog.noNetwork), dialog.landSlot: .key(Dialog.noLand)])
        ]
    }

    static func partners(_ dialog: Dialog, role: String, in area: Area) -> [Partner] {
        dialog.partners(for: role, network: area.network?.id, land: area.network?.land)
    }
}

/// Rules that can fire where no partner (of the network, its Land or nationwide) fills their role.
enum UnfilledRoles {
    static func check(_ dialog: Dialog) -> [Diagnostic] {
        let space = ValueSpace(dialog)
        let areas = Areas.all(dialog)
        return dialog.rules.compactMap { rule in
            let empty = areas.filter { area in
                Areas.partners(dialog, role: rule.role, in: area).isEmpty && space.canBeTrue(rule.condition, fixed: area.fixed)
            }
            guard !empty.isEmpty else { return nil }
            return .warning(
                "rule '\(rule.id)' can fire in \(empty.map(\.name).joined(separator: ", ")), where no partner has the role "
                    + "'\(rule.role)'; add a partner there or a nationwide one", at: rule.location)
        }
    }
}

/// Partners no rule can name: none of their roles is referred to where they serve.
enum UnreachablePartners {
    static func check(_ dialog: Dialog) -> [Diagnostic] {
        let space = ValueSpace(dialog)
        let areas = Areas.all(dialog)
        let listed = Set(dialog.networks.flatMap(\.sharedPartners))
        let lands = Set(dialog.networks.map(\.land))
        return dialog.partners.compactMap { partner in
            // A shared or Land partner that no loaded network lists or lies in serves networks
            // that are not loaded (lotse check --network): nothing to say about it here.
            switch partner.scope {
            case .shared where !listed.contains(partner.id): return nil
            case .land(let land) where !lands.contains(land): return nil
            default: break
            }
            // Only where it serves: its network, the networks that list it or lie in its Land,
            // or — nationwide — everywhere (so the check grows with the partners, not their square).
            let serves: [Areas.Area] =
                switch partner.scope {
                case .network(let id): areas.filter { $0.network?.id == id }
                case .shared: areas.filter { $0.network?.sharedPartners.contains(partner.id) == true }
                case .land(let land): areas.filter { $0.network?.land == land }
                case .nationwide: areas
                }
            let reachable = dialog.rules.contains { rule in
                guard partner.roles.contains(rule.role) else { return false }
                return serves.contains { area in
                    Areas.partners(dialog, role: rule.role, in: area).contains { $0 === partner }
                        && space.canBeTrue(rule.condition, fixed: area.fixed)
                }
            }
            return reachable
                ? nil
                : .warning(
                    "no rule can refer partner '\(partner.id)'; give it a role a rule names where it serves",
                    at: partner.location)
        }
    }
}

/// Per network, the core roles (roles.yaml) it fills itself, and those that fall back to its
/// Land's or a nationwide partner.
public enum NetworkRoles {
    /// One network's core roles by where their partners come from.
    public struct Report: Sendable {
        public let network: Network
        /// The core roles the network's own (or shared) partners fill.
        public let filled: [String]
        /// The core roles its Land fills for it.
        public let byLand: [String]
        /// The core roles only a nationwide entry fills.
        public let nationwide: [String]
        /// The core roles nobody fills.
        public let missing: [String]
    }

    public static func reports(_ dialog: Dialog) -> [Report] {
        let core = dialog.roles.filter(\.isCore).map(\.id)
        return dialog.networks.map { network in
            var filled: [String] = []
            var byLand: [String] = []
            var nationwide: [String] = []
            var missing: [String] = []
            for role in core {
                switch dialog.source(of: role, network: network) {
                case .network?: filled.append(role)
                case .land?: byLand.append(role)
                case .nationwide?: nationwide.append(role)
                case .shared?, nil: missing.append(role)
                }
            }
            return Report(network: network, filled: filled, byLand: byLand, nationwide: nationwide, missing: missing)
        }
    }

    /// A network that fills no core role is an error; a core role that falls back to a
    /// nationwide "find one near you" entry is a warning of that network.
    static func check(_ dialog: Dialog) -> [Diagnostic] {
        reports(dialog).flatMap { report -> [Diagnostic] in
            if report.filled.isEmpty, !dialog.roles.filter(\.isCore).isEmpty {
                return [
                    .error(
                        "network '\(report.network.id)' fills none of the core roles "
                            + "(\(dialog.roles.filter(\.isCore).map(\.id).joined(separator: ", "))); add its offices to "
                            + "partners.yaml (lotse network new makes the entries)", at: report.network.location)
                ]
            }
            return (report.nationwide + report.missing).map { role in
                .warning(
                    "network '\(report.network.id)' has no partner with the core role '\(role)'; it falls back to "
                        + (report.missing.contains(role) ? "nothing" : "a nationwide entry")
                        + " — add the local office to partners.yaml, with unknown contacts if no page gives them",
                    at: report.network.location)
            }
        }
    }
}

/// Law written by a network's name: a core rule or a core partner whose condition reads the
/// region or the place. Land law tests the land slot; one network's rules live in its folder.
enum CoreConditionsByNetwork {
    static func check(_ dialog: Dialog) -> [Diagnostic] {
        let local: Set<String> = [dialog.regionSlot, dialog.placeSlot]
        let inNetwork = { (location: SourceLocation) in dialog.networks.contains { $0.owns(location) } }
        var findings: [Diagnostic] = []
        for rule in dialog.rules where !inNetwork(rule.location) && !rule.condition.slots.isDisjoint(with: local) {
            findings.append(
                .warning(
                    "core rule '\(rule.id)' tests \(local.intersection(rule.condition.slots).sorted().joined(separator: " and ")); "
                        + "test '\(dialog.landSlot)' for a Land's law, or move the rule to the network's rules.yaml",
                    at: rule.location))
        }
        for partner in dialog.partners where !inNetwork(partner.location) {
            guard let serves = partner.serves, !serves.slots.isDisjoint(with: local) else { continue }
            findings.append(
                .warning(
                    "core partner '\(partner.id)' tests the region or the place; a network's offices go in its folder",
                    at: partner.location))
        }
        return findings
    }
}

/// Facts not checked for more than a year: partners (`verified:` and each source's
/// `checked:`) and `sure` rules (`reviewed:`); and rules that name no source for their basis.
enum StaleEntries {
    static let maximumAge: TimeInterval = 365 * 24 * 3600

    static func check(_ dialog: Dialog, today: Date) -> [Diagnostic] {
        let days = DayParser()
        func isOld(_ day: String) -> Bool {
            days.date(day).map { today.timeIntervalSince($0) > maximumAge } ?? false
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
            if days.date(verified) == nil {
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
            // A `may` rule is due after three months already (`StaleMayRules`): one warning is enough.
            if isOld(source.checked), rule.certainty == .sure {
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
