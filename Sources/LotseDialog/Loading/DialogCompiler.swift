/// Turns the parsed files into a `Dialog`: checks references across files, resolves ids and
/// collects the texts of every language.
enum DialogCompiler {
    static func compile(_ files: DialogFiles, log: inout DiagnosticLog) -> Dialog? {
        func root(_ file: YAMLFile?) -> YAMLNode? { file?.root(log: &log) }
        guard let headerNode = root(files.named["dialog.yaml"]), let situationNode = root(files.named["situation.yaml"])
        else { return nil }
        let header = Header(headerNode, log: &log)
        let situation = Situation(situationNode, log: &log)
        var slots = Dictionary(situation.slots.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let special = SpecialSlots(header: header, slots: slots, log: &log)
        let roles = root(files.named["roles.yaml"]).map { RolesFile($0, log: &log).roles } ?? []
        let roleVocabulary = RoleVocabulary(roles)

        // A network lies in a Land: `noLand` is for the nationwide path only.
        let lands = (slots[special.land]?.values ?? []).filter { $0 != Dialog.noLand }
        let networkFiles = files.networks.map { files in
            (
                files,
                network: root(files.network).flatMap { node in
                    NetworkFile(
                        node, folderName: files.id, folder: files.folder, lands: lands, log: &log
                    ).network
                }
            )
        }
        let networks = networkFiles.compactMap(\.network)
        NetworkSlots.add(networks, to: &slots, special: special, log: &log)

        let messages = root(files.named["messages.yaml"]).map { Messages($0, log: &log) }
        let slotLayout = SlotLayout(order: situation.slots.map(\.id))
        let parser = ConditionParser(slots: slots, layout: slotLayout)
        let coreRules = root(files.named["rules.yaml"]).map { RulesFile($0, file: "rules.yaml", parser: parser, log: &log) }
        let languageCodes = slots[special.language]?.values ?? []
        let corePartners = files.partners.compactMap { file in
            root(file).map {
                PartnersFile(
                    $0, file: file.path, home: .core(lands: lands), roles: roleVocabulary,
                    languageCodes: languageCodes, parser: parser, log: &log)
            }
        }
        var networkRules: [RulesFile] = []
        var networkPartners: [PartnersFile] = []
        for (files, network) in networkFiles {
            guard let network else { continue }
            if let partners = root(files.partners) {
                networkPartners.append(
                    PartnersFile(
                        partners, file: files.partners!.path, home: .network(network.id), roles: roleVocabulary,
                        languageCodes: languageCodes, parser: parser, log: &log))
            } else if files.partners == nil {
                log.error(
                    "network '\(network.id)' has no partners.yaml; list its offices there (docs/networks.md)",
                    at: network.location)
            }
            if let rules = root(files.rules) {
                networkRules.append(
                    RulesFile(
                        rules, file: files.rules!.path, parser: parser,
                        scope: NetworkScope(network: network.id, region: special.regionReference(layout: slotLayout)), log: &log))
            }
        }
        let allRules = ([coreRules].compactMap { $0 } + networkRules)
        let rules = allRules.flatMap(\.rules)
        let partners = (corePartners + networkPartners).flatMap(\.partners)
        Uniqueness.check(rules.map { ($0.id, $0.location) }, noun: "rule", log: &log)
        Uniqueness.check(partners.map { ($0.id, $0.location) }, noun: "partner", log: &log)
        for file in allRules {
            for (role, node) in file.roleNodes { roleVocabulary.check(role, at: node, log: &log) }
        }
        SharedPartners.check(networks, partners: partners, log: &log)

        let flowFiles = files.flows.compactMap { $0.root(log: &log) }.map { FlowFile($0, log: &log) }
        var linker = FlowLinker(flowFiles: flowFiles, slots: slots, parser: parser)
        let nodes = linker.link(log: &log)
        let start = header.start.flatMap { linker.resolve($0.id, at: $0.node, log: &log) }

        // Only the labels of slots a question asks are shown, and so translated.
        let asked = Set(flowFiles.flatMap(\.askedSlots))
        var source = situation.labels.filter { id, _ in asked.contains(String(id.prefix { $0 != "." })) }
        for table in [messages?.entries] + allRules.map(\.texts) + (corePartners + networkPartners).map(\.texts) + flowFiles.map(\.texts) {
            source.merge(table ?? [:]) { first, _ in first }
        }
        let languages = header.orderedLanguages
        // A German file that did not parse has no texts: comparing the translations with it
        // would only repeat its error as a warning per text.
        let germanComplete =
            messages != nil && coreRules != nil && flowFiles.count == files.flows.count
            && corePartners.count == files.partners.count
        let translations = TranslationSet(
            core: files.translations.compactMap { $0.root(log: &log) },
            networks: networkFiles.compactMap { files, network in
                network.map { network in (network, files.translations.compactMap { $0.root(log: &log) }) }
            },
            source: source, languages: languages, sourceLanguage: header.sourceLanguage, comparing: germanComplete, log: &log)
        var tables = translations.tables
        tables[header.sourceLanguage] = source
        let texts = Texts(sourceLanguage: header.sourceLanguage, tables: tables)

        guard !log.hasErrors, let start else { return nil }
        return Dialog(
            name: header.name, version: files.version, sourceLanguage: header.sourceLanguage, languages: languages,
            slots: slots, slotLayout: slotLayout, nodes: nodes, flows: linker.flowStarts, start: start,
            rules: rules, partners: partners, roles: roles, networks: networks, regionSlot: special.region,
            languageSlot: special.language, placeSlot: special.place, landSlot: special.land,
            referralLimit: header.referralLimit, slipNeeds: special.needs, explainedTerms: header.explainedTerms, texts: texts,
            vocabulary: VocabularyBuilder.build(slots: situation.slots, texts: texts, languages: languages))
    }
}

/// The slots the dialog gives a job: the region (the network), the counselling language, the
/// place and the Land. Each must exist with the right type.
struct SpecialSlots {
    let region: String
    let language: String
    let place: String
    let land: String
    /// The slots whose answers each get a place on the slip first (`slip-needs`): yes/no or choice slots.
    let needs: [String]

