//! The Dutch labels of what an imported answer shows (data about the answer: the names of the
//! fields, our words for positions and the safe texts for print). The source's own descriptions
//! are never translated; they are shown as written, with their code in brackets.

// Identity.
pub const NATIONAL_NUMBER: &str = "Rijksregisternummer";
pub const NAME: &str = "Naam";
pub const SEX: &str = "Geslacht";
pub const STATUS: &str = "Status";
pub const REGISTER: &str = "Register";
pub const NATIONALITY: &str = "Nationaliteit";
pub const BIRTH_DATE: &str = "Geboortedatum";
pub const BIRTH_PLACE: &str = "Geboorteplaats";
pub const BIRTH_PROOF: &str = "Bewijsstuk van de geboorte";
pub const DEATH: &str = "Overlijden";
pub const IDENTITY_CARD: &str = "Identiteitskaart (IT195)";
pub const IDENTITY_DOCUMENT: &str = "Identiteitsbewijs";
pub const PASSPORT: &str = "Paspoort";
pub const DOCUMENT_NUMBER: &str = "Nummer van het document";
pub const VALID_UNTIL: &str = "geldig tot";
pub const LEGAL_RESIDENCE: &str = "Wettig verblijf (redenen)";
pub const REUNIFIER: &str = "Gezinshereniger";
pub const REFUGEE_TYPE: &str = "Type vluchteling";
pub const ADMINISTRATIVE_SITUATION: &str = "Administratieve toestand";
pub const PARENTAL_AUTHORITY: &str = "Ouderlijk gezag of beschermingsstatuut (IT111)";
pub const GUARDIAN: &str = "Voogd of bewindvoerder (IT113)";
pub const GUARDIAN_NAME: &str = "Naam van de voogd of bewindvoerder";
pub const INSCRIPTION_REGISTER: &str = "Register van inschrijving (code)";
pub const WORKER: &str = "Werknemer";

// Residence.
pub const RESIDENCE_MUNICIPALITY: &str = "Gemeente van inschrijving (IT001)";
pub const REMOVED: &str = "Afgevoerd van ambtswege (IT001)";
pub const ASCERTAINED_ADDRESS: &str = "Vastgestelde hoofdverblijfplaats (IT003)";
pub const ADDRESS_CHANGE: &str = "Aangifte van adreswijziging (IT005)";
pub const TOWARDS: &str = "naar";
pub const COMING_FROM: &str = "van";
pub const COUNTRY_OF_ORIGIN: &str = "Land van herkomst (IT006)";
pub const ADDRESS_ORIGIN: &str = "Adres in het land van herkomst";
pub const MAIN_ADDRESS: &str = "Hoofdverblijfplaats";
pub const HOUSEHOLD_ADDRESS: &str = "Adres van het gezin";
pub const MUNICIPALITY: &str = "Gemeente";
pub const BOX: &str = "bus";
pub const POSTCODE: &str = "postcode";
pub const ABROAD: &str = "Verblijf in het buitenland (IT022)";
pub const POST: &str = "post";
pub const ADDRESS_ABROAD: &str = "Adres in het buitenland";
pub const COUNTRY: &str = "Land";
pub const DIPLOMATIC_POST: &str = "Diplomatieke post";
pub const POSTAL_ABROAD: &str = "Postadres in het buitenland (IT023)";
pub const REFERENCE_ADDRESS: &str = "Referentieadres";
pub const TEMPORARY_ABSENCE: &str = "Tijdelijke afwezigheid";
pub const MANAGER: &str = "Beherende gemeente";
pub const ADDRESS_HANDICAP: &str = "Adres bij de DG Personen met een handicap";
pub const ADDRESS: &str = "Adres";

