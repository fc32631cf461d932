import Foundation
import Testing
import TestSupport
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `rme recepcion` as an editor runs it: invitations printed as links of the running service, the listing,
/// revocation, a region name it does not know, and a service killed with SIGKILL that starts again whole.
@Suite("rme recepcion", .enabled(if: RMEBinary.url != nil, RMEBinary.absentReason))
struct IntakeCommandTests {
    /// A copy of the project with an edition «2026» made by `rme nueva-edicion` and completed by hand.
    static func project() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try ServeTests.copyProject(into: folder)
        let content = folder.url.appendingPathComponent("Content").path
        let made = try RMEBinary.run(["nueva-edicion", "2026", "--contenido", content], environment: ["LANG": "es_CL.UTF-8"])
        #expect(made.status == 0, "nueva-edicion: \(made.stderr)")
        return folder
    }

    static func env() -> [String: String] { ["LANG": "es_CL.UTF-8"] }

    @Test("invitar prints the link alone on its last line; listar shows the region invited; revocar voids it; an unknown region is named with a suggestion")
    func credentials() throws {
        let folder = try Self.project()
        defer { folder.remove() }
        let content = folder.url.appendingPathComponent("Content").path
        let invited = try RMEBinary.run(["recepcion", "invitar", "Tarapacá", "--contenido", content, "--dias", "3"], environment: Self.env())
        #expect(invited.status == 0, "stderr: \(invited.stderr)")
        #expect(invited.stdout.contains("región de Tarapacá"))
        let link = try #require(invited.stdout.split(separator: "\n").last.map(String.init))
        #expect(link.range(of: #"^http://127\.0\.0\.1:8030/entrar\?codigo=[A-Za-z0-9_-]{43}$"#, options: .regularExpression) != nil, "link: \(link)")
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent(".rme-recepcion/recepcion.sqlite").path))

        let listed = try RMEBinary.run(["recepcion", "listar", "--contenido", content], environment: Self.env())
        #expect(listed.status == 0)
        let line = try #require(listed.stdout.split(separator: "\n").first { $0.hasPrefix("tarapaca ") })
        #expect(line.contains("invitada"))
        #expect(line.contains("pendiente"))

        let revoked = try RMEBinary.run(["recepcion", "revocar", "tarapaca", "--contenido", content], environment: Self.env())
        #expect(revoked.status == 0, "stderr: \(revoked.stderr)")
        let after = try RMEBinary.run(["recepcion", "listar", "--contenido", content], environment: Self.env())
        #expect(after.stdout.split(separator: "\n").first { $0.hasPrefix("tarapaca ") }?.contains("revocada") == true, "\(after.stdout)")

        let unknown = try RMEBinary.run(["recepcion", "invitar", "Tarapaka", "--contenido", content], environment: Self.env())
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no se reconoce la región «Tarapaka»"))
        #expect(unknown.stderr.contains("Tarapacá") || unknown.stderr.contains("tarapaca"))
    }

    @Test("servir refuses an edition that does not exist, naming it and the command that makes it")
    func missingEdition() throws {
        let folder = try Self.project()
        defer { folder.remove() }
        let content = folder.url.appendingPathComponent("Content").path
        let result = try RMEBinary.run(["recepcion", content, "--edicion", "2099", "--puerto", "0"], environment: Self.env())
        #expect(result.status != 0)
        #expect(result.stderr.contains("no existe la edición «2099»"))
        #expect(result.stderr.contains("rme nueva-edicion 2099"))
    }

    @Test("servir on a free port: the edition's unfinished edition.yaml is a warning, invitations carry the service's address, and after SIGKILL the same data folder starts again with its invitation still valid")
    func serviceSurvivesSIGKILL() async throws {
        let folder = try Self.project()
        defer { folder.remove() }
        let content = folder.url.appendingPathComponent("Content").path
        let first = try ServeTests.start([content, "--edicion", "2026", "--puerto", "0", "--sin-pdf"], in: folder, command: ["recepcion"])
        defer { if first.process.isRunning { first.process.terminate() } }
        let address = try #require(first.waitForAddress(), "the service never said where it listens: \(first.errors())")
        #expect(first.errors().contains("edition.yaml tiene errores"), "stderr: \(first.errors())")

        let invited = try RMEBinary.run(["recepcion", "invitar", "tarapaca", "--contenido", content], environment: Self.env())
        let link = try #require(invited.stdout.split(separator: "\n").last.map(String.init))
        #expect(link.hasPrefix(address + "/entrar?codigo="), "link \(link) is not on \(address)")
        #expect(try await Self.status(of: link) == 200)

        kill(first.process.processIdentifier, SIGKILL)
        first.process.waitUntilExit()
        let port = try #require(address.split(separator: ":").last.map(String.init))
        let second = try ServeTests.start([content, "--edicion", "2026", "--puerto", port, "--sin-pdf"], in: folder, command: ["recepcion"])
        defer { if second.process.isRunning { second.process.terminate() } }
        #expect(second.waitForAddress() != nil, "the service did not start again after SIGKILL: \(second.errors())")
        #expect(try await Self.status(of: link) == 200)
        #expect(try await Self.status(of: address + "/region") == 401)
        kill(second.process.processIdentifier, SIGINT)
        second.process.waitUntilExit()
        #expect(second.process.terminationStatus == 0)
    }

    /// The status of a GET, over real HTTP.
    static func status(of url: String) async throws -> Int {
        let (_, response) = try await URLSession.shared.data(from: URL(string: url)!)
        return (response as? HTTPURLResponse)?.statusCode ?? 0
    }
}
