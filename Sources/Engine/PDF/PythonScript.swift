import Foundation

/// Reads which Python runs a program installed as a Python script (pip's and Debian's `weasyprint`).
enum PythonScript {
    /// The interpreter named on the `#!` line of `path`, when it is a Python; `nil` otherwise.
    ///
    /// `#!/usr/bin/env python3` is followed to the `python3` found on `PATH`.
    static func interpreter(of path: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        // A `#!` line is short; a binary program is not read past this.
        guard let head = try? handle.read(upToCount: 512), head.starts(with: Array("#!".utf8)) else { return nil }
        let line = String(decoding: head.dropFirst(2).prefix { $0 != UInt8(ascii: "\n") }, as: UTF8.self)
        let words = line.split(separator: " ").map(String.init)
        guard var interpreter = words.first else { return nil }
        if (interpreter as NSString).lastPathComponent == "env" {
            guard let name = words.dropFirst().first(where: { !$0.hasPrefix("-") }),
                  let found = ExecutableSearch.find(name, environment: environment) else { return nil }
            interpreter = found
        }
        guard (interpreter as NSString).lastPathComponent.hasPrefix("python"),
              FileManager.default.isExecutableFile(atPath: interpreter) else { return nil }
        return interpreter
    }
}
