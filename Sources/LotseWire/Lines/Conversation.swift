/// Something a transcript can talk to: the engine in-process, or a live daemon over TCP.
/// Each call returns the server lines of one turn, up to and including `WAIT` or `BYE`.
public protocol Conversation: Sendable {
    /// Opens the conversation and returns the greeting turn (`HELLO` first).
    func open() async throws -> [String]
    /// Sends one line and returns the turn it produced.
    func send(_ line: String) async throws -> [String]
    /// Ends the conversation.
    func close() async
}
