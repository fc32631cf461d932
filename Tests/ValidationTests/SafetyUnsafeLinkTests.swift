import Diagnostics
import Markup
import Testing
import TestSupport
@testable import Validation

@Suite("safety.unsafe-url on links and images")
struct SafetyUnsafeLinkTests {
    @Test("javascript:, vbscript:, file: and non-image data: in every disguise are errors at the link")
    func disguises() throws {
        let lines = [
            "1️⃣[a](javascript:alert(1))",
            "2️⃣[b](JaVaScRiPt:alert(1))",
            "3️⃣[c](jav&#x61;script:alert(1))",
            "4️⃣[d](<java\tscript:alert(1)>)",
            "5️⃣[e](&#x20;javascript:alert(1))",
            "6️⃣<javascript:alert(1)>",
            "7️⃣[f](vbscript:msgbox(1)) y 8️⃣[g](file:///etc/passwd)",
            "9️⃣![h](data:text/html;base64,PHNjcmlwdD4=)",
        ]
        let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
            "objetivo": "## Objetivo\n\n" + lines.joined(separator: "\n\n") + "\n",
        ])))
        let diagnostics = BodyFixtures.run(UnsafeLinkRule(), marked.text)
        expectDiagnostics(diagnostics, MarkedText.markerNames.map {
            ExpectedDiagnostic("safety.unsafe-url", .error, at: $0)
        }, in: marked)
        let image = try #require(diagnostics.first { $0.range?.start == marked.location("9️⃣") })
        #expect(image.message.es == "La imagen apunta a una dirección 'data:', que no se permite.")
        let link = try #require(diagnostics.first { $0.range?.start == marked.location("3️⃣") })
        #expect(link.message.es == "El enlace apunta a una dirección 'javascript:', que no se permite.")
    }

    @Test("full web addresses and e-mail pass (a data: image is ImageRule's, not this rule's)")
    func safe() {
        let text = BodyFixtures.experience(BodyFixtures.body([
            "objetivo": """
                ## Objetivo

                [Mineduc](https://www.mineduc.cl), [correo](mailto:rme@mineduc.cl),
                [raro](http://ejemplo.cl/javascript:algo), ![logo](data:image/png;base64,iVBORw0K) y <https://ejemplo.cl>.

                """,
        ]))
        #expect(BodyFixtures.run(UnsafeLinkRule(), text).isEmpty)
    }

    @Test("the address is decoded and stripped as a browser would before its scheme is read")
    func normalization() {
        #expect(UnsafeURL.blockedScheme(of: "javascript:x") == "javascript")
        #expect(UnsafeURL.blockedScheme(of: " \u{0B}JAVASCRIPT:x") == "javascript")
        #expect(UnsafeURL.blockedScheme(of: "java\nscript:x") == "javascript")
        #expect(UnsafeURL.blockedScheme(of: "jav%61script:x") == "javascript")
        #expect(UnsafeURL.blockedScheme(of: "jav%2561script:x") == "javascript")
        #expect(UnsafeURL.blockedScheme(of: "&#106;avascript&colon;x") == "javascript")
        #expect(UnsafeURL.blockedScheme(of: "&#x6A&#x61vascript:x") == "javascript")
        #expect(UnsafeURL.blockedScheme(of: "java\u{200B}script:x") == "javascript")
        #expect(UnsafeURL.blockedScheme(of: "VBScript:x") == "vbscript")
        #expect(UnsafeURL.blockedScheme(of: "FILE:///C:/x") == "file")
        #expect(UnsafeURL.blockedScheme(of: "data:image/svg+xml,<svg onload=alert(1)>") == "data")
        #expect(UnsafeURL.blockedScheme(of: "data:image/gif;base64,R0lGOD") == nil)
        #expect(UnsafeURL.blockedScheme(of: "https://x.cl/?q=javascript:") == nil)
        #expect(UnsafeURL.blockedScheme(of: "archivo.pdf") == nil)
        #expect(UnsafeURL.blockedScheme(of: "#conformacion") == nil)
        #expect(UnsafeURL.blockedScheme(of: "") == nil)
    }

    @Test("protocol-relative, backslash, scheme without slashes, unknown scheme, relative and empty links: safety.link-address at the link, each with its reason")
    func refusedAddresses() throws {
        let lines = [
            "1️⃣[a](//evil.com)",
            "2️⃣[b](\\\\evil.com) y 3️⃣[c](/%5Cevil.com)",
            "4️⃣[d](https:evil.com)",
            "5️⃣<a+b+c:d>",
            "6️⃣[e](resumen.html) y 7️⃣[f](../../../../etc/passwd)",
            "8️⃣[g]()",
            "9️⃣[h][ref]\n\n[ref]: #objetivo",
        ]
        let marked = MarkedText(BodyFixtures.experience(BodyFixtures.body([
            "objetivo": "## Objetivo\n\n" + lines.joined(separator: "\n\n") + "\n",
        ])))
        let diagnostics = BodyFixtures.run(UnsafeLinkRule(), marked.text)
        expectDiagnostics(diagnostics, MarkedText.markerNames.map {
            ExpectedDiagnostic("safety.link-address", .error, at: $0)
        }, in: marked)
        func message(_ marker: String) throws -> String {
            try #require(diagnostics.first { $0.range?.start == marked.location(marker) }).message.es
        }
        #expect(try message("1️⃣").contains("'//' sin 'https:'"))
        #expect(try message("2️⃣").contains("barra invertida"))
        #expect(try message("4️⃣").contains("le falta el sitio después de 'https:'"))
        #expect(try message("5️⃣").contains("'a+b+c:'"))
        #expect(try message("6️⃣").contains("no es una dirección web completa"))
        #expect(try message("8️⃣") == "El enlace no tiene dirección.")
    }
}
