import LotseDialog

/// One person's conversation with the dialog: where it stands, what the person answered, and
/// how to go back. `step` turns one input line into the events of one turn.
///
/// Pure and deterministic: no I/O, no clock, no randomness — the same lines give the same
/// events, which makes transcripts exact and the server thin.
public struct Session: Sendable {
    /// Where the conversation stands.
    enum Position: Sendable, Equatable {
        /// `start()` has not run yet.
        case notStarted
        /// The question of this node is open.
        case asking(Int)
        case ended(Outcome)
        /// `/quit` was sent, after the dialog ended with this outcome if it did; nothing more happens.
        case closed(Outcome?)
    }

    /// What `/back` returns to: the state just before an answer. The slots are not copied:
    /// `/back` undoes the changes `slotJournal` noted since `journalCount`.
    struct Snapshot: Sendable {
        let node: Int
        let skipped: Set<String>
        let pathCount: Int
        /// How many changes `slotJournal` held at the snapshot.
        let journalCount: Int
    }

    /// The dialog this session runs on; it keeps it to its end, whatever is reloaded.
    public let dialog: Dialog
    /// The session language's code.
    public internal(set) var language: String
    /// Whether the counselor commands are enabled (the server sets it after `/auth`).
    public var isCounselor = false
    /// The filled slots, each in its place of the dialog's `SlotLayout`.
    public internal(set) var slotValues: SlotValues
    /// The filled slots by id.
    public var slots: [String: SlotValue] { slotValues.dictionary }
    /// The slots the person chose to skip.
    var skipped: Set<String> = []
    var position: Position = .notStarted
    var history: [Snapshot] = []
    /// Every change of a slot since the first snapshot, in order, with the value it replaced
    /// (nil: empty): `fill(_:with:)` notes them, `/back` undoes them.
    var slotJournal: [(slot: String, before: SlotValue?)] = []
    /// The nodes visited, in order.
    public internal(set) var path: [Int] = []
    /// The partners named at the last `refer` node.
    public internal(set) var referral: Referral?
    /// While the person picks one of several places of the name they typed: those places.
    var placeCandidates: [String]?
    /// Counselor mode: `TRACE` lines for every condition and rule.
    var isTracing = false
    /// How many lines the session has handled.
    public internal(set) var turns = 0
    /// The last turn's events, kept for their storage (see `takeTurnStorage()`).
    private var lastTurn: [Event] = []

    /// A new session on `dialog`, in `language` if the dialog offers it, else its source language.
    public init(dialog: Dialog, language: String? = nil) {
        self.dialog = dialog
        self.slotValues = SlotValues(layout: dialog.slotLayout)
        self.language = language.flatMap { dialog.offers(language: $0) ? $0 : nil } ?? dialog.sourceLanguage
    }

    /// How the dialog ended, once it has — also after a `/quit` that followed the end.
    public var outcome: Outcome? {
        switch position {
        case .ended(let outcome): outcome
        case .closed(let outcome): outcome
        case .notStarted, .asking: nil
        }
    }

    /// Whether `/quit` closed the session.
    public var isClosed: Bool { if case .closed = position { true } else { false } }

    /// The id of the node whose question is open, if one is.
    public var openQuestion: String? {
        if case .asking(let node) = position { return dialog.nodes[node].id }
        return nil
    }

    /// The greeting turn: the dialog runs from its start to the first question.
    public mutating func start() -> [Event] {
        var turn = Turn(reusing: takeTurnStorage())
        run(from: dialog.start, into: &turn)
        return keep(turn.finished())
    }

    /// One line from the client (without its line break) → the events of the turn, ending with
    /// `WAIT`, or `BYE quit` after `/quit`.
    public mutating func step(_ line: String) -> [Event] {
        step(ClientInput(line))
    }

    /// A client line already read as an answer or a command → the events of the turn.
    public mutating func step(_ input: ClientInput) -> [Event] {
        var turn = Turn(reusing: takeTurnStorage())
        take(input, into: &turn)
        return keep(turn.finished())
    }

    /// The last turn's storage, moved out of the session: once the caller has let go of the
    /// last turn it is the only reference, and the next turn writes into it in place. The first
    /// turn makes room for `Self.eventsPerTurn` events at once.
    private mutating func takeTurnStorage() -> [Event] {
        var storage = lastTurn
        lastTurn = []
        if storage.capacity < Self.eventsPerTurn { storage.reserveCapacity(Self.eventsPerTurn) }
        return storage
    }

    /// Room the first turn makes: most turns (a note, a question, `WAIT`) fit, and a
    /// referral's turn makes its own room.
    static let eventsPerTurn = 16

    /// `events`, whose storage the next turn reuses.
    private mutating func keep(_ events: [Event]) -> [Event] {
        lastTurn = events
        return events
    }

    /// The turn for `input`, without its closing `WAIT`.
    private mutating func take(_ input: ClientInput, into turn: inout Turn) {
        if position == .notStarted {
            run(from: dialog.start, into: &turn)
            return
        }
        guard !isClosed else {
            turn.add(.bye(.quit))
            return
        }
        turns += 1
        switch input {
        case .answer(let text): answer(text, into: &turn)
        case .command(let command): handle(command, into: &turn)
        }
    }
}

/// The events of one turn as they are produced.
struct Turn {
    private(set) var events: [Event] = []
    private var closed = false

    init() {}

    /// A turn written into `storage`, emptied first but keeping its capacity: a session hands
    /// each turn the last one's storage, so a turn costs no allocation once the caller has let
    /// go of the last.
    init(reusing storage: consuming [Event]) {
        storage.removeAll(keepingCapacity: true)
        events = storage
    }

    mutating func add(_ event: Event) {
        if case .bye = event { closed = true }
        events.append(event)
    }

    /// Makes room for `count` more events.
    mutating func reserve(_ count: Int) {
        events.reserveCapacity(events.count + count)
    }

    /// The events, ending with `WAIT` unless the turn said `BYE`, moved out of the turn. (A
    /// `consuming` method returning `events` kept a second reference to them alive, so the
    /// session could never write the next turn into their storage.)
    mutating func finished() -> [Event] {
        if !closed { events.append(.wait) }
        let finished = events
        events = []
        return finished
    }
}
