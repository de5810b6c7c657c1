import Foundation

// The `peel` command: see `Usage.text` or run `peel --help`.
let status = Peel.run(Array(CommandLine.arguments.dropFirst()))
Output.flush()
exit(status)
