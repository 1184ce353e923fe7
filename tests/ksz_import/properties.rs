//! Property tests (random bytes, markup and damaged answers never panic), wiping on drop, and
//! reading large answers within their limits (how long it takes is in BENCHMARKS.md, not a test).

use super::*;

fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<a>".to_string()),
        Just("</a>".to_string()),
        Just("<Repliek><Context><Naam>GeefPersoon</Naam></Context>".to_string()),
        Just("<Antwoorden><Antwoord><Inhoud><Persoon>".to_string()),
        Just("<rrn_it_implicit><x Type=\"020\">".to_string()),
        Just("<Date><Century>20</Century><Year>9</Year><Month>13</Month></Date>".to_string()),
        Just("&amp;&#0;&#x110000;&lol;".to_string()),
        Just("<![CDATA[x]]>".to_string()),
        Just("<!DOCTYPE a [<!ENTITY b 'c'>]>".to_string()),
        "[ -~]{0,12}".prop_map(|s| s),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = read("r.xml", &bytes);
    }

    #[test]
    fn random_markup_never_panics(tokens in proptest::collection::vec(token(), 0..80), root in 0usize..4) {
        let roots = ["x:GeefPersoonResponse", "retrieveTIGroupsResponse", "SSDNReply", "consultRightsResponse"];
        let xml = format!("<{r}>{}</{r}>", tokens.concat(), r = roots[root]);
        if let Ok(a) = read("r.xml", xml.as_bytes()) {
            let _ = combine(&[a.clone(), a]);
        }
    }

    #[test]
    fn damaged_answers_never_panic(which in 0usize..13, at in any::<prop::sample::Index>(), byte in any::<u8>(), cut in any::<prop::sample::Index>()) {
        let files = xml_files(&fixtures());
        let mut bytes = std::fs::read(&files[which % files.len()]).unwrap();
        let i = at.index(bytes.len());
        bytes[i] = byte;
        let end = cut.index(bytes.len() + 1);
        if let Ok(a) = read("d.xml", &bytes[..end]) {
            let _ = combine(std::slice::from_ref(&a));
        }
    }
}

#[test]
fn personal_data_types_are_wiped_on_drop() {
    fn wiped<T: zeroize::ZeroizeOnDrop>() {}
    wiped::<Answer>();
    wiped::<Fact>();
    wiped::<toeleiding::ksz::import::Event>();
    wiped::<toeleiding::ksz::import::Summary>();
    wiped::<toeleiding::ksz::import::PartialDate>();
    wiped::<toeleiding::ksz::import::Disagreement>();
}

#[test]
fn large_answers_are_read_within_their_limits() {
    // Up to the element limit: many addresses and municipalities in a TX25, many members and children
    // in a GeefPersoon, many parties and properties in a cadastre answer.
    let it = |t: &str, body: &str, y: usize| {
        format!("<x Type=\"{t}\"><Date><Century>20</Century><Year>{:02}</Year><Month>01</Month><Day>01</Day></Date>{body}</x>", y % 100)
    };
    let mut tx = String::from(
        "<retrieveTIGroupsResponse><status><value>DATA_FOUND</value></status><rrn_it_implicit>",
    );
    for i in 0..10_000 {
        tx.push_str(&it("020", "<Address><ZipCode>1000</ZipCode><Street><Label>S</Label></Street><HouseNumber>1</HouseNumber></Address>", i));
        tx.push_str(&it(
            "001",
            "<Residence><Code>21004</Code><Label>Brussel</Label></Residence>",
            i,
        ));
    }
    tx.push_str("</rrn_it_implicit></retrieveTIGroupsResponse>");
    let a = read("big.xml", tx.as_bytes()).unwrap();
    assert!(a.events.len() <= 2_000 && a.all_facts().count() <= 5_001);

    let mut p = String::from("<w:GeefPersoonResponse xmlns:w=\"urn:m\"><Repliek><Context><Naam>GeefPersoon</Naam></Context><Antwoorden><Antwoord><Inhoud><Persoon><Gezinsleden>");
    for i in 0..30_000 {
        p.push_str(&format!("<Gezinslid DatumBegin=\"2001-01-01\"><INSZ>{i:011}</INSZ><Positie><Code>03</Code></Positie></Gezinslid>"));
    }
    p.push_str("</Gezinsleden><AfstammingenDalendeLijn>");
    for i in 0..30_000 {
        p.push_str(&format!(
            "<AfstammingDalendeLijn><Kind><INSZ>{:011}</INSZ></Kind></AfstammingDalendeLijn>",
            i + 1
        ));
    }
    p.push_str("</AfstammingenDalendeLijn></Persoon></Inhoud></Antwoord></Antwoorden></Repliek></w:GeefPersoonResponse>");
    let b = read("big.xml", p.as_bytes()).unwrap();
    assert!(b.observes("gezin.children-elsewhere"));

    let mut k = String::from("<w:ZoekEigendomstoestandenResponse xmlns:w=\"urn:m\"><Repliek><Context><Naam>ZoekEigendomstoestanden</Naam></Context><Antwoorden><Antwoord><Inhoud><Eigendom><Partijen><Personen>");
    for i in 0..5_000 {
        k.push_str(&format!("<Persoon><PartijId>{i}</PartijId></Persoon>"));
    }
    k.push_str("</Personen></Partijen><Eigendomstoestanden>");
    for i in 0..5_000 {
        k.push_str(&format!("<Eigendomstoestand><EigenaarsRechten><EigenaarRecht><LijstId><PartijId>{i}</PartijId></LijstId></EigenaarRecht></EigenaarsRechten></Eigendomstoestand>"));
    }
    k.push_str("</Eigendomstoestanden></Eigendom></Inhoud></Antwoord></Antwoorden></Repliek></w:ZoekEigendomstoestandenResponse>");
    let c = read("big.xml", k.as_bytes()).unwrap();
    assert!(c.all_facts().count() <= 5_001);
}
