import Foundation

/// One thread of its own on which child processes are started and awaited.
///
/// `SubprocessRunner.run` is called from synchronous code (pandoc for a Word file, the PDF engine), which blocks
/// its thread while the child runs. Were the awaiting done on the shared cooperative pool (as many threads as
/// cores), two such callers could block every thread of the pool and leave none to notice their children end.
final class ChildProcessExecutor: TaskExecutor, @unchecked Sendable {
    /// The one executor of the process.
    static let shared = ChildProcessExecutor()

    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []

    private init() {
        let thread = Thread { [unowned self] in self.drain() }
        thread.name = "rme-procesos-hijos"
        thread.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let unowned = UnownedJob(job)
        condition.withLock {
            jobs.append(unowned)
            condition.signal()
        }
    }

    /// Runs jobs as they come, forever (the executor lives as long as the process).
    private func drain() {
        while true {
            let batch = condition.withLock {
                while jobs.isEmpty { condition.wait() }
                defer { jobs.removeAll(keepingCapacity: true) }
                return jobs
            }
            for job in batch { job.runSynchronously(on: asUnownedTaskExecutor()) }
        }
    }
}
