#if canImport(Glibc)
import Glibc  // exit
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import PeelKit

// The `peel` command: see `Usage.text` or run `peel --help`.
// A command runs report after report: keep freed memory for the next one.
AllocatorTuning.keepFreedMemory()
let status = Peel.run(Array(CommandLine.arguments.dropFirst()))
Output.flush()
if let failure = Output.failure {
    // `FileHandle` trapped here; a message and a failure status say it better.
    Output.error("peel: cannot write to standard output: \(failure)")
    exit(status == Peel.Status.success ? Peel.Status.inputFailed : status)
}
exit(status)
