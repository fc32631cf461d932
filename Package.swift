// swift-tools-version:6.0
// The package is laid out as one module per pipeline stage; each imports only
// the modules listed below it. `make test` holds that direction
// (`swift build --explicit-target-dependency-import-check error`).
import PackageDescription

let package = Package(
    name: "rme",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rme", targets: ["rme"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // SHA-256 for the build cache's keys: content is untrusted, so a key must not be forgeable.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // SQLite (Debian's libsqlite3-dev) for the build cache: one file, transactions, many readers.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // HTTP and WebSocket for `rme serve`: no dependencies of its own, so CI builds it in seconds (README: design notes).
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        // Reading a Word file's zip before pandoc sees it: its listing, and its parts inflated under a byte limit.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // Child processes (PDF engines, pandoc, Pagefind): a process group, teardown, waiting on a pidfd, not on pipes.
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
    ],
    targets: [
        // libcmark from Debian's libcmark-dev, seen through pkg-config.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Positions, ranges and diagnostics: plain values every stage shares.
        .target(name: "Diagnostics", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // One helper for parallel loops that keep order and honour cancellation.
        .target(name: "Concurrency"),
        // External programs run under a time limit, in a group that never outlives rme.
        .target(
            name: "ChildProcesses",
            dependencies: [
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ]
        ),
        // The only importer of CCmark: parse, copy to Swift values, render HTML.
        .target(name: "Markup", dependencies: ["CCmark", "Diagnostics"]),
        // Reading files, splitting front matter, edition and experience models.
        .target(name: "Content", dependencies: ["Markup", "Diagnostics", "Yams"]),
        // The declarative schema and its rules.
        .target(name: "Validation", dependencies: ["Concurrency", "Content", "Markup", "Diagnostics", "Yams"]),
        // Templates, view models, charts.
        .target(
            name: "Rendering",
            dependencies: ["Content", "Markup", "Diagnostics", .product(name: "Mustache", package: "swift-mustache")]
        ),
        // Diagnostics laid out for people (excerpt, caret, hint): shared by the CLI and the preview server.
        .target(name: "Reporting", dependencies: ["Diagnostics", "Content"]),
        // The pipeline: load, check, plan, render, write atomically, with the build cache between runs.
        .target(
            name: "Engine",
            dependencies: [
                "ChildProcesses", "Concurrency", "Validation", "Rendering", "Content", "Markup", "Diagnostics",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // `rme serve`: the site built in memory, served over HTTP with live reload, problems over the page, print views.
        .target(
            name: "PreviewServer",
            dependencies: [
                "ServerSupport", "Engine", "Reporting", "Validation", "Rendering", "Content", "Diagnostics",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        // Word in and out: the template made from the schema, `.docx`/`.odt` read through pandoc into an experience.
        .target(
            name: "WordExchange",
            dependencies: [
                "ChildProcesses", "Engine", "Validation", "Content", "Diagnostics",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // `rme recepcion`: regions hand in their experience over HTTP, the editor accepts it into Content/.
        .target(
            name: "Intake",
            dependencies: [
                "ServerSupport", "ChildProcesses", "Engine", "WordExchange", "Reporting", "Validation", "Rendering", "Content", "Diagnostics",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        // Commands, printing, exit codes.
        .target(
            name: "RMECLI",
            dependencies: [
                "Intake", "PreviewServer", "WordExchange", "Engine", "Reporting", "Concurrency", "Validation", "Rendering", "Content", "Markup", "Diagnostics",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "rme", dependencies: ["RMECLI"]),

        // libFuzzer targets (make fuzz): the loader and every rule, and template rendering with hostile values.
        // Built without -DFUZZING they replay the inputs they are given.
        .target(name: "FuzzTargets", dependencies: ["Validation", "Rendering", "Content", "Markup", "Diagnostics"], path: "Fuzz/FuzzTargets"),
        .executableTarget(name: "rme-fuzz-check", dependencies: ["FuzzTargets"], path: "Fuzz/rme-fuzz-check"),
        .executableTarget(name: "rme-fuzz-render", dependencies: ["FuzzTargets"], path: "Fuzz/rme-fuzz-render"),

        // Locating ../shared and the repository, fixture markers: shared by the test targets.
        // What both servers need of their sockets and FlyingFox does not give.
        .target(name: "ServerSupport"),
        .target(name: "TestSupport", dependencies: ["Diagnostics"], path: "Tests/TestSupport"),
        .testTarget(name: "ChildProcessesTests", dependencies: ["ChildProcesses"]),
        .testTarget(name: "MarkupTests", dependencies: ["Markup", "Diagnostics", "TestSupport"]),
        .testTarget(name: "ContentTests", dependencies: ["TestSupport", "Content", "Markup", "Diagnostics"]),
        .testTarget(name: "ValidationTests", dependencies: ["TestSupport", "Validation", "Content", "Markup", "Diagnostics"]),
        .testTarget(name: "RenderingTests", dependencies: ["TestSupport", "Rendering", "Validation", "Content", "Markup", "Diagnostics"]),
        .testTarget(
            name: "EngineTests",
            dependencies: [
                "TestSupport", "Engine", "Rendering", "Validation", "Content", "Diagnostics",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "WordExchangeTests",
            dependencies: ["TestSupport", "WordExchange", "Validation", "Content", "Diagnostics"]
        ),
        .testTarget(
            name: "IntakeTests",
            dependencies: ["TestSupport", "Intake", "Engine", "WordExchange", "Rendering", "Validation", "Content", "Diagnostics"]
        ),
        .testTarget(
            name: "PreviewServerTests",
            dependencies: ["PreviewServer"]
        ),
        .testTarget(
            name: "RMECLITests", dependencies: ["TestSupport", "RMECLI", "Reporting", "Engine", "Validation", "Content", "Diagnostics"],
            exclude: ["Fixtures", "Golden"]
        ),
    ]
)
