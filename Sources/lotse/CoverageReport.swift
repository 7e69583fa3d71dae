import Foundation
import LotseDialog
import LotseTranscript

/// Prints what transcripts exercised of a dialog, and what they missed.
enum CoverageReport {
    /// Prints the report; returns whether the total is below `minimum`.
    static func print(_ coverage: Coverage, of dialog: Dialog, minimum: Double?) -> Bool {
        Swift.print("coverage:")
        for measure in coverage.measures(of: dialog) {
            let name = measure.name.padding(toLength: 9, withPad: " ", startingAt: 0)
            Swift.print("  \(name)" + String(format: "%4d of %4d  %5.1f%%", measure.covered, measure.total, measure.percent))
            if !measure.missed.isEmpty {
                Swift.print("    missed: " + measure.missed.joined(separator: ", "))
            }
        }
        let total = coverage.percent(of: dialog)
        Swift.print(String(format: "  total %.1f%%", total))
        guard let minimum, total < minimum else { return false }
        Swift.print(String(format: "coverage %.1f%% is below the minimum of %.1f%%", total, minimum))
        return true
    }
}