// Household.
pub const CIVIL_STATE: &str = "Burgerlijke staat";
pub const SPOUSE: &str = "Echtgeno(o)t(e)";
pub const PARTNER: &str = "Partner";
pub const PLACE: &str = "Plaats";
pub const LEGAL_COHABITATION: &str = "Wettelijke samenwoning";
pub const DECLARATION: &str = "verklaring";
pub const ENDED: &str = "beëindigd";
pub const FILIATION: &str = "Afstamming";
pub const PARENT: &str = "Ouder";
pub const CHILD: &str = "Kind";
pub const MEMBER: &str = "Gezinslid";
pub const OWN_POSITION: &str = "Eigen positie in het gezin";
pub const HEAD_OF_FAMILY: &str = "Referentiepersoon van het gezin";
pub const CLIENT_IS: &str = "aanvrager is";
pub const PERSON: &str = "Persoon";

// Income, allowances, work, property.
pub const LEEFLOON: &str = "Leefloon";
pub const LEEFLOON_MONTH: &str = "Leefloon per periode";
pub const EQUIVALENT_LEEFLOON: &str = "Equivalent leefloon";
pub const CHILD_ALLOWANCE: &str = "Kinderbijslag";
pub const PER_YEAR: &str = "per jaar";
pub const MONTHS_WITHOUT: &str = "maanden zonder toelage";
pub const SECOND_BENEFICIARY: &str = "tweede gerechtigde";
pub const MAXIMUM_RECEIVED: &str = "maximumbedrag gekregen";
pub const OCMW: &str = "OCMW";
pub const BENEFICIARY: &str = "Begunstigde";
pub const BENEFICIARY_LOWER: &str = "begunstigde";
pub const CHILD_LOWER: &str = "kind";
pub const SOCIAL_STATUS: &str = "Sociaal statuut";
pub const HANDICAP_SOURCE: &str = "Handicap:";
pub const NOT_AVAILABLE: &str = "niet beschikbaar";
pub const NOTHING_FOUND: &str = "geraadpleegd, niets gevonden";
pub const HANDICAP_REQUEST: &str = "Lopende aanvraag, beoordeling of beroep";
pub const NO_PENDING: &str = "geen";
pub const HANDICAP_RECOGNITION: &str = "Erkenning van de handicap";
pub const POINTS: &str = "punten zelfredzaamheid";
pub const HANDICAP_RIGHT: &str = "Recht op tegemoetkoming";
pub const PER_MONTH: &str = "per maand";
pub const TOTAL: &str = "totaal";
pub const HANDICAP_PAYMENT: &str = "Betaling tegemoetkoming";
pub const SRC_DGPH: &str = "DG Personen met een handicap";
pub const SRC_IRISCARE: &str = "Iriscare";
pub const SRC_AVIQ: &str = "AVIQ";
pub const SRC_DSL: &str = "Dienststelle für Selbstbestimmtes Leben";
pub const SRC_VSB: &str = "Vlaamse sociale bescherming";
pub const CHILD_BENEFIT: &str = "Groeipakket";
pub const CHILD_BENEFIT_CATEGORY: &str = "Groeipakket";
pub const CHILD_BENEFIT_SOURCE: &str = "Groeipakket: bron";
pub const CHILD_BENEFIT_FUND: &str = "Groeipakket: uitbetaler";
pub const BONUS: &str = "Groeipakket: premie";
pub const EMPLOYMENT: &str = "Tewerkstelling (Dimona)";
pub const CANCELLED_DIMONA: &str = "Geannuleerde Dimona";
pub const EMPLOYER: &str = "werkgever";
pub const JOINT_COMMITTEE: &str = "PC";
pub const WORKER_TYPE: &str = "soort werknemer";
pub const PLANNED_DAYS: &str = "geplande werkdagen";
pub const INTERIM: &str = "uitzendkantoor";
pub const WORKPLACE: &str = "Plaats van tewerkstelling";
pub const WORKPLACE_ADDRESS: &str = "Adres van de plaats van tewerkstelling";
pub const OCCUPATION: &str = "Beroep (IT070)";
pub const SELF_EMPLOYED: &str = "Zelfstandige";
pub const ENTERPRISE: &str = "Ondernemingsnummer";
pub const FUND: &str = "fonds";
pub const OWNER: &str = "Eigenaar";
pub const PARCEL: &str = "Perceel";
pub const CADASTRAL_INCOME: &str = "Kadastraal inkomen";
pub const RIGHT: &str = "Recht";
pub const LIVES_THERE: &str = "Woont op de eigendom";
pub const RVA_PAID: &str = "RVA: betaald";
pub const PAID: &str = "betaald";
pub const ACCEPTED: &str = "aanvaard";
pub const ALLOWANCES: &str = "uitkeringen:";
pub const RVA_RIGHT: &str = "RVA: recht op uitkering";
pub const PER_DAY: &str = "per dag";
pub const FAMILY_STATE: &str = "gezinstoestand";
pub const UNEMPLOYMENT_CODE: &str = "code";
pub const REGIME: &str = "regime";
pub const RVA_NO_RIGHT: &str = "RVA: geen recht";
pub const SANCTION: &str = "sanctie";
pub const WEEKS: &str = "weken";
pub const ARTICLE: &str = "artikel";
pub const EXCLUSION: &str = "uitsluiting";
pub const RIGHTS_END: &str = "einde van het recht";
pub const TRIGGER_DATE: &str = "datum";
pub const RVA_PAYMENT: &str = "RVA: betaling";
pub const RVA_OTHER: &str = "RVA:";
pub const HEALTH_FUND: &str = "Ziekenfonds";
pub const MUTUALITY: &str = "mutualiteit";
pub const INSURER: &str = "verzekeringsinstelling";
pub const REIMBURSEMENT: &str = "Recht op terugbetaling";
pub const CT1CT2: &str = "CT1/CT2";
pub const THIRD_PARTY: &str = "Derdebetalersregeling";
pub const MAF: &str = "Maximumfactuur (jaren)";
pub const MEDICAL_HOUSE: &str = "Medisch huis";
pub const VT: &str = "Verhoogde tegemoetkoming";
pub const COMPLEMENTARY: &str = "Aanvullende verzekering";
pub const IN_ORDER: &str = "in orde";
pub const NOT_IN_ORDER: &str = "niet in orde";
pub const GMD: &str = "Globaal medisch dossier";
pub const GMD_DOCTOR: &str = "Huisarts (RIZIV-nummer)";

