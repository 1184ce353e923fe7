//! Decodes the QR code in a PNG image (e.g. a screenshot of the SMS QR code) with rqrr and prints
//! its payload. Used by the browser tests to check the code a phone camera would read.

use std::fs::File;

fn main() {
    let path = std::env::args().nth(1).expect("usage: decode_qr IMAGE.png");
    let decoder = png::Decoder::new(std::io::BufReader::new(
        File::open(&path).expect("open png"),
    ));
    let mut reader = decoder.read_info().expect("png header");
    let mut buf = vec![0; reader.output_buffer_size().expect("png size")];
    let info = reader.next_frame(&mut buf).expect("png frame");
    let channels = info.color_type.samples();
    assert_eq!(info.bit_depth, png::BitDepth::Eight, "8-bit png expected");
    let (w, h) = (info.width as usize, info.height as usize);
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| {
        let i = (y * w + x) * channels;
        let px = &buf[i..i + channels.min(3)];
        (px.iter().map(|v| u32::from(*v)).sum::<u32>() / px.len() as u32) as u8
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "expected exactly one QR code in {path}");
    let (_, content) = grids[0].decode().expect("decode qr");
    print!("{content}");
}