    init(header: Header, slots: [String: Slot], log: inout DiagnosticLog) {
        func slot(_ named: (id: String, node: YAMLNode)?, default defaultID: String, kind: Slot.Kind) -> String {
            let id = named?.id ?? defaultID
            if let named, slots[id]?.kind != kind {
                log.error("'\(id)' should name a \(kind == .place ? "place" : "choice") slot of situation.yaml", at: named.node.location)
            }
            return id
        }
        region = slot(header.regionSlot, default: "region", kind: .choice)
        language = slot(header.languageSlot, default: "counsel-lang", kind: .choice)
        place = slot(header.placeSlot, default: "place", kind: .place)
        land = slot(header.landSlot, default: "land", kind: .choice)
        needs = header.slipNeeds.compactMap { id, node in
            guard let kind = slots[id]?.kind, kind == .yesno || kind == .choice else {
                let hint = slots[id] != nil ? "" : Suggestion.nearest(to: id, in: Array(slots.keys)).map { "; did you mean '\($0)'?" } ?? ""
                log.error("'slip-needs' names '\(id)', which is no yesno or choice slot of situation.yaml\(hint)", at: node.location)
                return nil
            }
            return id
        }
    }

    /// The region slot as a condition reads it.
    func regionReference(layout: SlotLayout) -> SlotReference {
        SlotReference(region, index: layout.index(of: region))
    }
}

/// The networks' ids become values of the region slot (situation.yaml may name one there to
/// give it a label), their municipalities values of the place slot; a municipality key must
/// be unique in all of Germany.
enum NetworkSlots {
    static func add(_ networks: [Network], to slots: inout [String: Slot], special: SpecialSlots, log: inout DiagnosticLog) {
        if let region = slots[special.region] {
            let added = networks.map(\.id).filter { !region.values.contains($0) }
            slots[special.region] = Slot(id: region.id, kind: region.kind, values: region.values + added, ranges: region.ranges)
        }
        guard let place = slots[special.place] else { return }
        var seen: [String: Place] = [:]
        let declared = Set(place.values)
        var keys = place.values
        for network in networks {
            for entry in network.places {
                if let first = seen[entry.key] {
                    log.error(
                        "place '\(entry.key)' is already served by network '\(first.network)' (\(first.location)); a place key "
                            + "names one municipality in all of Germany — add what tells them apart (neustadt-bei-coburg)",
                        at: entry.location)
                    continue
                }
                if declared.contains(entry.key) {
                    log.error("place key '\(entry.key)' is also a value of the place slot; rename it", at: entry.location)
                    continue
                }
                seen[entry.key] = entry
                keys.append(entry.key)
            }
        }
        slots[special.place] = Slot(id: place.id, kind: .place, values: keys)
    }
}

/// Ids that must be unique across all files (rules, partners).
enum Uniqueness {
    static func check(_ ids: [(String, SourceLocation)], noun: String, log: inout DiagnosticLog) {
        var first: [String: SourceLocation] = [:]
        for (id, location) in ids {
            if let earlier = first[id], earlier.file != location.file {
                log.error("duplicate \(noun) id '\(id)' (first at \(earlier)); give each \(noun) its own id", at: location)
            }
            first[id] = first[id] ?? location
        }
    }
}

/// A network's `shared-partners` must name partners of the core with `scope: shared`.
enum SharedPartners {
    static func check(_ networks: [Network], partners: [Partner], log: inout DiagnosticLog) {
        let shared = Set(partners.filter { $0.scope == .shared }.map(\.id))
        for network in networks {
            for id in network.sharedPartners where !shared.contains(id) {
                let hint = Suggestion.nearest(to: id, in: shared).map { "did you mean '\($0)'? " } ?? ""
                log.error(
                    "network '\(network.id)' lists shared partner '\(id)', but the core's partners/ has none with that id "
                        + "and 'scope: shared'; \(hint)", at: network.location)
            }
        }
    }
}
