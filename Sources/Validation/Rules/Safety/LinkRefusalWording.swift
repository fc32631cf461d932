import Markup

/// What a region is told about a link address `LinkPolicy` refuses (other than the schemes that run code).
struct LinkRefusalWording {
    let es: String
    let en: String
    let hintES: String
    let hintEN: String

    init(_ refusal: LinkRefusal, destination: String) {
        let shown = destination.count > 80 ? String(destination.prefix(80)) + "…" : destination
        let fullAddressES = "Escriba la dirección completa, como aparece en el navegador: 'https://' seguido del sitio (por ejemplo https://www.mineduc.cl)."
        let fullAddressEN = "Write the full address as the browser shows it: 'https://' followed by the site (for example https://www.mineduc.cl)."
        switch refusal {
        case .empty:
            es = "El enlace no tiene dirección."
            en = "The link has no address."
            hintES = "Escriba la dirección entre los paréntesis, o quite los corchetes si el texto no debe ser un enlace."
            hintEN = "Write the address between the parentheses, or remove the brackets if the text should not be a link."
        case .blockedScheme(let scheme), .unknownScheme(let scheme):
            es = "El enlace «\(shown)» usa una dirección '\(scheme):', y el folleto solo enlaza a páginas web (https://, http://) y a correos (mailto:)."
            en = "The link \"\(shown)\" uses a '\(scheme):' address, and the booklet links only to web pages (https://, http://) and e-mail (mailto:)."
            hintES = scheme == "mailto" ? "Un enlace de correo lleva la dirección completa: mailto:nombre@dominio.cl." : fullAddressES
            hintEN = scheme == "mailto" ? "An e-mail link carries the full address: mailto:name@domain.cl." : fullAddressEN
        case .schemeWithoutSlashes(let scheme):
            es = "Al enlace «\(shown)» le falta el sitio después de '\(scheme):' (se escribe '\(scheme)://' y el sitio): en el PDF se convertiría en un enlace a un archivo del computador."
            en = "The link \"\(shown)\" lacks the site after '\(scheme):' (it is written '\(scheme)://' and the site): in the PDF it would become a link to a file on the computer."
            hintES = fullAddressES
            hintEN = fullAddressEN
        case .protocolRelative:
            es = "El enlace «\(shown)» empieza con '//' sin 'https:': en el PDF se convertiría en un enlace a un archivo del computador."
            en = "The link \"\(shown)\" starts with '//' without 'https:': in the PDF it would become a link to a file on the computer."
            hintES = "Agregue 'https:' al comienzo de la dirección."
            hintEN = "Add 'https:' at the start of the address."
        case .backslash:
            es = "El enlace «\(shown)» tiene una barra invertida '\\': los navegadores la leen como '/' y el enlace puede llevar a otro sitio que el que se ve."
            en = "The link \"\(shown)\" has a backslash '\\': browsers read it as '/', and the link can lead to a site other than the one shown."
            hintES = "Copie la dirección desde la barra del navegador; las direcciones web usan '/', nunca '\\'."
            hintEN = "Copy the address from the browser's address bar; web addresses use '/', never '\\'."
        case .relative:
            es = "El enlace «\(shown)» no es una dirección web completa: apuntaría a una carpeta distinta en la página web y en el PDF impreso."
            en = "The link \"\(shown)\" is not a full web address: it would point to a different folder on the web page and in the printed PDF."
            hintES = "Use la dirección completa (https://…); para referirse a otra región o sección, nómbrela en el texto sin enlace."
            hintEN = "Use the full address (https://…); to refer to another region or section, name it in the text without a link."
        }
    }
}
