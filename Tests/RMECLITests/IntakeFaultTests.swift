import Foundation
import Testing
import TestSupport

/// `rme recepcion` killed with SIGKILL while regions upload and send and the editor accepts: no version the
/// service acknowledged is lost, `Content/` holds no partial or stray file, and the restarted service shows
/// the same state.
@Suite("rme recepcion killed mid-work", .enabled(if: RMEBinary.url != nil, RMEBinary.absentReason))
struct IntakeFaultTests {
    static let edition = "2015-2017"
    static let regions = ["tarapaca", "antofagasta"]

    /// What the clients saw acknowledged before the kill, and what they were still waiting for.
    actor Ledger {
        /// Uploads answered 303: region → version number → the bytes sent.
        var acknowledged: [String: [Int: [UInt8]]] = [:]
        /// Bytes of every version the editor asked to accept, answered or not.
        var acceptanceAttempts: [[UInt8]] = []
        /// Bytes of the versions whose acceptance was answered 303, in order.
        var acceptedBytes: [[UInt8]] = []
        /// Versions sent (answered 303), ready for the editor.
        var sent: [(region: String, number: Int)] = []

        func acknowledge(_ region: String, _ number: Int, _ bytes: [UInt8]) { acknowledged[region, default: [:]][number] = bytes }
        func markSent(_ region: String, _ number: Int) { sent.append((region, number)) }
        func nextToAccept() -> (region: String, number: Int, bytes: [UInt8])? {
            guard let last = sent.last, let bytes = acknowledged[last.region]?[last.number] else { return nil }
            return (last.region, last.number, bytes)
        }
        func attempt(_ bytes: [UInt8]) { acceptanceAttempts.append(bytes) }
        func accepted(_ bytes: [UInt8]) { acceptedBytes.append(bytes) }
        var uploads: Int { acknowledged.values.map(\.count).reduce(0, +) }
    }

    @Test("SIGKILL during uploads, sends and acceptances: every acknowledged version is there after a restart with its bytes, numbered 1..n; the experiences folder holds only whole files, each the original or a version the editor accepted; the edition still checks")
    func killDuringWork() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try ServeTests.copyProject(into: folder)
        let content = folder.url.appendingPathComponent("Content").path
        let experiences = content + "/\(Self.edition)/experiencias"
        let originalNames = try Set(FileManager.default.contentsOfDirectory(atPath: experiences))
        var originals: [String: [UInt8]] = [:]
        for region in Self.regions { originals[region] = Array(try Data(contentsOf: URL(fileURLWithPath: experiences + "/\(region).md"))) }

        let arguments = [content, "--edicion", Self.edition, "--puerto", "0", "--sin-pdf", "--limite-peticiones", "100000"]
        let first = try ServeTests.start(arguments, in: folder, command: ["recepcion"])
        defer { if first.process.isRunning { first.process.terminate() } }
        let address = try #require(first.waitForAddress(), "the service never said where it listens: \(first.errors())")

        var browsers: [String: Browser] = [:]
        for region in Self.regions { browsers[region] = try await Self.signIn(address: address, ["invitar", region, "--contenido", content]) }
        let editor = try await Self.signIn(address: address, ["editor", "--contenido", content])
        let editorToken = try await editor.csrf(from: "/editor")

        let ledger = Ledger()
        let stop = StopFlag()
        var workers: [Task<Void, Never>] = []
        for (index, region) in Self.regions.enumerated() {
            let browser = browsers[region]!, original = originals[region]!
            workers.append(Task {
                guard let token = try? await browser.csrf() else { return }
                var round = 0
                while !stop.isSet {
                    round += 1
                    let bytes = Array(original.trimmingTrailingNewlines()) + Array("\n- Versión de la prueba de fallas \(index).\(round).\n".utf8)
                    guard let answer = try? await browser.upload(fileName: "\(region).md", bytes: bytes, fields: ["csrf": token]) else { return }
                    guard answer.status == 303, let location = answer.location, let number = Int(location.split(separator: "/").last ?? "") else { continue }
                    await ledger.acknowledge(region, number, bytes)
                    guard let sent = try? await browser.post("\(location)/enviar", ["csrf": token]) else { return }
                    if sent.status == 303 { await ledger.markSent(region, number) }
                }
            })
        }
        workers.append(Task {
            while !stop.isSet {
                guard let next = await ledger.nextToAccept() else { try? await Task.sleep(for: .milliseconds(20)); continue }
                await ledger.attempt(next.bytes)
                guard let answer = try? await editor.post("/editor/regiones/\(next.region)/versiones/\(next.number)/aceptar", ["csrf": editorToken]) else { return }
                if answer.status == 303 { await ledger.accepted(next.bytes) }
            }
        })

