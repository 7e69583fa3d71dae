/// Turns the parsed files into a `Dialog`: checks references across files, resolves ids and
/// collects the texts of every language.
enum DialogCompiler {
    static func compile(_ files: DialogFiles, log: inout DiagnosticLog) -> Dialog? {
        func root(_ name: String) -> YAMLNode? { files.named[name]?.root(log: &log) }
        guard let headerNode = root("dialog.yaml"), let situationNode = root("situation.yaml") else { return nil }
        let header = Header(headerNode, log: &log)
        let situation = Situation(situationNode, log: &log)
        let slots = Dictionary(situation.slots.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let regionSlot = specialSlot(header.regionSlot, default: "region", slots: slots, log: &log)
        let languageSlot = specialSlot(header.languageSlot, default: "counsel-lang", slots: slots, log: &log)

        let messages = root("messages.yaml").map { Messages($0, log: &log) }
        let slotLayout = SlotLayout(order: situation.slots.map(\.id))
        let parser = ConditionParser(slots: slots, layout: slotLayout)
        let rules = root("rules.yaml").map { RulesFile($0, parser: parser, log: &log) }
        let directory = root("directory.yaml").map {
            DirectoryFile(
                $0, regions: slots[regionSlot]?.values ?? [], languageCodes: slots[languageSlot]?.values ?? [],
                parser: parser, log: &log)
        }
        let flowFiles = files.flows.compactMap { $0.root(log: &log) }.map { FlowFile($0, log: &log) }
        var linker = FlowLinker(flowFiles: flowFiles, slots: slots, parser: parser)
        let nodes = linker.link(log: &log)
        let start = header.start.flatMap { linker.resolve($0.id, at: $0.node, log: &log) }

        checkRoles(rules: rules, partners: directory?.partners ?? [], log: &log)

        var source: [String: TextEntry] = situation.labels
        for table in [messages?.entries, rules?.texts, directory?.texts] + flowFiles.map(\.texts) {
            source.merge(table ?? [:]) { first, _ in first }
        }
        let languages = header.orderedLanguages
        // A German file that did not parse has no texts: comparing the translations with it
        // would only repeat its error as a warning per text.
        let germanComplete = messages != nil && rules != nil && directory != nil && flowFiles.count == files.flows.count
        let translations = TranslationSet(
            files.translations.compactMap { $0.root(log: &log) }, source: source,
            languages: languages, sourceLanguage: header.sourceLanguage,
            comparing: germanComplete, log: &log)
        var tables = translations.tables
        tables[header.sourceLanguage] = source
        let texts = Texts(sourceLanguage: header.sourceLanguage, tables: tables)

        guard !log.hasErrors, let start else { return nil }
        return Dialog(
            name: header.name, version: files.version, sourceLanguage: header.sourceLanguage, languages: languages,
            slots: slots, slotLayout: slotLayout, nodes: nodes, flows: linker.flowStarts, start: start,
            rules: rules?.rules ?? [], partners: directory?.partners ?? [], regionSlot: regionSlot,
            languageSlot: languageSlot, referralLimit: header.referralLimit,
            explainedTerms: header.explainedTerms, texts: texts,
            vocabulary: VocabularyBuilder.build(slots: situation.slots, texts: texts, languages: languages))
    }

    /// The region or language slot: it must exist and be a choice.
    private static func specialSlot(
        _ named: (id: String, node: YAMLNode)?, default defaultID: String, slots: [String: Slot], log: inout DiagnosticLog
    ) -> String {
        let id = named?.id ?? defaultID
        if let named, slots[id]?.kind != .choice {
            log.error("'\(id)' should name a choice slot of situation.yaml", at: named.node.location)
        }
        return id
    }

    /// Every role a rule refers to must be filled by at least one partner.
    private static func checkRoles(rules: RulesFile?, partners: [Partner], log: inout DiagnosticLog) {
        guard let rules, !partners.isEmpty else { return }
        let filled = Set(partners.flatMap(\.roles))
        for (role, node) in rules.roleNodes where !filled.contains(role) {
            let hint = Suggestion.nearest(to: role, in: filled).map { "did you mean '\($0)'? " } ?? ""
            log.error("no partner in directory.yaml has the role '\(role)'; \(hint)add it to a partner's roles", at: node.location)
        }
    }
}
