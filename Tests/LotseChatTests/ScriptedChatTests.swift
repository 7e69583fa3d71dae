import LotseChat
import LotseClient
import Testing

/// The chat's logic against a scripted daemon: no socket, no terminal, every line checked.
@Suite struct ScriptedChatTests {
    static let greeting = [
        "HELLO lotse/1 session=1 dialog=m@1 langs=de,uk", "SAY Hallo! Wie alt bist du?", "ASK age number min=5 max=99", "WAIT",
    ]

    static func replies(_ line: String) -> [String] {
        switch line {
        case "/lang uk": ["NOTE Мова: українська", "WAIT"]
        case "/restart": ["SAY Привіт! Скільки тобі років?", "ASK age number min=5 max=99", "WAIT"]
        case "19": ["SAY Дякую.", "END referred", "WAIT"]
        case "/quit": ["BYE quit"]
        default: ["ERR 400 ?", "WAIT"]
        }
    }

    static func chat(language: String?, typing typed: [String]) -> (ScriptedDaemon, ScriptedInterface, Int32) {
        let daemon = ScriptedDaemon(greeting: greeting, replies: replies)
        let interface = ScriptedInterface(typing: typed, daemon: daemon)
        let options = ChatClient.Options(server: ServerAddress(host: "127.0.0.1"), language: language, style: Style(colored: false))
        let client = ChatClient(options: options, interface: interface, recorder: nil, connection: daemon)
        return (daemon, interface, client.run())
    }

    @Test func aChosenLanguageOpensTheConversationWithoutAGermanLine() {
        let (daemon, interface, status) = Self.chat(language: "uk", typing: ["19"])
        #expect(status == 0)
        #expect(daemon.sent == ["/lang uk", "/restart", "19", "/quit"])
        #expect(interface.shown.contains("Привіт! Скільки тобі років?"))
        #expect(!interface.shown.contains { $0.contains("Hallo") }, "\(interface.shown)")
    }

    @Test func withoutALanguageTheGreetingIsShownAsItCame() {
        let (daemon, interface, status) = Self.chat(language: nil, typing: ["19"])
        #expect(status == 0)
        #expect(daemon.sent == ["19", "/quit"])
        #expect(interface.shown.contains("Hallo! Wie alt bist du?"))
    }

    @Test func aReconnectIsNeverTriedWhenTheDaemonCannotBeReachedAtFirst() {
        let interface = ScriptedInterface(typing: [], daemon: ScriptedDaemon(greeting: [], replies: { _ in [] }))
        let options = ChatClient.Options(server: ServerAddress(host: "127.0.0.1"), style: Style(colored: false))
        let client = ChatClient(options: options, interface: interface, recorder: nil) { _, _ in throw LineConnectionError.closed }
        #expect(client.run() == 1)
        #expect(interface.shown.contains { $0.hasPrefix("lotse: ") })
    }
}
