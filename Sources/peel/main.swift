import Foundation
import PeelKit

// The `peel` command: see `Usage.text` or run `peel --help`.
// A command runs report after report: keep freed memory for the next one.
AllocatorTuning.keepFreedMemory()
let status = Peel.run(Array(CommandLine.arguments.dropFirst()))
Output.flush()
exit(status)
