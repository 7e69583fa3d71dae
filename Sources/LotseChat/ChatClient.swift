public import LotseClient
import LotseWire

/// The chat: connects to the daemon, shows its lines to the person and sends theirs, and
/// runs kiosk sessions, recording and reconnecting. One thread, one `poll()` loop.
///
/// ```swift
/// let client = ChatClient(options: options, interface: LineEditor(…), recorder: nil)
/// exit(client.run())
/// ```
public final class ChatClient {
    /// How the chat runs.
    public struct Options: Sendable {
        /// Where the daemon listens.
        public var server: ServerAddress
        /// A language to switch to after the greeting (kiosk: the start screen's default).
        public var language: String?
        /// A person's own terminal, or the kiosk (start screen, wipe between people, no
        /// counselor commands, a printer perhaps).
        public var mode: ChatMode
        /// Colours or none.
        public var style: Style
        /// TLS to the daemon; nil for plain TCP.
        public var tls: ClientTLS?

        /// Options for a chat with the daemon at `server`.
        public init(
            server: ServerAddress, language: String? = nil, mode: ChatMode = .personal, style: Style, tls: ClientTLS? = nil
        ) {
            self.tls = tls
            self.server = server
            self.language = language
            self.mode = mode
            self.style = style
        }
    }

    /// Where the conversation stands, beyond what `ChatState` knows from the server.
    enum Phase {
        /// Kiosk: the greeting turn is held back while the person chooses a language.
        case choosingLanguage(held: [ServerMessage], shown: Bool)
        /// `--lang` or a kiosk choice: the greeting turn is held back (`held`), the language
        /// switched, then the dialog restarted (`restarting`), so that its first line is in
        /// that language.
        case openingIn(String, held: [ServerMessage], restarting: Bool)
        /// Lines go back and forth.
        case chatting
        /// The daemon closed an idle session; Enter begins a new one.
        case closedIdle
    }

    let options: Options
    let interface: any ChatInterface
    var recorder: Recorder?
    var renderer: Renderer
    var connection: (any ChatConnection)?
    /// How `connect` reaches the daemon.
    let connector: ChatConnector
    var state = ChatState()
    var phase: Phase
    /// Lines the person sent while the server's turn was still running.
    var queue: [String] = []
    var backoff = Backoff()
    var reconnectAt: ContinuousClock.Instant?
    var lastKey = ContinuousClock.now
    /// The person ended input (end of the pipe, Ctrl-D): quit once the queue is sent.
    var inputEnded = false
    /// `/quit` was sent; the chat ends with `BYE` or at this deadline.
    var quitDeadline: ContinuousClock.Instant?
    var turnShowedLines = false
    var exitCode: Int32?
    /// Lines waiting to be written (see `display`).
    var output: [String] = []
    /// How many slips the renderer had laid out when the turn under way began.
    var slipsBeforeTurn = 0
    /// Kiosk: a line for the next start screen (the connection came back mid-conversation).
    var startScreenNotice: String?

    /// A chat over `interface`, recording to `recorder` when given; `connection`, when given,
    /// is a connection to `options.server` already open, used instead of opening another;
    /// `connector` opens the others (a TCP socket unless a test scripts the daemon).
    public init(
        options: Options, interface: any ChatInterface, recorder: Recorder?, connection: (any ChatConnection)? = nil,
        connector: @escaping ChatConnector = ChatClient.socketConnection
    ) {
        self.connector = connector
        self.options = options
        self.connection = connection
        self.interface = interface
        self.recorder = recorder
        self.phase =
            options.mode.choosesLanguageFirst
            ? .choosingLanguage(held: [], shown: false)
            : options.language.map { .openingIn($0, held: [], restarting: false) } ?? .chatting
        self.renderer = Renderer(width: interface.width, language: options.language ?? "de", style: options.style)
        renderer.canPrint = options.mode.printer != nil
        renderer.slipHints = !options.mode.showsEndMenu
    }

    /// Runs until the person quits (or, in the kiosk, until SIGTERM or SIGHUP); the exit
    /// status: 0 after `/quit` or the end of input, 1 when the daemon could not be reached or
    /// went away in a pipe.
    public func run() -> Int32 {
        if connection == nil { connect(first: true) }
        while exitCode == nil {
            for event in interface.wait(server: connection?.fileDescriptor, timeout: 250) where exitCode == nil {
                handle(event)
            }
            if exitCode == nil { tick() }
            flushOutput()
        }
        flushOutput()
        interface.close()
        return exitCode ?? 0
    }

    private func handle(_ event: ChatEvent) {
        switch event {
        case .serverReadable: readServer()
        case .input(let input): personDid(input)
        case .keys: lastKey = .now
        case .signal(.terminate): terminate()
        case .signal(.resize): renderer.width = interface.width
        case .signal(.interrupt): personDid(.interrupted(discardedText: false))
        }
    }

    /// Time-driven steps: a due reconnect, the kiosk's idle wipe, a `/quit` nobody answered.
    private func tick() {
        let now = ContinuousClock.now
        if let reconnectAt, now >= reconnectAt {
            self.reconnectAt = nil
            connect(first: false)
        }
        if options.mode.wipesBetweenPeople, case .chatting = phase, now - lastKey > Kiosk.idleTimeout {
            wipe()
        }
        if let quitDeadline, now >= quitDeadline {
            finish(0)
        }
    }

    /// SIGTERM or SIGHUP: end the session on the server and leave (the kiosk clears first).
    private func terminate() {
        try? connection?.send("/quit")
        if options.mode.wipesBetweenPeople { clearScreen() }
        finish(0)
    }

    func finish(_ code: Int32) {
        exitCode = code
    }

    /// Shows lines of the conversation (noting that this turn showed something).
    func show(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        turnShowedLines = true
        display(lines)
    }

    /// Queues lines for the screen; they are written together after the events at hand,
    /// so the line being typed is redrawn once, not once per line.
    func display(_ lines: [String]) {
        output += lines
    }

    /// Writes the queued lines.
    func flushOutput() {
        guard !output.isEmpty else { return }
        interface.show(output)
        output = []
    }

    /// Clears the screen and scrollback after writing what was queued.
    func clearScreen() {
        flushOutput()
        interface.clearScreen()
    }
}
