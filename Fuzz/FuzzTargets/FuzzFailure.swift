import Foundation

/// A broken promise found by a fuzz target: printed with what broke it, then the process traps so
/// libFuzzer records the input as a crash.
enum FuzzFailure {
    static func fail(_ promise: String, _ detail: String) -> Never {
        FileHandle.standardError.write(Data("rme-fuzz: broken promise: \(promise)\n\(detail.prefix(2000))\n".utf8))
        fatalError(promise)
    }
}
