#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// An external program run to its end with `posix_spawn`, its standard output and
/// standard error collected (Foundation's `Process` and `Pipe` without Foundation, for
/// the `peel` command). Standard input is `/dev/null`: a tool must not take ours.
struct ToolRun {
    /// The exit status, or the number of the signal that ended the program (as
    /// `Process.terminationStatus` gives it).
    var status: Int32
    /// What the program wrote to standard output.
    var output: [UInt8]
    /// What it wrote to standard error.
    var errors: [UInt8]

    /// The program could not be started; `code` is the `errno` value that says why.
    struct StartFailure: Error {
        let code: Int32
        /// The system's message for `code` ("No such file or directory").
        var message: String { String(cString: strerror(code)) }
    }

    /// Runs the program at `path` with `arguments`, in this process's environment.
    static func run(_ path: String, arguments: [String]) throws(StartFailure) -> ToolRun {
        var output: [Int32] = [-1, -1]
        var errors: [Int32] = [-1, -1]
        var child = pid_t()
        // Pipes made and programs started one thread at a time: a pipe is close-on-exec
        // before the lock is released, so no other thread's program inherits its write
        // end, which would hold back the end of the output (there is no `pipe2` to
        // make it so at once in the Glibc module).
        let started = spawnLock.withLock { _ -> Int32 in
            guard makePipe(&output), makePipe(&errors) else { return errno }
            let code = spawn(&child, path, [path] + arguments, output: output[1], errors: errors[1])
            // The program's ends: held open here, they would keep the reads below from ending.
            close(output[1])
            close(errors[1])
            output[1] = -1
            errors[1] = -1
            return code
        }
        guard started == 0 else {
            for end in output + errors where end >= 0 { close(end) }
            throw StartFailure(code: started)
        }
        let (text, messages) = drain(output[0], errors[0])
        close(output[0])
        close(errors[0])
        var wait: Int32 = 0
        while waitpid(child, &wait, 0) < 0 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which are macros Swift does not import.
        let status = wait & 0x7F == 0 ? (wait >> 8) & 0xFF : wait & 0x7F
        return ToolRun(status: status, output: text, errors: messages)
    }

    private static let spawnLock = Mutex(())

    /// A pipe whose two ends are closed in programs this process starts.
    private static func makePipe(_ ends: inout [Int32]) -> Bool {
        guard pipe(&ends) == 0 else { return false }
        _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        return true
    }

    /// Starts the program with standard output and error on the given descriptors;
    /// 0, or the `errno` value of the failure.
    private static func spawn(_ child: inout pid_t, _ path: String, _ arguments: [String], output: Int32, errors: Int32) -> Int32 {
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        #else
        var actions = posix_spawn_file_actions_t()
        #endif
        guard posix_spawn_file_actions_init(&actions) == 0 else { return ENOMEM }
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)  // dup2 clears close-on-exec
        posix_spawn_file_actions_adddup2(&actions, errors, 2)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        #if canImport(Darwin)
        let environment = _NSGetEnviron().pointee
        #else
        let environment = environ
        #endif
        return posix_spawn(&child, path, &actions, nil, argv, environment)
    }

    /// Reads both descriptors to their end, whichever has data first, so that a
    /// program filling one pipe is never blocked while the other is read.
    private static func drain(_ output: Int32, _ errors: Int32) -> ([UInt8], [UInt8]) {
        var collected: [[UInt8]] = [[], []]
        var watched = [pollfd(fd: output, events: Int16(POLLIN), revents: 0), pollfd(fd: errors, events: Int16(POLLIN), revents: 0)]
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while watched.contains(where: { $0.fd >= 0 }) {
            let ready = poll(&watched, nfds_t(watched.count), -1)
            if ready < 0 {
                if errno == EINTR { continue }
                break
            }
            for slot in watched.indices where watched[slot].fd >= 0 && watched[slot].revents != 0 {
                let count = chunk.withUnsafeMutableBytes { read(watched[slot].fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    collected[slot].append(contentsOf: chunk[0..<count])
                } else if count == 0 || errno != EINTR && errno != EAGAIN {
                    watched[slot].fd = -1  // the end, or an error: poll ignores it from now on
                }
            }
        }
        return (collected[0], collected[1])
    }
}
