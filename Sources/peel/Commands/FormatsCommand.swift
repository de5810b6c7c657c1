import PeelKit

/// `peel formats`: the registered layouts.
struct FormatsCommand {
    func run() -> Int32 {
        for format in Peel.registry().formats {
            Output.write("\(format.id)\t\(format.name)\n")
        }
        return Peel.Status.success
    }
}
