/// The pages before signing in: the invitation's door (a button, so a mail scanner that follows the link does
/// not use up the code) and the answers to a code that does not open.
enum SignInPages {
    /// The page an invitation's link opens: one button that signs in.
    static func door(code: String, formToken: String) -> String {
        PageShell.page(title: "Entrar", heading: "Entrar a la recepción de experiencias", body: """
            <p>Este enlace es su invitación personal: abre la página de su región (o, para la coordinación, el tablero de la edición). \
            Sirve una sola vez; después el navegador recuerda su sesión.</p>
            <form method="post" action="/entrar">
            <input type="hidden" name="codigo" value="\(PageShell.h(code))">
            <input type="hidden" name="csrf" value="\(PageShell.h(formToken))">
            <button type="submit">Entrar</button>
            </form>
            """)
    }

    /// The page for a code that is unknown, used, expired or revoked.
    static func refused() -> String {
        PageShell.page(title: "Enlace no válido", heading: "Este enlace no abre la recepción", body: """
            <div class="aviso error"><p>El enlace no es válido: ya se usó, venció o fue revocado.</p></div>
            <p>Pida un enlace nuevo a la coordinación de la publicación (la persona que le envió la invitación). \
            Si ya entró antes desde este navegador, vaya a <a href="/">la página de inicio</a>.</p>
            """)
    }

    /// The home page without a session.
    static func welcome() -> String {
        PageShell.page(title: "Inicio", heading: "Recepción de experiencias", body: """
            <p>Para entregar la experiencia de su región, abra el enlace de invitación que le envió la coordinación de la publicación.</p>
            <p class="nota">Si el enlace ya se usó o venció, pida uno nuevo a la coordinación.</p>
            """)
    }

    /// An error page in Spanish with what to do.
    static func problem(title: String, message: String, advice: String) -> String {
        PageShell.page(title: title, heading: title, body: """
            <div class="aviso error"><p>\(PageShell.h(message))</p></div>
            <p>\(PageShell.h(advice))</p>
            <p><a href="/">Volver al inicio</a></p>
            """)
    }
}
