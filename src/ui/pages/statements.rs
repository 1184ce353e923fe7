//! The statements a public body must publish: accessibility and privacy. Plain Dutch.

use super::state::{Action, AppState, View};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StatementProps {
    pub state: UseReducerHandle<AppState>,
}

fn back(state: &UseReducerHandle<AppState>) -> Html {
    let state = state.clone();
    let onclick = Callback::from(move |_: MouseEvent| state.dispatch(Action::Show(View::Flow)));
    html! { <button type="button" class="knop-link terug" {onclick}>{ "Terug naar Toeleiding" }</button> }
}

#[function_component(AccessibilityStatement)]
pub fn accessibility_statement(p: &StatementProps) -> Html {
    html! {
        <article class="verklaring">
            { back(&p.state) }
            <h1 tabindex="-1">{ "Toegankelijkheidsverklaring" }</h1>
            <p class="inleiding">{ "Toeleiding moet voor iedereen bruikbaar zijn, ook met alleen een toetsenbord, met een schermlezer of met een grote vergroting. Overheden moeten dat doen volgens de Europese norm EN 301 549, die de richtlijnen WCAG 2.1 op niveau AA volgt." }</p>
            <h2>{ "Hoe ver staan we?" }</h2>
            <p>{ "Toeleiding is gedeeltelijk in overeenstemming met WCAG 2.1 niveau AA. Bij elke nieuwe versie controleren we automatisch:" }</p>
            <ul>
                <li>{ "alle stappen, de pagina \"Verwijzing openen\" en deze verklaringen met axe-core, ook als er foutmeldingen staan;" }</li>
                <li>{ "een volledige verwijzing met alleen het toetsenbord, en waar de focus komt na elke stap en na een fout;" }</li>
                <li>{ "dat alles leesbaar blijft op een scherm van 360 pixels breed, zonder horizontaal te scrollen." }</li>
            </ul>
            <p>{ "Een volledige controle door mensen met een schermlezer is nog niet gebeurd." }</p>
            <h2>{ "Wat nog niet goed werkt, en wat je dan kunt doen" }</h2>
            <ul>
                <li>{ "De QR-code voor de sms is een afbeelding. De tekst van de sms en een sms-link staan er altijd naast." }</li>
                <li>{ "Een bestand hierheen slepen lukt niet met het toetsenbord. Gebruik de knop om een bestand te kiezen." }</li>
                <li>{ "Het Word-document dat Toeleiding maakt, gebruikt koppen en een tabel met kopregel, maar is niet apart getest met een schermlezer." }</li>
            </ul>
            <h2>{ "Iets gevonden dat niet werkt?" }</h2>
            <p>{ "Meld het aan de verantwoordelijke voor Toeleiding in je organisatie (je lokaal team van Kind en Gezin of je OCMW). Zeg op welke pagina het was en wat je probeerde te doen. Je krijgt binnen 30 dagen een antwoord en, als het nodig is, een andere manier om je werk te doen." }</p>
            <h2>{ "Klacht" }</h2>
            <p>{ "Ben je niet tevreden met het antwoord? Dien dan eerst een klacht in bij de organisatie zelf. Helpt dat niet, dan kun je terecht bij de Vlaamse Ombudsdienst." }</p>
            <p class="hint">{ "Deze verklaring hoort bij deze versie van Toeleiding." }</p>
        </article>
    }
}

#[function_component(PrivacyStatement)]
pub fn privacy_statement(p: &StatementProps) -> Html {
    html! {
        <article class="verklaring">
            { back(&p.state) }
            <h1 tabindex="-1">{ "Privacyverklaring" }</h1>
            <p class="inleiding">{ "Met Toeleiding verwijst een medewerker van een lokaal team van Kind en Gezin een gezin naar het OCMW. Hier lees je welke gegevens dat zijn, waarom, en waar ze naartoe gaan." }</p>
            <h2>{ "Welke gegevens?" }</h2>
            <ul>
                <li>{ "Van de ouder(s): naam, adres, telefoonnummer en e-mailadres. Niets anders: geen geboortedatum, geen rijksregisternummer, geen uitleg over de situatie van het gezin." }</li>
                <li>{ "De datum waarop de ouder(s) toestemming gaven." }</li>
                <li>{ "Van de medewerker: naam, lokaal team, telefoonnummer of e-mailadres op het werk." }</li>
                <li>{ "Van het OCMW: naam en beveiligd e-mailadres." }</li>
            </ul>
            <h2>{ "Waarom?" }</h2>
            <p>{ "Om het gezin toe te leiden naar het OCMW: zo krijgt het vroeg ondersteuning en mist het geen hulp of rechten (onderbescherming voorkomen)." }</p>
            <h2>{ "Op welke basis?" }</h2>
            <p>{ "Op basis van de regeling voor gegevensdeling tussen het lokaal team van Kind en Gezin en het OCMW, die het Vlaams Parlement op 4 februari 2022 goedkeurde, en van de vrijwillige en uitdrukkelijke toestemming van de ouder(s). De medewerker van Kind en Gezin en de maatschappelijk werker van het OCMW zijn allebei gebonden door het beroepsgeheim. Het lokaal team en het OCMW maken daarover een samenwerkingsovereenkomst en een protocol." }</p>
            <h2>{ "Waar gaan de gegevens naartoe?" }</h2>
            <p>{ "Nergens, behalve in het bestand dat je zelf downloadt. Toeleiding werkt volledig in je browser: het stuurt niets over het internet en werkt ook zonder internetverbinding. Het bewaart niets: geen cookies, geen opslag in de browser. Na \"Alles wissen\", of na 15 minuten zonder activiteit, is alles weg." }</p>
            <p>{ "Het versleutelde bestand mail je zelf naar het beveiligde adres van het OCMW; het wachtwoord gaat apart per sms. Alleen de instellingen van je organisatie (team, OCMW's) kunnen in de browser bewaard worden, en alleen als je daarvoor kiest." }</p>
            <h2>{ "Wie is verantwoordelijk?" }</h2>
            <p>{ "De organisatie die de verwijzing maakt of ontvangt: het lokaal team van Kind en Gezin en het OCMW. Zij bepalen hoe lang ze het document bewaren, volgens hun eigen regels." }</p>
            <h2>{ "Je rechten" }</h2>
            <p>{ "Ouders kunnen hun gegevens inkijken, laten verbeteren of laten wissen, en hun toestemming intrekken zolang de gegevens nog niet verstuurd zijn. Dat vragen ze aan het lokaal team of aan het OCMW. Een klacht over de verwerking van persoonsgegevens door een Vlaamse overheid kan bij de Vlaamse Toezichtcommissie." }</p>
        </article>
    }
}
