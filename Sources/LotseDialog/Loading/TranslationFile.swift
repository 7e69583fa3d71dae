/// What one texts/LANG.yaml says: a language code and its texts by text id.
struct TranslationFile {
    var language: (code: String, location: SourceLocation)?
    var entries: [String: TextEntry] = [:]

    init(_ root: YAMLNode, log: inout DiagnosticLog) {
        guard let file = MappingReader(root, subject: "the translation file", log: &log) else { return }
        file.rejectUnknownKeys(allowed: ["language", "texts"], log: &log)
        if let code = file.string("language", log: &log) {
            language = (code, file.value("language")!.location)
        }
        guard let textsNode = file.value("texts"),
            let texts = MappingReader(textsNode, subject: "'texts'", log: &log)
        else {
            log.error("a translation file needs 'texts:', a map from text id to text", at: root.location)
            return
        }
        for (id, keyNode, value) in texts.fields {
            guard let entry = TextEntryReader.read(value, id: id, log: &log) else { continue }
            // Reported at the key, where an author looks for a text id.
            entries[id] = TextEntry(
                text: entry.text, synonyms: entry.synonyms, sourceHash: entry.sourceHash,
                location: keyNode.location)
        }
    }
}
