import Foundation
import PeelKit

/// Timing and memory helpers.
enum Measure {
    /// Seconds since an arbitrary point, monotonic.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Peak resident memory of this process (VmHWM), in MB.
    static func peakMemoryMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? 0
            return kilobytes / 1024
        }
        return 0
    }

    static func mbPerSecond(_ bytes: Int, _ seconds: Double) -> Double { Double(bytes) / 1_000_000 / seconds }

    /// The wall-clock seconds of running `executable` with `arguments` to its end, its
    /// standard error sent to /dev/null (nil when it cannot be started). Started with
    /// `posix_spawn` and reaped with `waitpid`: Foundation's `Process` adds several
    /// milliseconds of its own to a run of a third of a second.
    static func wallTime(of executable: String, arguments: [String]) -> Double? {
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let start = now()
        guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return now() - start
    }
}

/// Time spent in each stage of the pipeline.
struct StageTimes {
    var normalise = 0.0
    var detect = 0.0
    var parse = 0.0
    var encode = 0.0
    var total: Double { normalise + detect + parse + encode }

    static func + (a: StageTimes, b: StageTimes) -> StageTimes {
        StageTimes(normalise: a.normalise + b.normalise, detect: a.detect + b.detect, parse: a.parse + b.parse, encode: a.encode + b.encode)
    }
}
