import LotseWire
import Testing

/// The command table drives parsing and completion: every name and alias parses to its
/// command, and nothing else does.
@Suite struct CommandTableTests {
    @Test(arguments: CommandName.allCases)
    func everyNameAndAliasParsesToItsCommand(_ name: CommandName) {
        for typed in [name.rawValue] + name.aliases {
            let command = Command("/" + typed.uppercased() + Self.sampleArguments(name))
            #expect(command.name == name, "/\(typed)")
        }
    }

    /// Arguments the command takes, with their space; none for a command without.
    static func sampleArguments(_ name: CommandName) -> String {
        switch name {
        case .trace: " on"
        case .set: " age 19"
        default: name.arguments.isEmpty ? "" : " x"
        }
    }

    @Test func wordsAreEveryonesThenTheCounselors() {
        #expect(CommandName.words == ["/help", "/lang", "/back", "/skip", "/restart", "/why", "/summary", "/more", "/quit"])
        #expect(CommandName.counselorWords == ["/auth", "/trace", "/set", "/goto", "/slots", "/path", "/reload"])
    }

    @Test func argumentsAreReadOrRefused() {
        #expect(Command("/set age 19") == .set(slot: "age", value: "19"))
        #expect(Command("/set age") == .incomplete(usage: "/set SLOT VALUE"))
        #expect(Command("/goto") == .incomplete(usage: "/goto NODE"))
        #expect(Command("/trace on") == .trace(true))
        #expect(Command("/trace maybe") == .unknown("/trace"))
        #expect(Command("/back now") == .unknown("/back"))
        #expect(Command("/lang EN") == .lang("en"))
        #expect(Command("/auth") == .auth(nil))
        #expect(Command("/nope") == .unknown("/nope"))
        #expect(ClientInput("//help") == .answer("/help"))
    }
}
