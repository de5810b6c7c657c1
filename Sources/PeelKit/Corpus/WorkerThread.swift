#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A thread of its own for a long job, started with `pthread_create` and waited for
/// with ``join()`` (Foundation's `Thread` without Foundation, for the `peel` command).
/// Each has the system's default stack, as a `Thread` had.
struct WorkerThread {
    private let thread: pthread_t

    /// Starts `body` on a new thread; nil when the system cannot start one.
    static func start(_ body: @escaping @Sendable () -> Void) -> WorkerThread? {
        let job = Unmanaged.passRetained(Job(body)).toOpaque()
        #if canImport(Darwin)
        var thread: pthread_t?
        let status = pthread_create(&thread, nil, { job in
            Unmanaged<Job>.fromOpaque(job).takeRetainedValue().body()
            return nil
        }, job)
        guard status == 0, let thread else {
            Unmanaged<Job>.fromOpaque(job).release()
            return nil
        }
        #else
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { job in
            guard let job else { return nil }
            Unmanaged<Job>.fromOpaque(job).takeRetainedValue().body()
            return nil
        }, job)
        guard status == 0 else {
            Unmanaged<Job>.fromOpaque(job).release()
            return nil
        }
        #endif
        return WorkerThread(thread: thread)
    }

    /// Waits until the thread's job has returned.
    func join() {
        pthread_join(thread, nil)
    }

    /// The job, boxed to cross into the thread as one pointer.
    private final class Job {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
}
