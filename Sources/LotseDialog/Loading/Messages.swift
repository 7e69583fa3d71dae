/// The messages the engine needs, by id (`msg.ID` among the texts).
public enum MessageID: String, Sendable, CaseIterable {
    case yes, no, help
    case chooseOption = "choose-option"
    case ambiguous
    case placeWhich = "place-which"
    case placeUnknown = "place-unknown"
    case enterNumber = "enter-number"
    case enterText = "enter-text"
    case skipNotAllowed = "skip-not-allowed"
    case skipped
    case skipHint = "skip-hint"
    case multiHint = "multi-hint"
    case noneApplies = "none"
    case startHere = "start-here"
    case morePartners = "more-partners"
    case noMore = "no-more"
    case backAtStart = "back-at-start"
    case unknownCommand = "unknown-command"
    case unknownLanguage = "unknown-language"
    case noQuestion = "no-question"
    case whyReferral = "why-referral"
    case whyDepends = "why-depends"
    case ended
    case summary
    case summaryEmpty = "summary-empty"
    case may
    case languageOnRequest = "language-on-request"
    case languageNotSpoken = "language-not-spoken"
    case counselorOnly = "counselor-only"
    // The server's answers to lines it cannot read, to `/auth`, `/reload` and too many lines.
    case lineTooLong = "line-too-long"
    case lineNotText = "line-not-text"
    case counselorOn = "counselor-on"
    case counselorOff = "counselor-off"
    case authWrong = "auth-wrong"
    case authWait = "auth-wait"
    case authPaused = "auth-paused"
    case authNeedsTLS = "auth-needs-tls"
    case tooManyLines = "too-many-lines"
    case reloaded
    case reloadRefused = "reload-refused"
    case reloadMore = "reload-more"
    case reloadShutdown = "reload-shutdown"
    // The engine's answers to counselor commands.
    case usage
    case traceOn = "trace-on"
    case traceOff = "trace-off"
    case slotSet = "slot-set"
    case slotUnknown = "slot-unknown"
    case slotNumber = "slot-number"
    case slotValues = "slot-values"
    case slotMulti = "slot-multi"
    case slotSkipped = "slot-skipped"
    case slotsEmpty = "slots-empty"
    case nodeUnknown = "node-unknown"
    // The sources a counselor's `/why` names.
    case sourceRule = "source-rule"
    case sourceRuleNone = "source-rule-none"
    case basisNone = "basis-none"
    case sourceFact = "source-fact"

    /// The message's text id (`msg.ID`).
    public var textID: String { Self.textIDs[self] ?? "msg.\(rawValue)" }

    /// Every message's text id, spelt once: most are too long for a string without its own
    /// storage, so spelling one per message said would allocate.
    private static let textIDs = Dictionary(uniqueKeysWithValues: allCases.map { ($0, "msg.\($0.rawValue)") })
}

/// What messages.yaml says: the German messages, keyed `msg.ID`.
struct Messages {
    var entries: [String: TextEntry] = [:]

    init(_ root: YAMLNode, log: inout DiagnosticLog) {
        guard let file = MappingReader(root, subject: "messages.yaml", log: &log) else { return }
        file.rejectUnknownKeys(allowed: ["messages"], log: &log)
        guard let node = file.value("messages"), let map = MappingReader(node, subject: "'messages'", log: &log) else {
            log.error("messages.yaml needs 'messages:'", at: root.location)
            return
        }
        let known = MessageID.allCases.map(\.rawValue)
        for (id, keyNode, value) in map.fields {
            guard known.contains(id) else {
                let hint = Suggestion.nearest(to: id, in: known).map { "did you mean '\($0)'?" } ?? "the engine does not use it"
                log.warning("unknown message '\(id)'; \(hint)", at: keyNode.location)
                continue
            }
            if let entry = TextEntryReader.read(value, id: "msg.\(id)", log: &log) {
                entries["msg.\(id)"] = entry
            }
        }
        for id in MessageID.allCases where entries[id.textID] == nil {
            log.error("messages.yaml lacks the message '\(id.rawValue)'; add it under 'messages:'", at: node.location)
        }
    }
}
