//! The statements a public body must publish: accessibility and privacy. Plain Dutch.

use super::{Page, Section};

pub static ACCESSIBILITY: Page = Page {
    title: "Toegankelijkheidsverklaring",
    intro: "Toeleiding moet voor iedereen bruikbaar zijn, ook met alleen een toetsenbord, met een schermlezer of met een grote vergroting. Overheden moeten dat doen volgens de Europese norm EN 301 549, die de richtlijnen WCAG 2.1 op niveau AA volgt.",
    sections: &[
        Section {
            heading: "Hoe ver staan we?",
            paragraphs: &["Toeleiding is gedeeltelijk in overeenstemming met WCAG 2.1 niveau AA. Bij elke nieuwe versie controleren we automatisch:"],
            bullets: &[
                "alle stappen, de pagina \"Verwijzing openen\" en deze verklaringen met axe-core, ook als er foutmeldingen staan;",
                "een volledige verwijzing met alleen het toetsenbord, en waar de focus komt na elke stap en na een fout;",
                "dat alles leesbaar blijft op een scherm van 360 pixels breed, zonder horizontaal te scrollen.",
            ],
            after: &["Een volledige controle door mensen met een schermlezer is nog niet gebeurd."],
        },
        Section {
            heading: "Wat nog niet goed werkt, en wat je dan kunt doen",
            paragraphs: &[],
            bullets: &[
                "De QR-code voor de sms is een afbeelding. De tekst van de sms en een sms-link staan er altijd naast.",
                "Een bestand hierheen slepen lukt niet met het toetsenbord. Gebruik de knop om een bestand te kiezen.",
                "Het Word-document dat Toeleiding maakt, gebruikt koppen en een tabel met kopregel, maar is niet apart getest met een schermlezer.",
            ],
            after: &[],
        },
        Section {
            heading: "Iets gevonden dat niet werkt?",
            paragraphs: &["Meld het aan de verantwoordelijke voor Toeleiding in je organisatie (je lokaal team van Kind en Gezin of je OCMW). Zeg op welke pagina het was en wat je probeerde te doen. Je krijgt binnen 30 dagen een antwoord en, als het nodig is, een andere manier om je werk te doen."],
            bullets: &[],
            after: &[],
        },
        Section {
            heading: "Klacht",
            paragraphs: &["Ben je niet tevreden met het antwoord? Dien dan eerst een klacht in bij de organisatie zelf. Helpt dat niet, dan kun je terecht bij de Vlaamse Ombudsdienst."],
            bullets: &[],
            after: &["Deze verklaring hoort bij deze versie van Toeleiding."],
        },
    ],
};

pub static PRIVACY: Page = Page {
    title: "Privacyverklaring",
    intro: "Met Toeleiding verwijst een medewerker van een lokaal team van Kind en Gezin een gezin naar het OCMW. Hier lees je welke gegevens dat zijn, waarom, en waar ze naartoe gaan.",
    sections: &[
        Section {
            heading: "Welke gegevens?",
            paragraphs: &[],
            bullets: &[
                "Van de ouder(s): naam, adres, telefoonnummer en e-mailadres. Niets anders: geen geboortedatum, geen rijksregisternummer, geen uitleg over de situatie van het gezin.",
                "De datum waarop de ouder(s) toestemming gaven.",
                "Van de medewerker: naam, lokaal team, telefoonnummer of e-mailadres op het werk.",
                "Van het OCMW: naam en beveiligd e-mailadres.",
            ],
            after: &[],
        },
        Section {
            heading: "Waarom?",
            paragraphs: &["Om het gezin toe te leiden naar het OCMW: zo krijgt het vroeg ondersteuning en mist het geen hulp of rechten (onderbescherming voorkomen)."],
            bullets: &[],
            after: &[],
        },
        Section {
            heading: "Op welke basis?",
            paragraphs: &["Op basis van de regeling voor gegevensdeling tussen het lokaal team van Kind en Gezin en het OCMW, die het Vlaams Parlement op 4 februari 2022 goedkeurde, en van de vrijwillige en uitdrukkelijke toestemming van de ouder(s). De medewerker van Kind en Gezin en de maatschappelijk werker van het OCMW zijn allebei gebonden door het beroepsgeheim. Het lokaal team en het OCMW maken daarover een samenwerkingsovereenkomst en een protocol."],
            bullets: &[],
            after: &[],
        },
        Section {
            heading: "Waar gaan de gegevens naartoe?",
            paragraphs: &[
                "Nergens, behalve in het bestand dat je zelf downloadt. Toeleiding werkt volledig in je browser: het stuurt niets over het internet en werkt ook zonder internetverbinding. Het bewaart niets: geen cookies, geen opslag in de browser. Na \"Alles wissen\", of na 15 minuten zonder activiteit, is alles weg.",
                "Het versleutelde bestand mail je zelf naar het beveiligde adres van het OCMW; het wachtwoord gaat apart per sms. Alleen de instellingen van je organisatie (team, OCMW's) kunnen in de browser bewaard worden, en alleen als je daarvoor kiest.",
            ],
            bullets: &[],
            after: &[],
        },
        Section {
            heading: "Wie is verantwoordelijk?",
            paragraphs: &["De organisatie die de verwijzing maakt of ontvangt: het lokaal team van Kind en Gezin en het OCMW. Zij bepalen hoe lang ze het document bewaren, volgens hun eigen regels."],
            bullets: &[],
            after: &[],
        },
        Section {
            heading: "Je rechten",
            paragraphs: &["Ouders kunnen hun gegevens inkijken, laten verbeteren of laten wissen, en hun toestemming intrekken zolang de gegevens nog niet verstuurd zijn. Dat vragen ze aan het lokaal team of aan het OCMW. Een klacht over de verwerking van persoonsgegevens door een Vlaamse overheid kan bij de Vlaamse Toezichtcommissie."],
            bullets: &[],
            after: &[],
        },
    ],
};
