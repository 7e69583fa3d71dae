import LotseWire

/// Who the chat is for, and everything that follows from it, named in one place: one person's
/// (or a counselor's) own terminal, or a shared drop-in terminal — the kiosk — that keeps
/// nothing and wipes the screen between people.
public enum ChatMode: Sendable {
    /// One person's terminal.
    case personal
    /// A shared drop-in terminal; `/print` sends the slip to `printer`, if there is one.
    case kiosk(printer: SlipPrinter?)

    /// Where `/print` sends the slip; nil for no printing.
    public var printer: SlipPrinter? {
        if case .kiosk(let printer) = self { printer } else { nil }
    }

    /// Whether this is the kiosk (for the terminal setup: signals, the quick-exit keys).
    public var isKiosk: Bool {
        if case .kiosk = self { true } else { false }
    }

    /// The daemon unreachable at the start: a person is told and the chat ends; the kiosk has
    /// no one to tell and keeps trying.
    var keepsTryingAtStart: Bool { isKiosk }

    /// Each conversation opens with the start screen's language choice.
    var choosesLanguageFirst: Bool { isKiosk }

    /// A lost or refound connection is told in status lines; the kiosk shows its own screen.
    var reportsConnectionInLines: Bool { !isKiosk }

    /// Esc Esc, `/x` and `/quit` wipe the session at once, for someone who is being watched.
    public var hasQuickExit: Bool { isKiosk }

    /// The end of input (Ctrl-D, or Ctrl-C on an empty line) ends the chat; a kiosk never ends.
    var endsWithInput: Bool { !isKiosk }

    /// The dialog's end shows the numbered menu (QR code, print, start over); slip hints come
    /// under the turn rather than inside the slip.
    var showsEndMenu: Bool { isKiosk }

    /// `/quit`, `BYE idle` and nobody typing for `Kiosk.idleTimeout` wipe the screen for the
    /// next person (a personal chat ends, or says the session was closed).
    var wipesBetweenPeople: Bool { isKiosk }

    /// Whether the command history keeps `/commands` (never anything else).
    public var keepsHistory: Bool { !isKiosk }

    /// The commands Tab offers.
    var commands: [String] {
        isKiosk ? Kiosk.commands + (printer != nil ? ["/print"] : []) : CommandName.words + ["/qr"] + CommandName.counselorWords
    }
}
