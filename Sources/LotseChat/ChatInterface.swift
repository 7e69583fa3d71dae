import Glibc

/// Something that happened while the chat loop waited.
public enum ChatEvent: Sendable, Equatable {
    /// The person finished a line, ended input, or pressed the quick-exit keys.
    case input(EditorInput)
    /// The person pressed keys (for the kiosk's idle timer).
    case keys
    /// The daemon's socket has data (or was closed).
    case serverReadable
    /// A signal arrived.
    case signal(Signals.Received)
}

/// Where the person sits: a terminal with readline (`LineEditor`) or a pipe (`PipeInterface`).
/// The chat loop only talks to this.
public protocol ChatInterface: AnyObject {
    /// The width to wrap text to.
    var width: Int { get }
    /// Whether the lines the person sends should be shown again (a pipe does not echo).
    var echoesSentLines: Bool { get }
    /// Shows lines above the line being typed.
    func show(_ lines: [String])
    /// Clears the screen and the scrollback (a pipe ignores this).
    func clearScreen()
    /// Forgets the half-typed line and the in-memory history (kiosk wipe).
    func forgetInput()
    /// Keeps `line` in the history, when there is one.
    func remember(_ line: String)
    /// What Tab completes from now on.
    func setCompletion(_ completion: Completion)
    /// Waits up to `timeout` milliseconds for the person, a signal or the server socket.
    func wait(server: Int32?, timeout: Int32) -> [ChatEvent]
    /// Gives the terminal back as it was.
    func close()
}

/// `poll()` on the person's descriptor and, when connected, the server's; which are readable.
func pollReadable(input: Int32?, server: Int32?, timeout: Int32) -> (input: Bool, server: Bool) {
    var descriptors: [pollfd] = []
    if let input { descriptors.append(pollfd(fd: input, events: Int16(POLLIN), revents: 0)) }
    if let server { descriptors.append(pollfd(fd: server, events: Int16(POLLIN), revents: 0)) }
    guard poll(&descriptors, nfds_t(descriptors.count), timeout) > 0 else { return (false, false) }
    let ready = descriptors.map { $0.revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 }
    let inputReady = input != nil && ready[0]
    let serverReady = server != nil && ready[input != nil ? 1 : 0]
    return (inputReady, serverReady)
}
