import Foundation
import TestSupport
import Testing

@testable import Intake

/// Invitations and sessions over real HTTP: a link signs in once, and only from the page it opened; expired,
/// revoked and guessed codes open nothing; the session cookie is HttpOnly and SameSite=Strict.
@Suite("rme recepcion: entrar")
struct SignInTests {
    @Test("an invitation link opens the entry page, «Entrar» sets an HttpOnly SameSite=Strict session cookie and lands on the region's page; the link then opens nothing")
    func invitationSignsInOnce() async throws {
        let project = try IntakeProject()
        defer { project.remove() }
        let intake = try await project.start()
        defer { Task { await intake.stop() } }
        let (code, _) = try intake.store.invite(.region, region: "tarapaca")
        let browser = Browser(address: intake.address)

        let door = try await browser.get("/entrar?codigo=\(code)")
        #expect(door.status == 200)
        #expect(door.text.contains("Entrar"))
        let csrf = try #require(door.field("csrf"))
        let signIn = try await browser.post("/entrar", ["codigo": code, "csrf": csrf])
        #expect(signIn.status == 303)
        #expect(signIn.location == "/")
        let session = try #require(signIn.setCookies.first { $0.hasPrefix("rme_sesion=") })
        #expect(session.contains("HttpOnly"))
        #expect(session.contains("SameSite=Strict"))
        #expect(session.contains("Path=/"))
        #expect(!session.contains("Secure"), "a plain-HTTP loopback service cannot set Secure cookies: \(session)")

        let home = try await browser.get("/")
        #expect(home.status == 303)
        #expect(home.location == "/region")
        let region = try await browser.get("/region")
        #expect(region.status == 200)
        #expect(region.text.contains("Región de Tarapacá"))

        // The same link a second time, in another browser: refused.
        let other = Browser(address: intake.address)
        let again = try await other.get("/entrar?codigo=\(code)")
        let second = try await other.post("/entrar", ["codigo": code, "csrf": try #require(again.field("csrf"))])
        #expect(second.status == 403)
        #expect(other.cookies["rme_sesion"] == nil)
        #expect(try intake.store.auditLog().contains { $0.event == "acceso-rechazado" })
    }

    @Test("«Entrar» without the entry page's cookie (a form posted from another site) is refused and logged")
    func signInNeedsTheDoorCookie() async throws {
        let project = try IntakeProject()
        defer { project.remove() }
        let intake = try await project.start()
        defer { Task { await intake.stop() } }
        let (code, _) = try intake.store.invite(.region, region: "tarapaca")
        let victim = Browser(address: intake.address)
        let door = try await victim.get("/entrar?codigo=\(code)")
        let csrf = try #require(door.field("csrf"))

        let attacker = Browser(address: intake.address)
        let forged = try await attacker.post("/entrar", ["codigo": code, "csrf": csrf])
        #expect(forged.status == 403)
        #expect(forged.text.contains("Vuelva a abrir su enlace"))
        #expect(attacker.cookies["rme_sesion"] == nil)
        #expect(try intake.store.auditLog().contains { $0.event == "csrf-rechazado" && $0.detail == "/entrar" })
        // The invitation was not spent by the refused attempt.
        try await victim.signIn(code: code)
    }

    @Test("an expired invitation, a revoked one, a malformed code and a code never issued all open nothing")
    func deadCodesOpenNothing() async throws {
        let project = try IntakeProject()
        defer { project.remove() }
        let intake = try await project.start()
        defer { Task { await intake.stop() } }
        let expired = try intake.store.invite(.region, region: "tarapaca", lifetime: 60, now: Date().addingTimeInterval(-3600)).code
        let revoked = try intake.store.invite(.region, region: "antofagasta").code
        try intake.store.revoke(.region, region: "antofagasta")
        for code in [expired, revoked, Secret.make()] {
            let browser = Browser(address: intake.address)
            await #expect(throws: Browser.Failure.self, "the code \(code) signed in") { try await browser.signIn(code: code) }
            #expect(browser.cookies["rme_sesion"] == nil)
        }
        let malformed = try await Browser(address: intake.address).get("/entrar?codigo=%3Cscript%3E")
        #expect(malformed.status == 400)
        #expect(!malformed.text.contains("<script>"))
    }

    @Test("revoking a region ends its open session at once; signing out ends it too")
    func revokeAndSignOutEndSessions() async throws {
        let project = try IntakeProject()
        defer { project.remove() }
        let intake = try await project.start()
        defer { Task { await intake.stop() } }
        let region = try await intake.signedIn("tarapaca")
        #expect(try await region.get("/region").status == 200)
        try intake.store.revoke(.region, region: "tarapaca")
        let after = try await region.get("/region")
        #expect(after.status == 401)
        #expect(after.text.contains("Sesión no iniciada"))

        let other = try await intake.signedIn("atacama")
        let token = try #require(other.cookies["rme_sesion"])
        let out = try await other.post("/salir", ["csrf": try await other.csrf()])
        #expect(out.status == 303)
        #expect(other.cookies["rme_sesion"] == nil)
        other.setCookie("rme_sesion", token)
        #expect(try await other.get("/region").status == 401, "the old token still opens the region after signing out")
    }

    @Test("without a session the home page invites to use the link, and every other page is 401 in Spanish")
    func anonymousVisitor() async throws {
        let project = try IntakeProject()
        defer { project.remove() }
        let intake = try await project.start()
        defer { Task { await intake.stop() } }
        let browser = Browser(address: intake.address)
        let home = try await browser.get("/")
        #expect(home.status == 200)
        #expect(home.text.contains("enlace"))
        for path in ["/region", "/region/versiones/1", "/editor", "/editor/registro", "/editor/regiones/tarapaca", "/region/plantilla.docx"] {
            let answer = try await browser.get(path)
            #expect(answer.status == 401, "\(path) answered \(answer.status)")
        }
        let upload = try await browser.upload(fileName: "a.md", bytes: Array("x".utf8), fields: [:])
        #expect(upload.status == 401)
        #expect(try await browser.get("/no-existe").status == 404)
        #expect(try await browser.get("/recepcion.css").status == 200)
    }
}