// Other.
pub const ORGAN_DONATION: &str = "Orgaandonatie (IT192)";
pub const DRIVING_LICENCE: &str = "Rijbewijs (IT194)";
pub const RESIDENCE_UPDATE: &str = "Bijwerking verblijfplaats (IT251)";
pub const FILE_CREATED: &str = "Dossier aangemaakt (IT253)";
pub const FILE_UPDATED: &str = "Dossier laatst gewijzigd (IT254)";
pub const LEGAL_CONTEXT: &str = "Wettelijke context";
pub const EXCEPTION: &str = "Uitzondering";
pub const SOURCE: &str = "Bron";
pub const RESULT_MESSAGE: &str = "Resultaat van het bericht";
pub const RESULT_SERVICE: &str = "Resultaat van de dienst";
pub const REASON_CODE: &str = "Redencode";
pub const REASON_INFORMATION: &str = "Redencode: gegeven";
pub const SEARCHED_PERIOD: &str = "Gevraagde periode of datum";
pub const SEARCHED_DATE: &str = "Gevraagde datum";
pub const TODAY: &str = "vandaag";
pub const NOTE: &str = "Opmerking";
/// Between the names of the path to an element we do not know ("Uitkering › Bedrag"); an
/// attribute's name follows it with "@".
pub const PATH: &str = " › ";
pub const MORE_NOT_SHOWN: &str = "gegevens meer, niet getoond";
pub const YES: &str = "ja";
pub const NO: &str = "nee";
pub const NONE: &str = "geen";

// Our words for household positions (RR codes), for print.
pub const POS_HEAD: &str = "referentiepersoon";
pub const POS_PARTNER: &str = "partner";
pub const POS_CHILD: &str = "kind";
pub const POS_PARENT: &str = "ouder";
pub const POS_UNRELATED: &str = "niet verwant";
pub const POS_MEMBER: &str = "gezinslid";

// The neutral label of an imported file in a worksheet's origin ("bestand 2"): never its name.
pub const FILE: &str = "bestand";

