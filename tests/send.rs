//! Mail, SMS and QR helpers: no family data or password in the mail, the QR decodes exactly.

mod common;

use common::{sample_form, today};
use percent_encoding::percent_decode_str;
use toeleiding::model::{parse_referral, Phone};
use toeleiding::password::Password;
use toeleiding::refer::send;

fn decode_qr(payload: &str) -> String {
    let (width, dark) = send::qr_modules(payload).unwrap();
    // Draw it like a screen would: 4 px per module, a white quiet zone of 4 modules.
    let scale = 4;
    let size = (width + 8) * scale;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(size, size, |x, y| {
        let (mx, my) = ((x / scale) as isize - 4, (y / scale) as isize - 4);
        let inside = mx >= 0 && my >= 0 && (mx as usize) < width && (my as usize) < width;
        if inside && dark[my as usize * width + mx as usize] {
            0
        } else {
            255
        }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1);
    grids[0].decode().unwrap().1
}

#[test]
fn mail_holds_no_family_data_and_no_password() {
    let referral = parse_referral(&sample_form(), today()).unwrap();
    let password = Password::generate_secure().unwrap();
    let link = send::mail_link(
        &referral.recipient.email,
        &referral.sender,
        toeleiding::refer::Format::Zip,
    );
    let decoded = percent_decode_str(&link).decode_utf8().unwrap().to_string();
    assert!(decoded.starts_with("mailto:toeleiding@ocmw.gent.be?subject="));
    assert!(decoded.contains(send::MAIL_SUBJECT));
    assert!(decoded.contains("7-Zip"));
    assert!(decoded.contains("per sms"));
    for secret in ["Zoë", "Brien", "Kerkstraat", "0470", "zoe@", "9000 "] {
        assert!(!decoded.contains(secret), "{secret} in mail");
    }
    assert!(!decoded.contains(password.expose()));
    // Only the link's own separators are unescaped.
    assert_eq!(link.matches('?').count(), 1);
    assert_eq!(link.matches('&').count(), 1);
}

#[test]
fn sms_holds_the_password_and_nothing_about_the_family() {
    let password = Password::generate_secure().unwrap();
    let text = send::sms_text(&password, today());
    assert!(text.contains(password.expose()));
    assert!(text.is_ascii() || text.contains("november"));
    let number = Phone::parse("0470 11 22 33").unwrap();
    let link = send::sms_link(&number, &text);
    assert!(link.starts_with("sms:+32470112233?body="));
    let body = percent_decode_str(link.split_once("body=").unwrap().1)
        .decode_utf8()
        .unwrap();
    assert_eq!(body, text.as_str());
}

#[test]
fn qr_code_decodes_to_the_exact_smsto_payload() {
    let password = Password::generate_secure().unwrap();
    let number = Phone::parse("+32 471 44 55 66").unwrap();
    let text = send::sms_text(&password, today());
    let payload = send::qr_payload(&number, &text);
    assert_eq!(
        payload.as_str(),
        format!("SMSTO:+32471445566:{}", text.as_str())
    );
    assert_eq!(decode_qr(&payload), payload.as_str());
    let svg = send::qr_svg(&payload).unwrap();
    assert!(svg.starts_with("<?xml") || svg.starts_with("<svg"));
    assert!(svg.contains("<svg") && !svg.contains("style="));
}
