import ArgumentParser
import LotseDialog

/// `--dialogs DIR`, as `lotse test`, `paths` and `graph` take it.
struct DialogsOption: ParsableArguments {
    @Option(name: .customLong("dialogs"), help: "The Dialogs directory (default: $LOTSE_DIALOGS, else ./Dialogs).")
    var given: String?

    /// The directory to load.
    var directory: String { DialogsDirectory.resolve(given) }
}
