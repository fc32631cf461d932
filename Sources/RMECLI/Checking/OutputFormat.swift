import ArgumentParser

/// How `rme check` reports: for people (`text`) or for tools (`json`).
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