        // Kill once there is something to lose, while the clients are still mid-request.
        for _ in 0..<600 {
            let uploads = await ledger.uploads, acceptances = await ledger.acceptedBytes.count
            if uploads >= 12 && acceptances >= 3 { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        kill(first.process.processIdentifier, SIGKILL)
        first.process.waitUntilExit()
        stop.set()
        for worker in workers { await worker.value }
        let acknowledged = await ledger.acknowledged, attempts = await ledger.acceptanceAttempts, accepted = await ledger.acceptedBytes
        #expect(acknowledged.values.map(\.count).reduce(0, +) >= 12, "too little work before the kill to test anything")
        #expect(accepted.count >= 3, "no acceptance answered before the kill")

        // Content/: only whole files, each the original or one the editor asked to accept.
        let names = try Set(FileManager.default.contentsOfDirectory(atPath: experiences))
        #expect(names == originalNames, "files appeared or vanished in experiencias/: \(names.symmetricDifference(originalNames))")
        for region in Self.regions {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: experiences + "/\(region).md")))
            #expect(bytes == originals[region]! || attempts.contains(bytes), "\(region).md is neither its original nor a version offered for acceptance")
        }

        // The service starts again on the same data folder; the same sessions see every acknowledged version.
        let second = try ServeTests.start(arguments, in: folder, command: ["recepcion"])
        defer { if second.process.isRunning { second.process.terminate() } }
        let again = try #require(second.waitForAddress(), "the service did not start again after SIGKILL: \(second.errors())")
        for region in Self.regions {
            let browser = Browser(address: again)
            for (name, value) in browsers[region]!.cookies { browser.setCookie(name, value) }
            let home = try await browser.get("/region")
            #expect(home.status == 200, "\(region)'s session did not survive the restart: \(home.status)")
            let versions = acknowledged[region] ?? [:]
            for (number, bytes) in versions.sorted(by: { $0.key < $1.key }) {
                let original = try await browser.get("/region/versiones/\(number)/original")
                #expect(original.status == 200 && Array(original.body) == bytes, "\(region) version \(number) was acknowledged and is lost or changed")
            }
            // Numbered 1..n: no gap, whatever was cut in flight.
            if let highest = versions.keys.max() {
                for number in 1...highest {
                    #expect(try await browser.get("/region/versiones/\(number)").status == 200, "\(region) has no version \(number) below \(highest)")
                }
            }
        }
        let finalBytes = try Self.regions.map { Array(try Data(contentsOf: URL(fileURLWithPath: experiences + "/\($0).md"))) }
        #expect(finalBytes.contains { accepted.contains($0) || attempts.contains($0) }, "no acceptance reached Content/ although \(accepted.count) were answered")
        let check = try RMEBinary.run(["check", content], environment: ["LANG": "es_CL.UTF-8"])
        #expect(check.status == 0, "the edition no longer checks after the kill: \(check.stdout) \(check.stderr)")
        kill(second.process.processIdentifier, SIGINT)
        second.process.waitUntilExit()
        #expect(second.process.terminationStatus == 0)
    }

    /// A browser signed in with the link `rme recepcion …` prints.
    static func signIn(address: String, _ arguments: [String]) async throws -> Browser {
        let made = try RMEBinary.run(["recepcion"] + arguments, environment: ["LANG": "es_CL.UTF-8"])
        let link = try #require(made.stdout.split(separator: "\n").last.map(String.init), "no link: \(made.stderr)")
        let code = try #require(link.components(separatedBy: "codigo=").last)
        let browser = Browser(address: address)
        try await browser.signIn(code: code)
        return browser
    }
}

/// A flag the test sets once and the workers read.
final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}

extension Array where Element == UInt8 {
    /// The bytes without their final line breaks.
    func trimmingTrailingNewlines() -> ArraySlice<UInt8> {
        var end = endIndex
        while end > startIndex, self[end - 1] == 0x0A { end -= 1 }
        return self[startIndex..<end]
    }
}
