import Glibc

/// The few things the chat asks of the terminal: is there one, how wide is it, and writing
/// to it unbuffered.
public enum Terminal {
    /// Moves home, clears the screen and the scrollback (`ESC[H ESC[2J ESC[3J`).
    public static let clearAll = "\u{1B}[H\u{1B}[2J\u{1B}[3J"

    /// Whether `descriptor` is a terminal.
    public static func isTerminal(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1
    }

    /// The width of the terminal on standard output in columns; 80 when unknown.
    public static func width() -> Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// The height of the terminal on standard output in lines; 24 when unknown.
    public static func height() -> Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return 24 }
        return Int(size.ws_row)
    }

    /// Writes `text` to standard output at once (unbuffered).
    public static func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 {
                guard errno == EINTR || errno == EAGAIN else { return }
                continue
            }
            bytes = bytes.dropFirst(written)
        }
    }
}