// Print labels of the timeline (never a name, a number or a street).
pub const PRINT_REMOVED: &str = "afvoering van ambtswege";
pub const PRINT_REFERENCE_ADDRESS: &str = "referentieadres";
pub const PRINT_CLIENT: &str = "aanvrager:";
pub const PRINT_HEAD: &str = "referentiepersoon";
pub const PRINT_LEEFLOON: &str = "leefloon";
pub const PRINT_RECOGNITION: &str = "erkenning handicap";
pub const PRINT_HANDICAP_RIGHT: &str = "tegemoetkoming handicap";
pub const PRINT_HANDICAP_PAYMENT: &str = "betaling tegemoetkoming";
pub const PRINT_CHILD_BENEFIT: &str = "groeipakket:";
pub const PRINT_WORK: &str = "werk";
pub const PRINT_STUDENT_JOB: &str = "studentenwerk";
pub const PRINT_FLEXI: &str = "flexi-job of gelegenheidswerk";
pub const PRINT_INTERIM: &str = "uitzendwerk";
pub const PRINT_SELF_EMPLOYED: &str = "zelfstandige";
pub const PRINT_RVA: &str = "werkloosheidsuitkering";
pub const PRINT_RVA_RIGHT: &str = "recht op werkloosheidsuitkering";
pub const PRINT_SANCTION: &str = "sanctie RVA";
pub const PRINT_VT: &str = "verhoogde tegemoetkoming";

// Services added in issue 17: tax assessment, handicap payments, DmfA, career breaks, person
// history, persons at an address.
pub const TAX_YEAR: &str = "Inkomensjaar";
pub const TAX_STATUS: &str = "Fiscale status";
pub const TAX_RELATED: &str = "Andere persoon op dezelfde aanslag";
pub const TAX_ARTICLE: &str = "Artikelnummer van de aanslag";
pub const TAX_ITEM: &str = "Aanslag: bedrag";
/// After an amount whose unit the answer does not say: the amount as written, then read in cents.
pub const AS_CENTS: &str = "zoals geschreven; in cent gelezen";
pub const CANCELLED: &str = "geannuleerd";
pub const DMFA: &str = "Loonaangifte (DmfA) per kwartaal";
pub const DMFA_ATTEST: &str = "attest";
pub const DMFA_VERSION: &str = "versie";
pub const DMFA_PREVIOUS: &str = "vorige versie";
pub const DMFA_NEXT: &str = "volgende versie";
pub const DMFA_CREATED: &str = "aangemaakt op";
pub const DMFA_QUARTER: &str = "kwartaal";
pub const DMFA_RSZ: &str = "RSZ-nummer";
pub const DMFA_SECTOR: &str = "sector";
pub const DMFA_CURATELE: &str = "onder curatele";
pub const DMFA_NET_DUE: &str = "verschuldigd nettobedrag (werkgever)";
pub const DMFA_REGIME5: &str = "omgezet naar regime 5";
pub const DMFA_HOLIDAY: &str = "begin vakantie";
pub const DMFA_ORIOLUS: &str = "Oriolus-validatie";
pub const DMFA_LINE: &str = "DmfA: werknemerslijn";
pub const DMFA_CATEGORY: &str = "werkgeverscategorie";
pub const DMFA_CODE: &str = "werknemerskengetal";
pub const DMFA_FRONTIER: &str = "grensarbeider";
pub const DMFA_JOB: &str = "DmfA: tewerkstelling";
pub const DMFA_SEQUENCE: &str = "volgnummer";
pub const DMFA_INTERNAL: &str = "intern nummer";
pub const DMFA_UNIT: &str = "lokale eenheid";
pub const DMFA_NIS: &str = "NIS";
pub const DMFA_DAYS_WEEK: &str = "dagen per week";
pub const DMFA_CONTRACT: &str = "type contract";
pub const DMFA_HOURS_REF: &str = "uren per week (maatpersoon)";
pub const DMFA_HOURS_WORKER: &str = "uren per week (werknemer)";
pub const DMFA_SICK_WAGE: &str = "DmfA: brutoloon bij ziekte";
pub const DMFA_PERFORMANCE: &str = "DmfA: prestatie";
pub const DMFA_DAYS: &str = "dagen";
